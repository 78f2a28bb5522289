/**
 * Rules JSON Schema cannot express, each with a stable code. They run on reports that passed the schema,
 * so they can rely on its shapes. All of them are driven by the runtime model, not by lists of fields.
 */
import runtimeModel from '../generated/runtime-model.js';
import type { Finding } from './finding.js';
import { isMissingValue, pointerResolves, pointerTokens, valuesAt } from './paths.js';
import type { RuntimeField } from './runtime-model.js';
import { named } from './schema-findings.js';
import { atLeastAsStrict } from '../share/tlp.js';

type Report = Record<string, unknown>;
const quote = (s: string) => `“${s}”`;
const { fields, codelists } = runtimeModel;

/** The lists items can be referenced in (x-refTarget names) → their path in a report. */
const LIST_PATHS: Record<string, string> = Object.fromEntries(
  Object.keys(runtimeModel.containers)
    .filter((p) => !p.includes('*'))
    .map((p) => [pointerTokens(p).at(-1)!, p]),
);

const ID_FIELDS = fields.filter((f) => f.kind === 'id');
const REF_FIELDS = fields.filter((f) => f.kind === 'ref' || f.kind === 'refs');
const P4_FIELDS = fields.filter((f) => f.sensitivity === 'P4');

/** Every local reference resolves to an item of a list it may point at; identifiers are unique. */
function checkReferences(report: Report): Finding[] {
  const findings: Finding[] = [];
  const idsByList = new Map<string, Set<string>>();
  const seen = new Map<string, string>();
  for (const field of ID_FIELDS) {
    const list = pointerTokens(field.path).at(-3);
    for (const { pointer, value } of valuesAt(report, field.path)) {
      if (typeof value !== 'string') continue;
      // Only items of the top-level lists can be referenced; nested items (identifiers) just need unique ids.
      if (list && LIST_PATHS[list] === field.path.slice(0, -'/*/id'.length)) {
        if (!idsByList.has(list)) idsByList.set(list, new Set());
        idsByList.get(list)!.add(value);
      }
      const first = seen.get(value);
      if (first !== undefined) {
        findings.push({ code: 'id-duplicate', severity: 'error', path: pointer, message: `This local identifier is already used at ${first}.`, hint: 'Give every person, organisation, account, transaction, debt and asset its own identifier, so that references are unambiguous.' });
      } else seen.set(value, pointer);
    }
  }
  for (const field of REF_FIELDS) {
    const targets = field.refTarget ?? [];
    for (const { pointer, value } of valuesAt(report, field.path)) {
      const refs = Array.isArray(value) ? value.map((v, i) => ({ ref: v, at: `${pointer}/${i}` })) : [{ ref: value, at: pointer }];
      for (const { ref, at } of refs) {
        if (typeof ref !== 'string') continue;
        if (targets.some((t) => idsByList.get(t)?.has(ref))) continue;
        const where = targets.map((t) => named(LIST_PATHS[t] ?? `/${t}`)).join(' or ');
        findings.push({ code: 'reference-unresolved', severity: 'error', path: at, message: `${quote(field.title)} points at an identifier that is not in ${where}.`, hint: `Add the item it refers to, with that identifier, or correct the reference.` });
      }
    }
  }
  return findings;
}

/** Pairs of fields that must be in order: xStart ≤ xEnd, periodStart ≤ periodEnd, openedX ≤ closedX. */
const ORDERED_PAIRS: [RuntimeField, RuntimeField][] = fields.flatMap((start) => {
  const m = /^(.*\/)(.*)Start$/.exec(start.path) ?? /^(.*\/)opened(.*)$/.exec(start.path);
  if (!m) return [];
  const endPath = start.path.endsWith('Start') ? `${m[1]}${m[2]}End` : `${m[1]}closed${m[2]}`;
  const end = fields.find((f) => f.path === endPath);
  return end ? [[start, end] as [RuntimeField, RuntimeField]] : [];
});

/** Dates of events; the report's own date and forward-looking dates (retention) are not events. */
const DATED_FIELDS = fields.filter((f) => (f.kind === 'date' || f.kind === 'yearMonth') && f.path !== '/dateReported' && !f.path.includes('retention'));

/** Date ranges are ordered, and events are not reported before they happened. */
function checkDateOrder(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const [start, end] of ORDERED_PAIRS) {
    const parentPath = start.path.slice(0, start.path.lastIndexOf('/'));
    for (const { pointer, value: parent } of valuesAt(report, parentPath)) {
      if (typeof parent !== 'object' || parent === null) continue;
      const from = (parent as Report)[pointerTokens(start.path).at(-1)!];
      const to = (parent as Report)[pointerTokens(end.path).at(-1)!];
      // Dates and months both compare correctly as text; a month is compared with the month of a date.
      if (typeof from === 'string' && typeof to === 'string' && from.slice(0, to.length) > to.slice(0, from.length)) {
        findings.push({ code: 'date-order', severity: 'error', path: `${pointer}/${pointerTokens(end.path).at(-1)}`, message: `${quote(end.title)} is before ${quote(start.title)}.`, hint: 'Check both dates; the end of a period cannot come before its start.' });
      }
    }
  }
  const reported = report.dateReported;
  if (typeof reported === 'string') {
    for (const field of DATED_FIELDS) {
      for (const { pointer, value } of valuesAt(report, field.path)) {
        if (typeof value === 'string' && value.slice(0, reported.length) > reported.slice(0, value.length)) {
          findings.push({ code: 'date-after-report', severity: 'warning', path: pointer, message: `${quote(field.title)} is later than the date of the report.`, hint: 'Check the date: events in a report normally happened before it was written.' });
        }
      }
    }
  }
  return findings;
}

/** Indicator IDs exist in the catalogue; withdrawn ones are reported. */
function checkIndicators(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const { pointer, value } of valuesAt(report, '/indicators/*/indicatorId')) {
    if (typeof value !== 'string') continue;
    const status = runtimeModel.indicators[value];
    if (status === undefined) {
      findings.push({ code: 'indicator-unknown', severity: 'error', path: pointer, message: 'This indicator ID is not in the HTFDS indicator catalogue.', hint: 'Use an ID from the catalogue (schema/indicators/indicators.csv), for example FINCEN-HT20-F12; IDs are case-sensitive.' });
    } else if (status === 'withdrawn') {
      findings.push({ code: 'indicator-withdrawn', severity: 'warning', path: pointer, message: 'This indicator has been withdrawn from the catalogue.', hint: 'It stays valid, but check the catalogue for the indicator that replaces it.' });
    }
  }
  return findings;
}

/** Only these fields can produce code warnings: deprecated ones, and those whose code list is open or has deprecated codes. */
const needsCodeCheck = (listName: string | undefined) => {
  const list = listName ? codelists[listName] : undefined;
  return list !== undefined && (list.open || Object.keys(list.deprecated).length > 0);
};
const CODE_CHECKED_FIELDS = fields.filter(
  (f) => f.deprecated || needsCodeCheck(f.codelist) || (f.kind === 'money' && Object.values(runtimeModel.moneyCodes).some(needsCodeCheck)),
);

/** Deprecated fields and codes, with the reason; codes outside open code lists. */
function checkCodes(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const field of CODE_CHECKED_FIELDS) {
    const located = valuesAt(report, field.path);
    if (located.length === 0) continue;
    if (field.deprecated) {
      for (const { pointer } of located) {
        findings.push({ code: 'field-deprecated', severity: 'warning', path: pointer, message: `${quote(field.title)} is deprecated since version ${field.deprecated.since}: ${field.deprecated.reason}`, hint: field.deprecated.replacedBy ? `Use ${field.deprecated.replacedBy} instead; this field stays valid until the next major version.` : 'It stays valid until the next major version.' });
      }
    }
    const coded: { listName: string; pointer: string; value: unknown }[] = [];
    for (const { pointer, value } of located) {
      if (field.codelist) coded.push({ listName: field.codelist, pointer, value });
      if (field.kind === 'money' && typeof value === 'object' && value !== null) {
        for (const [part, listName] of Object.entries(runtimeModel.moneyCodes)) {
          if (Object.hasOwn(value, part)) coded.push({ listName, pointer: `${pointer}/${part}`, value: (value as Report)[part] });
        }
      }
    }
    for (const { listName, pointer, value } of coded) {
      const list = codelists[listName];
      if (!list) continue;
      const codes = Array.isArray(value) ? value.map((v, i) => ({ code: v, at: `${pointer}/${i}` })) : [{ code: value, at: pointer }];
      for (const { code, at } of codes) {
        if (typeof code !== 'string') continue;
        const note = list.deprecated[code];
        if (note !== undefined) {
          findings.push({ code: 'code-deprecated', severity: 'warning', path: at, message: `Code ${quote(code)} of ${quote(list.title)} is deprecated.`, hint: note });
        } else if (list.open && !Object.hasOwn(list.codes, code)) {
          findings.push({ code: 'code-not-in-open-list', severity: 'warning', path: at, message: `${quote(field.title)} uses a code that is not (yet) in the open list ${quote(list.title)}.`, hint: 'That is allowed for open lists; if the value is common, propose it as a new code so that others use the same one.' });
        }
      }
    }
  }
  return findings;
}

const OPEN_MARKINGS = new Set(['TLP:CLEAR', 'TLP:GREEN']);

/** A report marked for wide sharing carries no direct identifiers (P4 data). */
function checkDirectIdentifiers(report: Report): Finding[] {
  const tlp = (report.sharing as Report | undefined)?.tlp;
  if (typeof tlp !== 'string' || !OPEN_MARKINGS.has(tlp)) return [];
  const findings: Finding[] = [];
  for (const field of P4_FIELDS) {
    for (const { pointer, value } of valuesAt(report, field.path)) {
      if (value === undefined || isMissingValue(value)) continue;
      findings.push({ code: 'direct-identifier-in-open-report', severity: 'error', path: pointer, message: `${quote(field.title)} is a direct identifier, and the report is marked ${tlp}.`, hint: 'Remove it (or anonymise the report with a sharing profile), or mark the report TLP:AMBER or stricter.' });
    }
  }
  return findings;
}

/** Field-level markings point at a part of the report, and are stricter than the report's own marking. */
function checkFieldMarkings(report: Report): Finding[] {
  const sharing = report.sharing as Report | undefined;
  const entries = Array.isArray(sharing?.fieldLevelTlp) ? (sharing!.fieldLevelTlp as { path: string; tlp: string }[]) : [];
  const findings: Finding[] = [];
  entries.forEach((entry, i) => {
    const at = `/sharing/fieldLevelTlp/${i}`;
    if (typeof entry.path !== 'string' || entry.path === '' || !pointerResolves(report, entry.path)) {
      findings.push({ code: 'field-marking-unresolved', severity: 'error', path: `${at}/path`, message: 'This field-level marking points at nothing in the report.', hint: 'Give the JSON pointer of a part of this report, e.g. /persons/0 or /accounts/1/walletAddress.' });
    } else if (atLeastAsStrict(String(sharing?.tlp), entry.tlp)) {
      findings.push({ code: 'field-marking-not-stricter', severity: 'warning', path: `${at}/tlp`, message: 'This field-level marking is not stricter than the marking of the whole report, so it changes nothing.', hint: 'Use field-level markings only to restrict parts of the report further.' });
    }
  });
  return findings;
}

export const RULES: ((report: Report) => Finding[])[] = [checkReferences, checkDateOrder, checkIndicators, checkCodes, checkDirectIdentifiers, checkFieldMarkings];

/** Runs every rule on a report that passed the schema. */
export function ruleFindings(report: Report): Finding[] {
  return RULES.flatMap((rule) => rule(report));
}

