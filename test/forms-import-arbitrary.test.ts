/**
 * Any valid report (generated from the schema by test/helpers/arbitrary-report.ts, awkward text included),
 * written as the HTFDS form would submit it and imported again, is the same report up to what a form and XML
 * cannot hold: answers are trimmed, XML reads every line break as LF, deprecated fields are not in the form, and
 * an empty list of typed references or addresses ("none") cannot be told from one left out (an empty text answer
 * is not sent), and an entry of a list with nothing filled in is dropped.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import formModel from '../src/generated/form-import-model.js';
import runtimeModel from '../src/generated/runtime-model.js';
import { importSubmission } from '../src/forms/import-submission.js';
import { isValid } from '../src/validate/finding.js';
import { modelPath } from '../src/validate/paths.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { arbitraryReport } from './helpers/arbitrary-report.js';
import { reportToSubmission } from './helpers/report-to-submission.js';

const deprecated = new Set(runtimeModel.fields.filter((f) => f.deprecated).map((f) => f.path));
/** Characters XML 1.0 cannot hold at all; a form engine cannot have written them. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const fields = new Map(runtimeModel.fields.map((f) => [f.path, f]));
const listed = (codelist: string | undefined, code: unknown) => codelist === undefined || Object.hasOwn(runtimeModel.codelists[codelist]!.codes, String(code));

/**
 * The report as a form could have been filled in: without characters XML cannot hold, without deprecated fields,
 * and without codes outside an open code list (accepted by the standard with a warning, but a form offers only
 * listed codes).
 */
function fillable(value: unknown, pointer = ''): unknown {
  if (typeof value === 'string') return value.replace(NOT_XML, '');
  const field = fields.get(modelPath(pointer));
  if (Array.isArray(value)) {
    const items = value.filter((v) => field?.kind !== 'codes' || listed(field.codelist, v)).map((v, i) => fillable(v, `${pointer}/${i}`));
    return items.length === 0 && value.length > 0 ? undefined : items;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const child = fields.get(modelPath(`${pointer}/${k}`));
      // The form does not ask deprecated fields, so no submission holds them.
      if (deprecated.has(modelPath(`${pointer}/${k}`))) continue;
      if (child?.kind === 'code' && typeof v === 'string' && !listed(child.codelist, v)) continue;
      const kept = fillable(v, `${pointer}/${k}`);
      if (kept !== undefined) out[k] = kept;
    }
    return out;
  }
  return value;
}

/** What the form and the import make of a report: text trimmed and with LF line breaks, empty parts gone. */
function asFormHoldsIt(value: unknown, pointer = ''): unknown {
  if (typeof value === 'string') {
    const text = value.replace(/\r\n?/g, '\n').trim();
    return text === '' ? undefined : text;
  }
  if (Array.isArray(value)) {
    const items = value.map((v, i) => asFormHoldsIt(v, `${pointer}/${i}`)).filter((v) => v !== undefined);
    // An empty list of typed references or addresses is not in a submission at all (the known limit); an empty
    // list of codes is the choice "none", an empty list of objects "there are none" before the repeat. An entry
    // with nothing in it is dropped (forms add empty entries easily), so a list of only such entries is left out.
    if (items.length === 0 && (value.length > 0 || formModel.elements[modelPath(pointer)]?.kind === 'list')) return undefined;
    return items;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (deprecated.has(modelPath(`${pointer}/${k}`))) continue;
      const held = asFormHoldsIt(v, `${pointer}/${k}`);
      if (held !== undefined) out[k] = held;
    }
    return Object.keys(out).length > 0 || pointer === '' ? out : undefined;
  }
  return value;
}

describe('round trip of generated valid reports through the form', () => {
  test('any valid report comes back as the form holds it (property)', () => {
    fc.assert(
      fc.property(arbitraryReport({ maxItems: 2 }), (report) => {
        const clean = fillable(report) as Record<string, unknown>;
        const expected = asFormHoldsIt(clean);
        const { report: imported, findings } = importSubmission(reportToSubmission(clean));
        expect(imported).toEqual(expected);
        // And the import's verdict is the validator's verdict on that report.
        expect(isValid(findings)).toBe(isValid(validateCaseReport(expected)));
      }),
      { numRuns: 100 },
    );
  });
});
