/** dist/codelists/: every code list as CSV (the source form) and as JSON, plus an index of all code lists. */
import type { GeneratedFile } from '../generated-file.js';
import { formatCsv } from '../../src/io/csv.js';
import { canonicalJson } from '../lint/lint-schema.js';
import { CODELIST_HEADER } from '../model/source.js';
import type { FieldModel } from '../model/field-model.js';

export function* generateCodelists(model: FieldModel): Generator<GeneratedFile> {
  const lists = [...model.codelists.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const list of lists) {
    const rows = list.codes.map((c) => [c.code, c.title, c.description, c.sources.join(';'), c.htcds ?? '', c.deprecated?.since ?? '', c.deprecated?.note ?? '']);
    yield { path: `codelists/${list.name}.csv`, content: formatCsv([CODELIST_HEADER, ...rows]) };
    yield { path: `codelists/${list.name}.json`, content: canonicalJson(list) };
  }
  yield {
    path: 'codelists/index.json',
    content: canonicalJson(lists.map((l) => ({ name: l.name, title: l.title, description: l.description, open: l.open, codes: l.codes.length }))),
  };
}
