/**
 * One HTCDS case (a row of IOM's Excel template, or one submission of IOM's XLSForm) → one HTFDS report, through
 * the crosswalk kept as data (schema/crosswalks, generated into src/generated/htcds-crosswalk.js). Whatever the
 * crosswalk does not carry is reported cell by cell; direct identifiers never reach the report as values (only
 * that one is held, and a keyed hash when a key is given). Messages name fields and places, never the values.
 */
import crosswalk from '../generated/htcds-crosswalk.js';
import runtimeModel from '../generated/runtime-model.js';
import type { ImportedRecord, Place, PlacedFinding } from '../io/imported-record.js';
import { ageOn, bandFor } from '../share/bands.js';
import { identifierHash } from '../share/keyed-hash.js';
import { serialToDate } from '../tabular/read-cell.js';
import type { CellValue } from '../tabular/source-table.js';
import type { FindingCode } from '../validate/finding.js';
import { IMPORTED_MAPPINGS, type CrosswalkRow, type HtcdsField } from './crosswalk.js';
import { ReportBuilder } from './report-builder.js';
import { valuesAt } from '../validate/paths.js';

/** One filled cell or answer, under the HTCDS field its column or form field stands for. */
export interface HtcdsCell {
  field: string;
  value: CellValue;
  place: Place;
}

export interface HtcdsCase {
  /** The case row, or the submission. */
  origin: Place;
  cells: HtcdsCell[];
  /** Problems met before the cells were mapped (unknown columns, formulas…). */
  findings: PlacedFinding[];
}

export interface HtcdsImportOptions {
  /** What HTCDS does not record (handling markings, reporting organisation and country), used where the case gives nothing. */
  base?: Record<string, unknown>;
  /** The sharing group's key: direct identifiers are then also kept as keyed hashes. */
  key?: Uint8Array;
  keyId?: string;
  /** How several values of a multi-select share one cell: `;` in IOM's Excel files, a space in XForm submissions. */
  multiSeparator: RegExp;
  /** Split single-select answers too: IOM's XLSForm makes some single HTCDS picklists select_multiple. */
  splitEveryPicklist?: boolean;
  date1904?: boolean;
}

export const HTCDS_FIELDS: ReadonlyMap<string, HtcdsField> = new Map(crosswalk.fields.map((f) => [f.field, f]));
const FIELDS = new Map(runtimeModel.fields.map((f) => [f.path, f]));
const COUNTRY_CODES = runtimeModel.codelists.country!.codes;
const COUNTRY_BY_NAME = new Map(Object.entries(COUNTRY_CODES).map(([code, title]) => [fold(title), code]));

/** Case, spacing (including IOM's no-break spaces) and punctuation do not matter when matching a label or picklist entry. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The HTCDS value name a typed or picked entry stands for: by name or by label. */
export function htcdsValueName(field: HtcdsField, entry: string): string | undefined {
  const key = fold(entry);
  return field.values.find((v) => fold(v.name) === key || fold(v.label) === key)?.name;
}

const problem = (code: FindingCode, place: Place, path: string, message: string, hint: string, severity: 'error' | 'warning' = 'error'): PlacedFinding => ({ code, severity, path, place, message, hint });

/** The text of a cell, or undefined for formulas and error cells (reported by the caller's reader). */
const cellText = (value: CellValue): string | undefined => (typeof value === 'object' ? undefined : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value).trim());

/** A date from a cell: a workbook date serial or YYYY-MM-DD (an XForm answer). */
function dateOf(value: CellValue, date1904: boolean | undefined): string | undefined {
  if (typeof value === 'number') return serialToDate(Math.floor(value), date1904);
  const text = cellText(value);
  return text && /^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(text.slice(0, 10))) ? text.slice(0, 10) : undefined;
}

function countryOf(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  return COUNTRY_CODES[upper] !== undefined ? upper : COUNTRY_BY_NAME.get(fold(text));
}

/** The crosswalk rows import applies, by HTCDS field (rows naming one picklist value among them). */
const ROWS_BY_FIELD = new Map<string, CrosswalkRow[]>();
for (const row of crosswalk.rows) if (IMPORTED_MAPPINGS.includes(row.mapping)) ROWS_BY_FIELD.set(row.htcdsField, [...(ROWS_BY_FIELD.get(row.htcdsField) ?? []), row]);
const NOT_CARRIED = new Map(crosswalk.rows.filter((r) => r.mapping === 'notCarried').map((r) => [r.htcdsField, r.note]));

/** The report of one HTCDS case. */
export function htcdsCaseToReport(input: HtcdsCase, options: HtcdsImportOptions): ImportedRecord {
  const findings = [...input.findings];
  const out = new ReportBuilder(options.base);
  out.report.schemaVersion = runtimeModel.version;
  out.report.recordType ??= 'caseSummary';
  if (out.report.recordId === undefined) {
    const made = globalThis.crypto.randomUUID();
    out.set('/recordId', made, input.origin);
    findings.push(problem('record-id-made', input.origin, '/recordId', `HTCDS has no record identifier, so the import made one: ${made}.`, 'Keep it with the case in your own system, so that a later import of the same case can say which report it updates.', 'warning'));
  }
  const address = postalAddress(input.cells);

  for (const cell of input.cells) {
    const field = HTCDS_FIELDS.get(cell.field)!;
    const rows = ROWS_BY_FIELD.get(cell.field);
    if (!rows) {
      const note = NOT_CARRIED.get(cell.field) ?? 'the crosswalk has no place for it';
      findings.push(problem('htcds-not-carried', cell.place, '', `HTCDS field ${cell.field} (${field.label}) is not carried into HTFDS, so this cell was left out: ${note}`, 'Nothing to do unless HTFDS should carry it; the crosswalk (docs: HTCDS crosswalk) says why not.', 'warning'));
      continue;
    }
    const text = cellText(cell.value);
    if (text === undefined) {
      const formula = typeof cell.value === 'object' && 'formula' in cell.value;
      findings.push(problem(formula ? 'cell-formula' : 'cell-error', cell.place, '', formula ? `${field.label} holds a formula. Formulas are never calculated on import, so nothing was taken from this cell.` : `${field.label} holds a spreadsheet error value such as #N/A.`, formula ? 'Type the value itself, or paste it as a value only.' : 'Replace it with the value, or empty the cell.'));
      continue;
    }
    if (text === '') continue;
    const entries = /multiselect/i.test(field.type) || (options.splitEveryPicklist && field.values.length > 0) ? text.split(options.multiSeparator).map((e) => e.trim()).filter(Boolean) : [text];
    for (const entry of entries) {
      // A picklist entry is read by name or label; an entry outside the picklist is a finding, the rest of the cell still read.
      const name = field.values.length > 0 ? htcdsValueName(field, entry) : undefined;
      if (field.values.length > 0 && name === undefined) {
        findings.push(problem('htcds-value-unknown', cell.place, '', `An entry in ${field.label} (${cell.field}) is not one of the ${field.values.length} values HTCDS v2.0 has for it, so it was left out.`, `Pick a value from the list: ${field.values.map((v) => v.label).join(', ')}.`));
        continue;
      }
      const own = rows.filter((r) => r.htcdsValue !== undefined && r.htcdsValue === name);
      const applied = own.length > 0 ? own : rows.filter((r) => r.htcdsValue === undefined);
      // A tick box (consent) has values of its own, TRUE/FALSE (Yes/No in IOM's form), with a row each.
      const tick = field.type === 'Checkbox' ? rows.find((r) => r.htcdsValue === (/^(true|yes|1)$/i.test(entry) ? 'TRUE' : /^(false|no|0)$/i.test(entry) ? 'FALSE' : '')) : undefined;
      for (const row of tick ? [tick] : applied) {
        const result = applyRow(row, name ?? entry, cell, out, options, address);
        if (result) findings.push(result);
      }
    }
  }
  useChildCodes(out, findings);
  fillNotAsked(out.report);
  return { record: out.report, origin: input.origin, findings, locate: (pointer) => out.locate(pointer) ?? input.origin };
}

/**
 * The fields whose code list has codes for what is done to a child (lists of codes, as every such field is); found
 * when first needed, since the build loads this module before it regenerates the crosswalk.
 */
let childCodedFields: typeof runtimeModel.fields | undefined;

/**
 * HTCDS has one value for, say, pornography, whoever the victim is; HTFDS follows the Luxembourg Guidelines and
 * speaks of child sexual abuse material when the victim was a child. So when the case's person was under 18 when
 * trafficked, the general codes read from HTCDS become the child-specific ones, each change said as a warning at the
 * cell it came from. Done after the whole case is read: the age may come after the codes.
 */
function useChildCodes(out: ReportBuilder, findings: PlacedFinding[]): void {
  const because = childBecause(out.report);
  if (because === undefined) return;
  childCodedFields ??= runtimeModel.fields.filter((f) => f.codelist !== undefined && crosswalk.childCodes[f.codelist] !== undefined);
  for (const field of childCodedFields) {
    const forChild = crosswalk.childCodes[field.codelist!]!;
    for (const { pointer, value } of valuesAt(out.report, field.path)) {
      if (!Array.isArray(value)) continue;
      value.forEach((code, i) => {
        const child = typeof code === 'string' && Object.hasOwn(forChild, code) ? forChild[code]! : undefined;
        if (child === undefined || value.includes(child)) return;
        value[i] = child;
        const place = out.locate(pointer);
        if (place) findings.push(problem('htcds-child-code', place, `${pointer}/${i}`, `${code} was read as ${child}, the term for a child, because ${because}.`, 'Nothing to do if that is right; otherwise correct the age or the date of birth and import again.', 'warning'));
      });
    }
  }
}

/**
 * Why the case's person was a child when trafficked, or undefined: under 18 by the age HTCDS gives for that time, or
 * under 18 on the day the case was reported (so also when trafficked, which came before).
 */
function childBecause(report: Record<string, unknown>): string | undefined {
  const persons = Array.isArray(report.persons) ? (report.persons as Record<string, unknown>[]) : [];
  if (persons.some((p) => p.minorAtStartOfExploitation === true)) return 'the person was under 18 when trafficked';
  const reported = report.dateReported;
  if (typeof reported !== 'string') return undefined;
  const underAge = persons.some((p) => {
    const age = typeof p.dateOfBirth === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.dateOfBirth) ? ageOn(p.dateOfBirth, reported) : undefined;
    return age !== undefined && age < 18;
  });
  return underAge ? 'by the date of birth the person was under 18 when the case was reported, and so when trafficked' : undefined;
}

/** The parts of a postal address, in the order they are joined for its keyed hash. */
const ADDRESS_PARTS = ['prs_MailingStreet', 'prs_MailingPostalCode', 'prs_MailingCity', 'prs_MailingState', 'prs_MailingCountry'];

/**
 * A postal address as one text, hashed whole so that the same address matches whichever file it came from: the
 * parts in one order (IOM's template and form order them differently), the country as its ISO code where known.
 */
function postalAddress(cells: HtcdsCell[]): string {
  return ADDRESS_PARTS.map((part) => {
    const cell = cells.find((c) => c.field === part);
    const text = (cell && cellText(cell.value)) ?? '';
    return part === 'prs_MailingCountry' ? (countryOf(text) ?? text) : text;
  }).filter(Boolean).join(', ');
}

/** Handling and provenance are the importer's to give (the base report): never filled in for them. */
const GIVEN_BY_IMPORTER = ['/sharing', '/provenance'];

/**
 * HTCDS never asks some questions HTFDS requires an answer to (for example whether earnings were taken, as a
 * yes or no): they are answered "not asked", which is what happened, unless the case or the base report answers
 * them. Required sections are made where missing (except handling and provenance); items of lists are filled
 * only where the case made them.
 */
function fillNotAsked(report: Record<string, unknown>): void {
  const fill = (node: Record<string, unknown>, parts: string[], prefix: string) => {
    const [part, next] = [parts[0]!, parts[1]];
    if (parts.length === 1) {
      node[part] ??= { missing: 'notAsked' };
      return;
    }
    if (next === '*') {
      for (const item of Array.isArray(node[part]) ? node[part] : []) if (typeof item === 'object' && item !== null) fill(item as Record<string, unknown>, parts.slice(2), `${prefix}/${part}/*`);
      return;
    }
    const path = `${prefix}/${part}`;
    if (typeof node[part] !== 'object' || node[part] === null) {
      if (!runtimeModel.requiredContainers.includes(path) || GIVEN_BY_IMPORTER.includes(path)) return;
      node[part] = {};
    }
    fill(node[part] as Record<string, unknown>, parts.slice(1), path);
  };
  for (const field of runtimeModel.fields) if (field.required && field.acceptsMissing) fill(report, field.path.slice(1).split('/'), '');
}

/** Writes what one crosswalk row makes of one entry; returns a finding when the entry cannot be carried. */
function applyRow(row: CrosswalkRow, entry: string, cell: HtcdsCell, out: ReportBuilder, options: HtcdsImportOptions, address: string): PlacedFinding | undefined {
  const path = row.htfdsPath!;
  const target = FIELDS.get(path);
  const label = HTCDS_FIELDS.get(cell.field)!.label;
  const notForm = (what: string, hint: string) => problem('htcds-value-unknown', cell.place, '', `${label} (${cell.field}) does not hold ${what}, so it was left out.`, hint);
  switch (row.mapping) {
    case 'flag':
      out.set(path, true, cell.place);
      return;
    case 'missingValue':
      out.set(path, { missing: 'unknown' }, cell.place);
      return;
    case 'presence':
      out.set(path, row.htfdsCode!, cell.place, { add: true });
      return;
    case 'keyedHash': {
      if (!options.key) return;
      const text = row.htfdsCode === 'postalAddress' ? address : entry;
      const hash = identifierHash(options.key, row.htfdsCode, text);
      const listPath = path.slice(0, path.lastIndexOf('/'));
      out.set(`${listPath}/type`, row.htfdsCode!, cell.place, { freshItem: true });
      out.set(path, hash, cell.place);
      if (options.keyId) out.set(`${listPath}/keyId`, options.keyId, cell.place);
      return;
    }
    case 'reference': {
      // A lookup to an organisation: the organisation is added with its name and the role the row names, or, for
      // a reference field (a perpetrator's organisation), with its role not known and referred to from the person.
      if (target?.kind === 'refs') {
        const id = out.addItem('/organisations', { orgRoleInCase: { missing: 'unknown' }, name: entry }, cell.place);
        out.set(path, id, cell.place, { add: true });
        return;
      }
      out.set(path, row.htfdsCode!, cell.place, { add: true, freshItem: true });
      out.set(`${path.slice(0, path.lastIndexOf('/'))}/name`, entry, cell.place);
      return;
    }
    default:
      break;
  }
  if (!target) return;
  const many = /^(codes|refs|strings)$/.test(target.kind);
  const put = (value: unknown) => out.set(path, value, cell.place, { add: many });
  if (target.codelist === 'country') {
    const code = countryOf(entry);
    return code ? void put(code) : notForm('an ISO 3166 country code or an English country name', 'Give the two-letter country code, for example TH.');
  }
  if (row.htfdsCode) return void put(row.htfdsCode);
  if (HTCDS_FIELDS.get(cell.field)!.type === 'Number' && (target.codelist === 'ageBand' || target.kind === 'boolean')) {
    // The lossy age: an age in years becomes an age band, or whether the person was a child.
    const age = Number(entry);
    const band = Number.isInteger(age) && age >= 0 && age <= 130 ? bandFor('ageBand', age) : undefined;
    if (band === undefined) return notForm('an age in whole years', 'Give the age in years, for example 16.');
    return void put(target.kind === 'boolean' ? age < 18 : band);
  }
  if (target.codelist) {
    const code = crosswalk.codes[target.codelist]?.[entry];
    return code !== undefined ? void put(code) : notForm(`a value HTFDS has a code for`, 'See the HTCDS crosswalk page for the values carried.');
  }
  switch (target.kind) {
    case 'date': {
      const date = dateOf(cell.value, options.date1904);
      return date ? void put(date) : notForm('a date', 'Give the date as a date cell, or as YYYY-MM-DD.');
    }
    case 'yearMonth': {
      const date = dateOf(cell.value, options.date1904);
      return date ? void put(date.slice(0, 7)) : notForm('a date', 'Give the date as a date cell, or as YYYY-MM-DD.');
    }
    case 'integer': {
      const n = Number(entry);
      return Number.isInteger(n) && n >= 0 ? void put(n) : notForm('a whole number', 'Give a whole number, for example 2.');
    }
    default: {
      if (path.endsWith('/primaryLanguage')) {
        const code = entry.toLowerCase();
        return /^[a-z]{2,3}$/.test(code) ? void put(code) : notForm('an ISO 639 language code', 'Give the two-letter language code, for example th.');
      }
      if (path.endsWith('/region')) {
        const code = entry.toUpperCase();
        return /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code) ? void put(code) : notForm('an ISO 3166-2 subdivision code', 'Give the code, for example TH-50; a region written out in words is not carried.');
      }
      put(entry);
    }
  }
}
