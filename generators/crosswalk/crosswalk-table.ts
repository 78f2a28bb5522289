/**
 * The published HTCDS crosswalk table, both ways: one row per HTCDS field or picklist value with where it lands in
 * HTFDS (code by code, from the code lists' htcds column), and one row per HTFDS field or code with the HTCDS field
 * or value it goes back to. Read by the CSV generator and the docs page alike.
 */
import type { CrosswalkRow, HtcdsCrosswalk } from '../../src/htcds/crosswalk.js';
import type { FieldModel } from '../model/field-model.js';

export interface TableRow {
  htcdsField: string;
  htcdsLabel: string;
  htcdsValue: string;
  htcdsValueLabel: string;
  htfdsPath: string;
  htfdsTitle: string;
  htfdsCode: string;
  mapping: string;
  back: string;
  note: string;
}

/** The columns of the two published tables: each reads from its own side first. */
export const TO_HTFDS_HEADER: (keyof TableRow)[] = ['htcdsField', 'htcdsLabel', 'htcdsValue', 'htcdsValueLabel', 'htfdsPath', 'htfdsTitle', 'htfdsCode', 'mapping', 'back', 'note'];
export const TO_HTCDS_HEADER: (keyof TableRow)[] = ['htfdsPath', 'htfdsTitle', 'htfdsCode', 'htcdsField', 'htcdsLabel', 'htcdsValue', 'htcdsValueLabel', 'back', 'mapping', 'note'];

/** HTCDS → HTFDS: each crosswalk row, then below a coded field's row the picklist values it carries, code by code. */
export function htcdsToHtfds(model: FieldModel, crosswalk: HtcdsCrosswalk): TableRow[] {
  const fields = new Map(crosswalk.fields.map((f) => [f.field, f]));
  const titles = new Map(model.fields.map((f) => [f.path, f.title]));
  const row = (r: CrosswalkRow, valueLabel = ''): TableRow => ({
    htcdsField: r.htcdsField,
    htcdsLabel: fields.get(r.htcdsField)?.label ?? '',
    htcdsValue: r.htcdsValue ?? '',
    htcdsValueLabel: valueLabel,
    htfdsPath: r.htfdsPath ?? '',
    htfdsTitle: r.htfdsPath ? (titles.get(r.htfdsPath) ?? '') : '',
    htfdsCode: r.htfdsCode ?? '',
    mapping: r.mapping,
    back: r.back,
    note: r.note,
  });
  const out: TableRow[] = [];
  for (const r of crosswalk.rows) {
    if (r.htcdsValue) continue;
    out.push(row(r));
    const htcds = fields.get(r.htcdsField);
    const list = model.fields.find((f) => f.path === r.htfdsPath)?.codelist;
    const own = crosswalk.rows.filter((v) => v.htcdsField === r.htcdsField && v.htcdsValue);
    if (r.mapping !== 'same' && r.mapping !== 'generalised') continue;
    if (crosswalk.rows.find((x) => x.htcdsField === r.htcdsField && !x.htcdsValue && x.mapping === r.mapping) !== r) continue;
    // The values: each picklist value once, by its own row where it has one, else by the code list.
    const names = [...(htcds?.values.map((v) => v.name) ?? []), ...own.map((v) => v.htcdsValue!).filter((n) => !htcds?.values.some((v) => v.name === n))];
    for (const name of names) {
      const label = htcds?.values.find((v) => v.name === name)?.label ?? '';
      const special = own.find((v) => v.htcdsValue === name);
      if (special) out.push(row(special, label));
      else if (list && crosswalk.codes[list]?.[name]) {
        const code = crosswalk.codes[list]![name]!;
        out.push({ ...row(r, label), htcdsValue: name, htfdsCode: code, note: '' });
        const forChild = crosswalk.childCodes[list]?.[code];
        if (forChild) out.push({ ...row(r, label), htcdsValue: name, htfdsCode: forChild, note: `Instead of ${code} when the victim was under 18 when trafficked (vic_AgeWhenTrafficked), in the terms of the Luxembourg Guidelines; going back gives ${name}.` });
      }
    }
  }
  return out;
}

/** HTFDS → HTCDS: the same correspondences read from the HTFDS side, by path and code. */
export function htfdsToHtcds(model: FieldModel, crosswalk: HtcdsCrosswalk): TableRow[] {
  const order = new Map(model.fields.map((f, i) => [f.path, i]));
  return htcdsToHtfds(model, crosswalk)
    .filter((r) => r.htfdsPath !== '')
    .sort((a, b) => order.get(a.htfdsPath)! - order.get(b.htfdsPath)! || a.htfdsCode.localeCompare(b.htfdsCode) || a.htcdsField.localeCompare(b.htcdsField));
}
