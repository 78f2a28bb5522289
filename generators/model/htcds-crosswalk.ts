/**
 * The HTCDS crosswalk of the model, read from schema/crosswalks/htcds.csv (the rows) and htcds-standard.csv (IOM's
 * fields and picklist values), with the code lists' htcds column (which value becomes which code).
 */
import type { CsvTable } from '../../src/io/csv.js';
import type { CrosswalkMapping, CrosswalkRow, HtcdsCrosswalk, HtcdsField } from '../../src/htcds/crosswalk.js';
import type { Codelist } from './field-model.js';
import type { SchemaSource } from './source.js';

export const CROSSWALK_HEADER = ['htcdsField', 'htcdsValue', 'htfdsPath', 'htfdsCode', 'mapping', 'back', 'note'];
export const HTCDS_STANDARD_HEADER = ['field', 'value', 'label', 'section', 'status', 'core', 'type'];
export const HTCDS_VERSION = '2.0';

/** The rows of a CSV table as objects keyed by its header. */
export function rowObjects(table: CsvTable): Record<string, string>[] {
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i] ?? ''])));
}

function crosswalkRows(table: CsvTable): CrosswalkRow[] {
  return rowObjects(table).map((r) => ({
    htcdsField: r.htcdsField!,
    ...(r.htcdsValue ? { htcdsValue: r.htcdsValue } : {}),
    ...(r.htfdsPath ? { htfdsPath: r.htfdsPath } : {}),
    ...(r.htfdsCode ? { htfdsCode: r.htfdsCode } : {}),
    mapping: r.mapping as CrosswalkMapping,
    back: r.back as CrosswalkRow['back'],
    note: r.note ?? '',
  }));
}

function htcdsFields(table: CsvTable): HtcdsField[] {
  const fields: HtcdsField[] = [];
  for (const r of rowObjects(table)) {
    if (!r.value) fields.push({ field: r.field!, label: r.label!, section: r.section!, status: r.status!, core: r.core === 'Core', type: r.type!, values: [] });
    else fields.findLast((f) => f.field === r.field)?.values.push({ name: r.value, label: r.label! });
  }
  return fields;
}

/** The crosswalk, or undefined for a schema without one (a model rebuilt from a bundled schema). */
export function buildHtcdsCrosswalk(source: SchemaSource, codelists: Map<string, Codelist>): HtcdsCrosswalk | undefined {
  const rows = source.crosswalks?.get('htcds');
  const standard = source.crosswalks?.get('htcds-standard');
  if (!rows || !standard) return undefined;
  const codes: HtcdsCrosswalk['codes'] = {};
  const childCodes: HtcdsCrosswalk['childCodes'] = {};
  for (const list of codelists.values()) {
    const mapped = list.codes.filter((c) => c.htcds);
    // Several codes may carry one HTCDS value (since 0.2.0 a child-specific code beside the general one, in the terms
    // of the Luxembourg Guidelines): an HTCDS value becomes the first listed, HTCDS's own general meaning, and the
    // later one is that meaning for a child.
    if (mapped.length > 0) codes[list.name] = Object.fromEntries([...mapped].reverse().map((c) => [c.htcds!, c.code]));
    const forChildren = mapped.filter((c) => codes[list.name]![c.htcds!] !== c.code).map((c) => [codes[list.name]![c.htcds!]!, c.code]);
    if (forChildren.length > 0) childCodes[list.name] = Object.fromEntries(forChildren);
  }
  return { htcdsVersion: HTCDS_VERSION, fields: htcdsFields(standard.content), rows: crosswalkRows(rows.content), codes, childCodes };
}
