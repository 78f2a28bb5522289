/**
 * The CSV package read case by case gives what reading it whole gives: the same reports, each with the same
 * findings and places, when a case's rows are scattered over the files, when a row names an unknown case or none,
 * and when two cases share an identifier. Synthetic reports (the examples with new identifiers).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { ImportedRecord } from '../src/io/imported-record.js';
import { exportCsvPackage } from '../src/tabular/export-tabular.js';
import { parseCsv } from '../src/tabular/csv/csv-text.js';
import { importCsvPackage, reportsFrom } from '../src/tabular/import-tabular.js';
import type { SourceTable } from '../src/tabular/source-table.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-csv-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The package read whole into memory and assembled at once. */
function wholePackage(folder: string): ImportedRecord[] {
  const tables: SourceTable[] = readdirSync(folder).filter((f) => f.endsWith('.csv') && f !== 'codelists.csv').sort().map((f) => {
    const [header, ...rows] = parseCsv(readFileSync(join(folder, f), 'utf8'));
    return { name: f.slice(0, -4), file: join(folder, f), columns: header!.fields.map((c) => c.trim() || undefined), headerAt: header!.line, rows: rows.map((r) => ({ at: r.line, cells: r.fields.map((c) => (c === '' ? undefined : c)) })) };
  });
  return [...reportsFrom(tables, folder)];
}

/** Reports in the order of their case rows (cases sharing an identifier are read together, so may come together). */
const comparable = (items: ImportedRecord[]) =>
  items
    .map((i) => ({ record: i.record, origin: i.origin, findings: [...i.findings].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) }))
    .sort((a, b) => (a.record === undefined ? 1 : 0) - (b.record === undefined ? 1 : 0) || (a.origin.line ?? 0) - (b.origin.line ?? 0));

test('scattered rows, unknown and missing cases, a repeated identifier: the same as reading the package whole', async () => {
  const reports = ['fishing', 'scam-compound', 'money-mule-operation'].map((n) => JSON.parse(readFileSync(`examples/${n}.json`, 'utf8')) as Record<string, unknown>);
  const folder = join(dir, 'package');
  mkdirSync(folder);
  for (const f of exportCsvPackage(reports)) {
    if (!f.path.endsWith('.csv') || f.path === 'codelists.csv' || f.path === 'case.csv') {
      writeFileSync(join(folder, f.path), f.content);
      continue;
    }
    // Rows in reverse order, so that each case's rows are scattered and out of order.
    const [header, ...rows] = f.content.split('\r\n').filter((l) => l !== '');
    writeFileSync(join(folder, f.path), `${[header, ...rows.reverse()].join('\r\n')}\r\n`);
  }
  const caseCsv = readFileSync(join(folder, 'case.csv'), 'utf8').trimEnd().split('\r\n');
  // A second case with the first one's identifier.
  writeFileSync(join(folder, 'case.csv'), `${[...caseCsv, caseCsv[1]!].join('\r\n')}\r\n`);
  const transactions = readFileSync(join(folder, 'transactions.csv'), 'utf8').trimEnd().split('\r\n');
  const header = transactions[0]!.split(',');
  const blankRow = (values: Record<string, string>) => header.map((h) => values[h] ?? '').join(',');
  writeFileSync(join(folder, 'transactions.csv'), `${[...transactions, blankRow({ '#case': '00000000-0000-4000-8000-00000000dead', id: 'TX' }), blankRow({ id: 'TY' })].join('\r\n')}\r\n`);

  const streamed: ImportedRecord[] = [];
  for await (const item of importCsvPackage(folder)) streamed.push(item);
  const whole = wholePackage(folder);
  expect(streamed.filter((i) => i.record !== undefined)).toHaveLength(4);
  expect(comparable(streamed)).toEqual(comparable(whole));
  // The problems were found at all.
  const codes = streamed.flatMap((i) => i.findings.map((f) => f.code));
  expect(codes).toEqual(expect.arrayContaining(['case-repeated', 'case-ambiguous', 'case-not-found', 'row-without-case']));
  // And placed the same: every validation finding locates to the same cell.
  for (const item of streamed.filter((i) => i.record)) {
    const same = whole.find((w) => w.origin.line === item.origin.line)!;
    expect(item.locate('/transactions/0/amount')).toEqual(same.locate('/transactions/0/amount'));
  }
});
