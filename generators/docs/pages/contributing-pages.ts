/**
 * The contributing pages of the guides, published from CONTRIBUTING.md so that the rules exist once: how to
 * propose a change, the versioning and deprecation policy, and the governance (who decides, public review,
 * appeal). Each page takes the CONTRIBUTING.md sections named below; a section not named goes to the first page,
 * so nothing written there is left off the site.
 */
import { markdownForMdx } from '../mdx.js';
import { render } from '../render.js';
import type { DocsFile } from './docs-file.js';

export const CONTRIBUTING_DIR = 'guides/contributing';

const PAGES = [
  { file: 'proposing-changes.mdx', title: 'Proposing a change', position: 2, sections: ['Never share real case data', 'How to propose a change'] },
  { file: 'versioning.mdx', title: 'Versioning and deprecation', position: 3, sections: ['Versioning', 'Deprecation'] },
  { file: 'governance.mdx', title: 'Governance', position: 4, sections: ['Governance'] },
];

/** The generated files, relative to the docs folder. */
export const CONTRIBUTING_PAGES = PAGES.map((p) => `${CONTRIBUTING_DIR}/${p.file}`);

/** The level-2 sections of a Markdown document, by heading. */
export function markdownSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  let heading: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (heading !== undefined) sections.set(heading, lines.join('\n').trim());
  };
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const h2 = fenced ? null : /^## (.+?)\s*$/.exec(line);
    if (h2) {
      flush();
      heading = h2[1]!;
      lines = [];
    } else if (heading !== undefined) lines.push(line);
  }
  flush();
  return sections;
}

/** The generated contributing pages from the text of CONTRIBUTING.md. */
export function contributingPages(contributing: string): DocsFile[] {
  const sections = markdownSections(contributing);
  const named = new Set(PAGES.flatMap((p) => p.sections));
  const unnamed = [...sections.keys()].filter((h) => !named.has(h));
  return PAGES.map((page, i) => {
    const headings = [...page.sections.filter((h) => sections.has(h)), ...(i === 0 ? unnamed : [])];
    if (headings.length === 0) throw new Error(`CONTRIBUTING.md has none of the sections ${page.sections.join(', ')} for the page "${page.title}"`);
    return {
      path: `${CONTRIBUTING_DIR}/${page.file}`,
      content: render('contributing-page', {
        title: page.title,
        position: page.position,
        sections: headings.map((h) => ({ heading: markdownForMdx(h), body: markdownForMdx(sections.get(h)!) })),
      }),
    };
  });
}
