/**
 * Lint of the HTCDS crosswalk (schema/crosswalks/). The crosswalk rows are the source of truth for which HTCDS
 * field lands where; the schema's `x-htcds` annotations (shown on the field pages) must agree with them, and the
 * code lists' `htcds` column must name values HTCDS has, or say in a crosswalk row why not.
 */
import { formatCsv } from '../../src/io/csv.js';
import { CROSSWALK_BACK, CROSSWALK_MAPPINGS, type CrosswalkRow } from '../../src/htcds/crosswalk.js';
import type { FieldModel } from '../model/field-model.js';
import type { SourceFinding } from '../model/finding.js';
import { CROSSWALK_HEADER, HTCDS_STANDARD_HEADER } from '../model/htcds-crosswalk.js';
import type { SchemaSource } from '../model/source.js';

type Add = (f: SourceFinding) => void;

/** Checks the files' form; returns false when the content cannot be checked further. */
export function checkCrosswalkFiles(source: SchemaSource, add: Add): boolean {
  let ok = true;
  for (const [name, header] of [['htcds', CROSSWALK_HEADER], ['htcds-standard', HTCDS_STANDARD_HEADER]] as const) {
    const file = source.crosswalks?.get(name);
    if (!file) {
      add({ rule: 'file-missing', file: `${source.dir}/crosswalks/${name}.csv`, message: `the HTCDS crosswalk file ${name}.csv is missing`, hint: 'restore it from git' });
      ok = false;
      continue;
    }
    if (file.content.header.join() !== header.join()) {
      add({ rule: 'crosswalk-header', file: file.path, line: 1, message: `the header must be ${header.join(',')}`, hint: 'restore the header row' });
      ok = false;
    }
    if (file.text !== formatCsv([file.content.header, ...file.content.rows])) add({ rule: 'csv-not-canonical', file: file.path, message: 'the CSV is not in canonical form (LF line ends, quotes only where needed, one trailing newline)', hint: 'run `npm run format:schema`' });
  }
  return ok;
}

/** Checks the crosswalk against the model built from the same source. */
export function checkCrosswalk(source: SchemaSource, model: FieldModel, add: Add): void {
  const file = source.crosswalks!.get('htcds')!;
  // The model read both files (its rows keep the file's order, so row i is on line i + 2).
  const { rows, fields: standard } = model.htcds!;
  const fieldsByName = new Map(standard.map((f) => [f.field, f]));
  const fieldsByPath = new Map(model.fields.map((f) => [f.path, f]));
  const at = (i: number) => ({ file: file.path, line: i + 2 });

  rows.forEach((row, i) => {
    const htcds = fieldsByName.get(row.htcdsField);
    if (!htcds) return add({ ...at(i), rule: 'crosswalk-htcds-unknown', message: `${row.htcdsField} is not a field of HTCDS v2.0`, hint: 'spell it as htcds-standard.csv does' });
    if (row.htcdsValue && !htcds.values.some((v) => v.name === row.htcdsValue) && row.note === '') add({ ...at(i), rule: 'crosswalk-value-unexplained', message: `${row.htcdsValue} is not in the HTCDS picklist of ${row.htcdsField}`, hint: 'say in the note where the value comes from' });
    if (!(CROSSWALK_MAPPINGS as readonly string[]).includes(row.mapping)) add({ ...at(i), rule: 'crosswalk-mapping-unknown', message: `mapping must be one of ${CROSSWALK_MAPPINGS.join(', ')}`, hint: 'see src/htcds/crosswalk.ts' });
    if (!(CROSSWALK_BACK as readonly string[]).includes(row.back)) add({ ...at(i), rule: 'crosswalk-mapping-unknown', message: `back must be one of ${CROSSWALK_BACK.join(', ')}`, hint: 'see src/htcds/crosswalk.ts' });
    if (row.mapping === 'notCarried') {
      if (row.htfdsPath) add({ ...at(i), rule: 'crosswalk-path-unexpected', message: 'a field HTFDS does not carry has no HTFDS path', hint: 'remove the path, or choose another mapping' });
      if (!row.note) add({ ...at(i), rule: 'crosswalk-note-missing', message: `say why ${row.htcdsField} is not carried`, hint: 'fill in the note column' });
      return;
    }
    const target = row.htfdsPath ? fieldsByPath.get(row.htfdsPath) : undefined;
    if (!target) return add({ ...at(i), rule: 'crosswalk-path-unknown', message: `${row.htfdsPath || '(no path)'} is not a field of the schema`, hint: 'give the model path of a data point, with * for list items, e.g. /persons/*/gender' });
    if (row.htfdsCode) {
      const list = row.mapping === 'keyedHash' ? model.codelists.get('identifierType') : target.codelist ? model.codelists.get(target.codelist) : undefined;
      if (!list?.codes.some((c) => c.code === row.htfdsCode)) add({ ...at(i), rule: 'crosswalk-code-unknown', message: `${row.htfdsCode} is not a code of ${list?.name ?? `the field ${row.htfdsPath}`}`, hint: 'use a code of the field’s code list' });
    }
    if (row.mapping === 'flag' && (!row.htcdsValue || target.kind !== 'boolean')) add({ ...at(i), rule: 'crosswalk-flag', message: 'a flag row names one HTCDS value and a yes/no field', hint: 'fill in htcdsValue, or choose another mapping' });
    if ((row.mapping === 'presence' || row.mapping === 'reference') && target.codelist && !row.htfdsCode) add({ ...at(i), rule: 'crosswalk-code-missing', message: `a ${row.mapping} row names the code it records`, hint: 'fill in htfdsCode' });
    // Direct identifiers never land in a field that holds them in clear.
    if (row.mapping === 'keyedHash' && target.kind !== 'hmac') add({ ...at(i), rule: 'crosswalk-keyed-hash', message: 'a keyed-hash row must target a keyed-hash field', hint: 'target …/identifiers/*/valueHmac' });
    // A direct identifier HTFDS only drops or hashes on sharing is never filled from HTCDS (a date of birth, banded on sharing, may be).
    if (target.sensitivity === 'P4' && (target.anonymisation === 'DROP' || target.anonymisation === 'HMAC')) add({ ...at(i), rule: 'crosswalk-direct-identifier', message: `${row.htfdsPath} holds a direct identifier in clear`, hint: 'map to presence or a keyed hash instead' });
  });

  // Every HTCDS field is accounted for: mapped, related or said not to be carried.
  for (const f of standard) {
    if (!rows.some((r) => r.htcdsField === f.field)) add({ file: file.path, rule: 'crosswalk-field-missing', message: `the HTCDS field ${f.field} has no row`, hint: 'map it, or add a notCarried row saying why' });
  }

  // Every x-htcds annotation agrees with a row (x-htcds is `field` or `field:Value`).
  for (const field of model.fields) {
    if (!field.htcds) continue;
    const [name, value] = field.htcds.split(':');
    if (!rows.some((r) => r.htcdsField === name && r.htfdsPath === field.path && (value === undefined || r.htcdsValue === value))) {
      add({ file: file.path, rule: 'crosswalk-annotation-disagrees', message: `${field.path} says x-htcds ${field.htcds}, but no crosswalk row maps it there`, hint: 'add the row to schema/crosswalks/htcds.csv, or correct the annotation' });
    }
  }

  // Each value of a mapped picklist becomes a code, a flag or a missing value; every htcds value of a code list is one HTCDS has, or a row says why not.
  const valueRows = (field: string) => rows.filter((r) => r.htcdsField === field && r.htcdsValue);
  const mapped = rows.filter((r): r is CrosswalkRow & { htfdsPath: string } => r.mapping === 'same' && !r.htcdsValue && r.htfdsPath !== undefined);
  for (const row of mapped) {
    const target = fieldsByPath.get(row.htfdsPath);
    const list = target?.codelist ? model.codelists.get(target.codelist) : undefined;
    const htcds = fieldsByName.get(row.htcdsField);
    if (!list || !htcds || htcds.values.length === 0) continue;
    for (const v of htcds.values) {
      if (!list.codes.some((c) => c.htcds === v.name) && !valueRows(row.htcdsField).some((r) => r.htcdsValue === v.name)) {
        add({ file: file.path, rule: 'crosswalk-value-unmapped', message: `the HTCDS value ${row.htcdsField}:${v.name} has no code in ${list.name} and no row of its own`, hint: `put ${v.name} in the htcds column of a code of ${list.name}, or add a row for the value` });
      }
    }
    for (const c of list.codes) {
      if (c.htcds && !htcds.values.some((v) => v.name === c.htcds) && !valueRows(row.htcdsField).some((r) => r.htcdsValue === c.htcds && r.note)) {
        add({ file: source.codelists.get(list.name)?.path ?? file.path, rule: 'crosswalk-value-not-in-htcds', message: `${c.code} names ${c.htcds} in its htcds column, which is not in the HTCDS picklist of ${row.htcdsField}`, hint: 'correct the htcds column, or add a crosswalk row for the value with a note saying where it comes from' });
      }
    }
  }
}
