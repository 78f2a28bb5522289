/** A page per code list (every code with its title, description, source, HTCDS value and status), and an index. */
import type { Codelist } from '../../model/field-model.js';
import { mdxCell, mdxCode, mdxText } from '../mdx.js';
import { badge, codeAnchor, codeNewBadge, sourceLinks, type PageContext } from '../page-context.js';
import { render } from '../render.js';
import { CODELISTS_DIR, codelistPage, fieldTarget, linkFrom } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';
import type { DownloadLinks } from './downloads-page.js';

const INDEX = `${CODELISTS_DIR}/index.mdx`;

function kindOf(list: Codelist): string {
  const kind = list.open
    ? '**Open**: other codes are accepted and reported as a warning, so that something new can be recorded before the standard has a code for it.'
    : '**Closed**: a value that is not one of these codes makes the report invalid.';
  return list.externalCodeStyle ? `${kind} The codes are those of the standard the list comes from, written as it writes them.` : kind;
}

function listPage(ctx: PageContext, list: Codelist, downloads: DownloadLinks): DocsFile {
  const file = codelistPage(list.name);
  const users = ctx.model.fields.filter((f) => f.codelist === list.name);
  const facts = [
    { name: 'Name', value: mdxCode(list.name) },
    { name: 'Kind', value: kindOf(list) },
    { name: 'Codes', value: String(list.codes.length) },
    ...(list.sources.length ? [{ name: 'Sources', value: sourceLinks(file, list.sources) }] : []),
    {
      name: 'Used by',
      value: users.length
        ? users.map((f) => `[${mdxText(f.title)}](${linkFrom(file, fieldTarget(ctx.model, f))}) ${mdxCode(f.path)}`).join(', ')
        : 'No field directly: the list describes values inside other values (amounts of money, the indicator catalogue, the sharing profiles).',
    },
  ];
  const csv = downloads.linkTo(`codelists/${list.name}.csv`);
  const json = downloads.linkTo(`codelists/${list.name}.json`);
  if (csv || json) facts.push({ name: 'Download', value: [csv ? `[CSV](${csv})` : '', json ? `[JSON](${json})` : ''].filter(Boolean).join(' · ') });
  return {
    path: file,
    content: render('codelist-page', {
      title: list.title,
      summary: list.description,
      description: mdxText(list.description),
      facts,
      codes: list.codes.map((c) => ({
        anchor: codeAnchor(c.code),
        code: mdxCode(c.code),
        title: mdxCell(c.title),
        description: mdxCell(c.description),
        sources: sourceLinks(file, c.sources) || ' ',
        htcds: c.htcds ? mdxCode(c.htcds) : ' ',
        status:
          [codeNewBadge(ctx, list.name, c.code), c.deprecated ? `${badge('deprecated', `deprecated in ${c.deprecated.since}`)} ${mdxText(c.deprecated.note)}` : ''].filter(Boolean).join(' ') || ' ',
      })),
    }),
  };
}

/** Every code list's page and the index of them. */
export function codelistPages(ctx: PageContext, downloads: DownloadLinks): DocsFile[] {
  const lists = [...ctx.model.codelists.values()].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const index: DocsFile = {
    path: INDEX,
    content: render('codelist-index', {
      count: lists.length,
      lists: lists.map((l) => ({
        link: `[${mdxText(l.title)}](${linkFrom(INDEX, codelistPage(l.name))})`,
        name: mdxCode(l.name),
        kind: l.open ? 'open' : 'closed',
        codes: l.codes.length,
        fields: ctx.model.fields.filter((f) => f.codelist === l.name).length,
      })),
    }),
  };
  return [index, ...lists.map((l) => listPage(ctx, l, downloads)), { path: `${CODELISTS_DIR}/_category_.json`, content: `${JSON.stringify({ label: 'Code lists', position: 3 }, null, 2)}\n` }];
}
