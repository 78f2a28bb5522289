/**
 * dist/templates/blank-case-report.json: every section and data point of a case report, in schema order, for
 * people who write reports as JSON by hand or map their own system onto the standard.
 *
 * What each place holds, so that a blank never passes for data:
 * - an answer that may be missing holds {"missing": "notAsked"}: true of a blank form, and valid, so a report
 *   filled in part is still a valid report that says honestly what was not asked;
 * - an answer that may not be missing (identifiers, references, the handling markings, the record's own
 *   details) holds null, which the validator rejects, so it points at each one until it is filled in. The TLP
 *   marking and the permitted purposes are never given a default: a default marking would be a sharing decision
 *   nobody took;
 * - the schema version is the version this file was generated from;
 * - every list of objects holds one item showing its fields: copy it for more items, delete the list when
 *   nothing is known (an empty list means "none").
 */
import type { GeneratedFile } from '../../generated-file.js';
import type { FieldModel } from '../../model/field-model.js';
import { canonicalJson } from '../../lint/lint-schema.js';

export const BLANK_JSON_PATH = 'templates/blank-case-report.json';

/** The value a blank report holds for a field. */
export function blankValue(model: FieldModel, field: FieldModel['fields'][number]): unknown {
  if (field.path === '/schemaVersion') return model.version;
  return field.acceptsMissing ? { missing: 'notAsked' } : null;
}

/** The blank report as a JSON value. */
export function blankCaseReport(model: FieldModel): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const field of model.fields) {
    if (field.deprecated) continue;
    const tokens = field.path.slice(1).split('/');
    let node: Record<string, unknown> = root;
    for (let i = 0; i < tokens.length - 1; i++) {
      const token = tokens[i]!;
      if (token === '*') continue;
      if (tokens[i + 1] === '*') {
        // A list of objects: one item stands for all.
        const list = (node[token] ??= [{}]) as Record<string, unknown>[];
        node = list[0]!;
      } else {
        node = (node[token] ??= {}) as Record<string, unknown>;
      }
    }
    node[tokens.at(-1)!] = blankValue(model, field);
  }
  return root;
}

export function* generateBlankJson(model: FieldModel): Generator<GeneratedFile> {
  yield { path: BLANK_JSON_PATH, content: canonicalJson(blankCaseReport(model)) };
}
