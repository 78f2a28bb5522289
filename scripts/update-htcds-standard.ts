/**
 * `tsx scripts/update-htcds-standard.ts [field-standards.csv]`: rewrites schema/crosswalks/htcds-standard.csv, the
 * HTCDS v2.0 fields and picklist values (IOM, CC BY 4.0) that the crosswalk and `htfds import` read, from IOM's
 * field-standards sheet converted to CSV (default: ../shared/reference/htcds/htcds-field-standards-2.0.csv).
 * Names and labels are kept as IOM writes them, only trimmed of stray spaces (IOM's "DebtBondage " and the
 * no-break spaces after the gender labels), so that imports match what people type or pick.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatCsv, parseCsv } from '../src/io/csv.js';

const input = process.argv[2] ?? '../shared/reference/htcds/htcds-field-standards-2.0.csv';
const OUTPUT = 'schema/crosswalks/htcds-standard.csv';
const tidy = (s: string | undefined) => (s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

const [header, ...rows] = parseCsv(readFileSync(input, 'utf8'));
const col = (name: string) => header!.indexOf(name);
const [SECTION, STATUS, CORE, PREFIX, NAME, LABEL, FULL, TYPE, VALUES, LABELS] = ['Section', 'Status', 'Core', 'Field Name Prefix', 'Field Name', 'Field Label', 'Field Name including Prefix', 'Field Type', 'Value Names (if picklist)', 'Value Labels (if picklist)'].map(col);
const out: string[][] = [['field', 'value', 'label', 'section', 'status', 'core', 'type']];
let section = '';
for (const row of rows) {
  if (tidy(row[SECTION!])) section = tidy(row[SECTION!]);
  const prefix = tidy(row[PREFIX!]);
  // Rows without a field prefix are section headings or the sheet's example assessment questions.
  if (!/^[a-z]{3}_$/.test(prefix)) continue;
  const field = tidy(row[FULL!]) || `${prefix}${tidy(row[NAME!])}`;
  const type = tidy(row[TYPE!]);
  out.push([field, '', tidy(row[LABEL!]) || tidy(row[NAME!]), section, tidy(row[STATUS!]), tidy(row[CORE!]), type]);
  if (!/picklist/i.test(type)) continue;
  const names = (row[VALUES!] ?? '').split('\n').map(tidy);
  const labels = (row[LABELS!] ?? '').split('\n').map(tidy);
  // Country and language lists are given as "use ISO …": no values of their own.
  if (names.some((n) => n.includes(' '))) continue;
  names.forEach((name, i) => name && out.push([field, name, labels[i] ?? name, section, '', '', '']));
}
writeFileSync(OUTPUT, formatCsv(out));
console.log(`${OUTPUT}: ${out.length - 1} rows`);
