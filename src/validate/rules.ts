/**
 * Rules JSON Schema cannot express, each with a stable code. They run on reports that passed the schema,
 * so they can rely on its shapes. All of them are driven by the runtime model, not by lists of fields.
 */
import runtimeModel from '../generated/runtime-model.js';
import type { Finding } from './finding.js';
import { forEachAt, isMissingValue, pointerAt, pointerResolves, valuesAt } from './paths.js';
import type { RuntimeField } from './runtime-model.js';
import { named } from './schema-findings.js';
import { atLeastAsStrict } from '../share/tlp.js';
import { INDICATOR_PATH, laterThan, LEANING_STATUSES, OPEN_MARKINGS, ruleTargets } from './rule-targets.js';

type Report = Record<string, unknown>;
const quote = (s: string) => `“${s}”`;
const { codelists } = runtimeModel;
const { listPaths: LIST_PATHS, idFields: ID_LISTS, refFields: REF_FIELDS, orderedPairs: ORDERED_PARTS, datedFields: DATED_FIELDS, codeCheckedFields: CODE_CHECKED_FIELDS, moneyCodeParts: MONEY_CODE_PARTS, p4Fields: P4_FIELDS } = ruleTargets(runtimeModel);
const ID_FIELDS = [...ID_LISTS.keys()];

/** Every local reference resolves to an item of a list it may point at; identifiers are unique. */
function checkReferences(report: Report): Finding[] {
  const findings: Finding[] = [];
  const idsByList = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const field of ID_FIELDS) {
    const list = ID_LISTS.get(field);
    const listIds = list ? (idsByList.get(list) ?? idsByList.set(list, new Set()).get(list)!) : undefined;
    forEachAt(report, field.path, (value, indexes) => {
      if (typeof value !== 'string') return;
      listIds?.add(value);
      if (!seen.has(value)) return void seen.add(value);
      findings.push({ code: 'id-duplicate', severity: 'error', path: pointerAt(field.path, indexes), message: `This local identifier is already used at ${firstUse(report, value)}.`, hint: 'Give every person, organisation, account, transaction, debt and asset its own identifier, so that references are unambiguous.' });
    });
  }
  // A list given as something other than a list (the schema says so) cannot show what a reference points at:
  // references into it are not called unresolved, which would bury that one finding under many.
  const unreadable = new Set(Object.entries(LIST_PATHS).filter(([, path]) => valuesAt(report, path).some(({ value }) => !Array.isArray(value))).map(([list]) => list));
  for (const field of REF_FIELDS) {
    if (field.refTarget?.some((list) => unreadable.has(list))) continue;
    forEachAt(report, field.path, (value, indexes) => {
      if (!Array.isArray(value)) return checkReference(findings, idsByList, field, value, () => pointerAt(field.path, indexes));
      value.forEach((ref, i) => checkReference(findings, idsByList, field, ref, () => `${pointerAt(field.path, indexes)}/${i}`));
    });
  }
  return findings;
}

/** Where an identifier is first used (looked up again only for a duplicate, so that unique ones cost no pointer). */
function firstUse(report: Report, id: string): string | undefined {
  for (const field of ID_FIELDS) {
    const found = valuesAt(report, field.path).find(({ value }) => value === id);
    if (found) return found.pointer;
  }
  return undefined;
}

/** A finding when a reference resolves to no item of the lists it may point at; `at` makes the pointer only when needed. */
function checkReference(findings: Finding[], idsByList: Map<string, Set<string>>, field: RuntimeField, ref: unknown, at: () => string): void {
  const targets = field.refTarget ?? [];
  if (typeof ref !== 'string' || targets.some((t) => idsByList.get(t)?.has(ref))) return;
  findings.push({
    code: 'reference-unresolved', severity: 'error', path: at(),
    message: `${quote(field.title)} points at an identifier that is not in ${targets.map((t) => named(LIST_PATHS[t] ?? `/${t}`)).join(' or ')}.`,
    hint: `Add the item it refers to, with that identifier, or correct the reference.`,
  });
}

const DATE_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;
/** Only well-written dates are compared: this rule also runs on reports the schema rejected, which may hold anything in a date field. */
const laterAsWritten = (a: string, b: string) => DATE_OR_MONTH.test(a) && DATE_OR_MONTH.test(b) && laterThan(a, b);

/** Date ranges are ordered, and events are not reported before they happened. */
function checkDateOrder(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const { start, end, parentPath, from, to } of ORDERED_PARTS) {
    forEachAt(report, parentPath, (parent, indexes) => {
      if (typeof parent !== 'object' || parent === null) return;
      const first = (parent as Report)[from];
      const last = (parent as Report)[to];
      if (typeof first === 'string' && typeof last === 'string' && laterAsWritten(first, last)) {
        findings.push({ code: 'date-order', severity: 'error', path: `${pointerAt(parentPath, indexes)}/${to}`, message: `${quote(end.title)} is before ${quote(start.title)}.`, hint: 'Check both dates; the end of a period cannot come before its start.' });
      }
    });
  }
  const reported = report.dateReported;
  if (typeof reported === 'string') {
    for (const field of DATED_FIELDS) {
      forEachAt(report, field.path, (value, indexes) => {
        if (typeof value === 'string' && laterAsWritten(value, reported)) {
          findings.push({ code: 'date-after-report', severity: 'warning', path: pointerAt(field.path, indexes), message: `${quote(field.title)} is later than the date of the report.`, hint: 'Check the date: events in a report normally happened before it was written.' });
        }
      });
    }
  }
  return findings;
}

/** What to use instead of a deprecated or withdrawn indicator: a catalogue ID, never a value of the report. */
const replacementHint = (id: string, otherwise: string) => {
  const replacement = Object.hasOwn(runtimeModel.indicatorReplacedBy, id) ? runtimeModel.indicatorReplacedBy[id] : undefined;
  return replacement ? `It stays valid, but use ${replacement} instead.` : otherwise;
};

/**
 * Indicator IDs exist in the catalogue; withdrawn and deprecated ones are reported, and so is an observation that
 * leans (observed or suspected) on a provisional indicator, which nobody has yet found in the source it is credited to.
 */
function checkIndicators(report: Report): Finding[] {
  const findings: Finding[] = [];
  const observations = INDICATOR_PATH.slice(0, INDICATOR_PATH.lastIndexOf('/'));
  forEachAt(report, observations, (observation, indexes) => {
    const value = (observation as Report | null)?.indicatorId;
    if (typeof value !== 'string') return;
    const status = Object.hasOwn(runtimeModel.indicators, value) ? runtimeModel.indicators[value] : undefined;
    const at = `${pointerAt(observations, indexes)}/indicatorId`;
    if (status === undefined) {
      findings.push({ code: 'indicator-unknown', severity: 'error', path: at, message: 'This indicator ID is not in the HTFDS indicator catalogue.', hint: 'Use an ID from the catalogue (schema/indicators/indicators.csv), for example FINCEN-HT20-F12; IDs are case-sensitive.' });
    } else if (status === 'withdrawn') {
      findings.push({ code: 'indicator-withdrawn', severity: 'warning', path: at, message: 'This indicator has been withdrawn from the catalogue.', hint: replacementHint(value, 'It stays valid, but check the catalogue for the indicator that replaces it.') });
    } else if (status === 'deprecated') {
      findings.push({ code: 'indicator-deprecated', severity: 'warning', path: at, message: 'This indicator is deprecated: another indicator of the catalogue stands for the same red flag.', hint: replacementHint(value, 'It stays valid, but check the catalogue for the indicator to use instead.') });
    } else if (status === 'provisional' && LEANING_STATUSES.has(String((observation as Report).status))) {
      findings.push({ code: 'indicator-unverified', severity: 'warning', path: at, message: 'This observation leans on an unverified indicator: nobody has yet found it in the source it is credited to.', hint: 'Do not rely on it alone: record what was seen with a verified or secondary indicator as well; the verification note in the catalogue says what remains to be checked.' });
    }
  });
  return findings;
}

/** A warning for a deprecated code, or for a code outside an open list; `at` makes the pointer only when needed. */
function checkCode(findings: Finding[], field: RuntimeField, listName: string, value: unknown, at: () => string): void {
  const list = codelists[listName];
  if (!list) return;
  if (Array.isArray(value)) {
    value.forEach((code, i) => checkCode(findings, field, listName, code, () => `${at()}/${i}`));
    return;
  }
  if (typeof value !== 'string') return;
  if (Object.hasOwn(list.deprecated, value)) {
    findings.push({ code: 'code-deprecated', severity: 'warning', path: at(), message: `Code ${quote(value)} of ${quote(list.title)} is deprecated.`, hint: list.deprecated[value]! });
  } else if (list.open && !Object.hasOwn(list.codes, value)) {
    findings.push({ code: 'code-not-in-open-list', severity: 'warning', path: at(), message: `${quote(field.title)} uses a code that is not (yet) in the open list ${quote(list.title)}.`, hint: 'That is allowed for open lists; if the value is common, propose it as a new code so that others use the same one.' });
  }
}

/** Deprecated fields and codes, with the reason; codes outside open code lists. */
function checkCodes(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const field of CODE_CHECKED_FIELDS) {
    if (field.deprecated) {
      const { since, reason, replacedBy } = field.deprecated;
      forEachAt(report, field.path, (_value, indexes) => {
        findings.push({ code: 'field-deprecated', severity: 'warning', path: pointerAt(field.path, indexes), message: `${quote(field.title)} is deprecated since version ${since}: ${reason}`, hint: replacedBy ? `Use ${replacedBy} instead; this field stays valid until the next major version.` : 'It stays valid until the next major version.' });
      });
    }
    forEachAt(report, field.path, (value, indexes) => {
      if (field.codelist) checkCode(findings, field, field.codelist, value, () => pointerAt(field.path, indexes));
      if (field.kind === 'money' && typeof value === 'object' && value !== null) {
        for (const [part, listName] of MONEY_CODE_PARTS) {
          if (Object.hasOwn(value, part)) checkCode(findings, field, listName, (value as Report)[part], () => `${pointerAt(field.path, indexes)}/${part}`);
        }
      }
    });
  }
  return findings;
}

/** A report marked for wide sharing carries no direct identifiers (P4 data). */
function checkDirectIdentifiers(report: Report): Finding[] {
  const tlp = (report.sharing as Report | undefined)?.tlp;
  if (typeof tlp !== 'string' || !OPEN_MARKINGS.has(tlp)) return [];
  const findings: Finding[] = [];
  for (const field of P4_FIELDS) {
    forEachAt(report, field.path, (value, indexes) => {
      if (value === undefined || isMissingValue(value)) return;
      findings.push({ code: 'direct-identifier-in-open-report', severity: 'error', path: pointerAt(field.path, indexes), message: `${quote(field.title)} is a direct identifier, and the report is marked ${tlp}.`, hint: 'Remove it (or anonymise the report with a sharing profile), or mark the report TLP:AMBER or stricter.' });
    });
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

/**
 * The rules that check every value's type before using it, so they also run on a report the schema rejected:
 * their findings (a reference to nothing, dates out of order) then come in the same round as the schema's.
 */
export const SHAPE_SAFE_RULES: ((report: Report) => Finding[])[] = [checkReferences, checkDateOrder];

/** Runs every rule on a report that passed the schema. */
export function ruleFindings(report: Report): Finding[] {
  return RULES.flatMap((rule) => rule(report));
}

