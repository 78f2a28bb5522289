/** The reference's overview (what is where, and the legends the field tables link to) and the source registry. */
import type { FieldModel } from '../../model/field-model.js';
import { mdxCell, mdxCode, mdxText } from '../mdx.js';
import { sourceAnchor, type PageContext } from '../page-context.js';
import { render } from '../render.js';
import { CODELISTS_DIR, containerPage, EXAMPLES_DIR, linkFrom, parentContainer, PROFILES_DIR, REFERENCE_INDEX, SOURCES_PAGE } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';

const legend = (model: FieldModel, list: string, prefix: string) =>
  (model.codelists.get(list)?.codes ?? []).map((c) => ({ anchor: `${prefix}-${c.code.toLowerCase()}`, code: mdxCode(c.code), title: mdxCell(c.title), description: mdxCell(c.description) }));

/** reference/index.mdx: the map of the reference and its legends. */
export function overviewPage(ctx: PageContext): DocsFile {
  const { model } = ctx;
  const file = REFERENCE_INDEX;
  const sections = model.containers.filter((c) => !parentContainer(model, c.path));
  return {
    path: file,
    content: render('reference-index', {
      version: model.version,
      fieldCount: model.fields.length,
      codelistCount: model.codelists.size,
      indicatorCount: model.indicators.length,
      exampleCount: model.examples.length,
      profileCount: model.profiles.length,
      rootLink: linkFrom(file, containerPage(model, undefined)),
      codelistsLink: linkFrom(file, `${CODELISTS_DIR}/index.mdx`),
      examplesLink: linkFrom(file, `${EXAMPLES_DIR}/index.mdx`),
      profilesLink: linkFrom(file, `${PROFILES_DIR}/index.mdx`),
      sections: sections.map((c) => ({ link: `[${mdxText(c.title)}](${linkFrom(file, containerPage(model, c))})`, description: mdxCell(c.description), fields: model.fields.filter((f) => f.section === c.name).length })),
      sensitivity: legend(model, 'sensitivityClass', 'sensitivity'),
      anonymisation: legend(model, 'anonymisationMethod', 'anonymisation'),
      missing: legend(model, 'missingReason', 'missing'),
    }),
  };
}

/** reference/sources.mdx: every source cited by a field, code or indicator. */
export function sourcesPage(ctx: PageContext): DocsFile {
  const { model } = ctx;
  const codes = [...model.codelists.values()].flatMap((l) => l.codes);
  return {
    path: SOURCES_PAGE,
    content: render('sources-page', {
      sources: model.sources.map((s) => ({
        anchor: sourceAnchor(s.id),
        id: mdxCode(s.id),
        title: mdxCell(s.title),
        publisher: mdxCell(s.publisher),
        year: mdxCell(s.year),
        locator: mdxCell(s.locator),
        uses: mdxCell(
          [
            [model.fields.filter((f) => f.sources.includes(s.id)).length, 'field'],
            [codes.filter((c) => c.sources.includes(s.id)).length, 'code'],
            [model.indicators.filter((i) => i.source === s.id).length, 'indicator'],
          ]
            .filter(([n]) => Number(n) > 0)
            .map(([n, what]) => `${n} ${what}${n === 1 ? '' : 's'}`)
            .join(', ') || 'code lists',
        ),
      })),
    }),
  };
}
