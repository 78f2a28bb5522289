/**
 * The workbook and CSV templates, checked in the files themselves and through LibreOffice Calc: the sheets
 * and their headings, the hidden machine-header row, frozen headings, input messages within Excel's limits,
 * drop-downs that are real list validations over whole columns reading a protected code-list sheet, and a
 * workbook saved again by LibreOffice importing the same. All data is synthetic.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvTemplateDir, generateCsvTemplates } from '../generators/templates/csv/generate-csv-templates.js';
import { generateWorkbookTemplates, workbookTemplatePath } from '../generators/templates/xlsx/generate-workbook-templates.js';
import { loadFieldModel } from '../generators/load-model.js';
import type { ImportedRecord } from '../src/io/imported-record.js';
import { parseCsv } from '../src/tabular/csv/csv-text.js';
import { currentLayout } from '../src/tabular/current-layout.js';
import { exportWorkbook } from '../src/tabular/export-tabular.js';
import { importWorkbook } from '../src/tabular/import-tabular.js';
import { coreLayout, YES_NO_LIST } from '../src/tabular/layout.js';
import { columnLetters } from '../src/tabular/source-table.js';
import { HEADER_ROWS } from '../src/tabular/xlsx/instructions.js';
import { clipAtWord, CODELISTS_SHEET, INSTRUCTIONS_SHEET, listRangeName, writeWorkbook } from '../src/tabular/xlsx/write-workbook.js';
import { flattenReports } from '../src/tabular/flatten.js';
import { CodeLookup } from '../src/tabular/code-lookup.js';
import { INDICATOR_LIST } from '../generators/templates/layout/build-layout.js';
import { validateImported } from '../src/cli/import-command.js';
import { decodeEntities } from '../src/tabular/xlsx/xml-scan.js';
import { entryString, readZipDirectory } from '../src/tabular/zip/zip-archive.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'htfds-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const model = loadFieldModel('schema');
let full: Uint8Array;
let core: Uint8Array;

async function soffice(args: string[]): Promise<void> {
  await run('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', ...args], { timeout: 120_000 });
}

/** The XML of a sheet of our workbook, by sheet name. */
async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const entries = readZipDirectory(bytes);
  const read = (path: string) => entryString(bytes, entries.find((e) => e.name === path)!);
  const workbook = await read('xl/workbook.xml');
  const rid = new RegExp(`<sheet [^>]*name="${name.replaceAll('.', '\\.')}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(await read('xl/_rels/workbook.xml.rels'))!;
  return read(`xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`);
}
const attribute = (tag: string, name: string) => {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag);
  return m ? decodeEntities(m[1]!) : undefined;
};

beforeAll(async () => {
  const files = await generateWorkbookTemplates(model);
  full = files.find((f) => f.path === workbookTemplatePath('full'))!.content as Uint8Array;
  core = files.find((f) => f.path === workbookTemplatePath('core'))!.content as Uint8Array;
  writeFileSync(join(dir, 'full.xlsx'), full);
  await soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'csv'), join(dir, 'full.xlsx')]);
  await soffice(['--convert-to', 'fods', '--outdir', join(dir, 'fods'), join(dir, 'full.xlsx')]);
}, 240_000);

const lines = (sheet: string) => parseCsv(readFileSync(join(dir, 'csv', `full-${sheet}.csv`), 'utf8')).map((r) => r.fields);

describe('the workbook template', () => {
  test('the build writes the same bytes every time, for both variants', async () => {
    const again = await generateWorkbookTemplates(model);
    expect(Buffer.from(again[0]!.content as Uint8Array).equals(Buffer.from(full))).toBe(true);
    expect(Buffer.from(again[1]!.content as Uint8Array).equals(Buffer.from(core))).toBe(true);
  });

  test('LibreOffice Calc opens it: instructions, one sheet per table with the expected headings, code lists', () => {
    const sheets = readdirSync(join(dir, 'csv')).map((f) => f.replace(/^full-|\.csv$/g, '')).sort();
    expect(sheets).toEqual([INSTRUCTIONS_SHEET, ...currentLayout.tables.map((t) => t.key), CODELISTS_SHEET].sort());
    for (const table of currentLayout.tables) {
      const [machine, groups, labels, ...data] = lines(table.key);
      expect(machine).toEqual(table.columns.map((c) => c.key));
      expect(labels).toEqual(table.columns.map((c) => `${c.label}${c.required ? ' *' : ''}`));
      expect(groups![0]).toBe(table.columns[0]!.group);
      expect(data).toEqual([]);
    }
    const instructions = lines(INSTRUCTIONS_SHEET).map((r) => r.join(' '));
    expect(instructions[0]).toContain(`version ${currentLayout.version}`);
    expect(instructions.some((l) => /Never enter real names/.test(l))).toBe(true);
    for (const section of currentLayout.sections) expect(instructions).toContainEqual(expect.stringContaining(`${section.title} ${section.table} ${section.sensitivity}`));
  });

  test('drop-downs are list validations LibreOffice reads on every row of the column, over named ranges of the protected code-list sheet', () => {
    const fods = readFileSync(join(dir, 'fods', 'full.fods'), 'utf8');
    expect(fods).toMatch(new RegExp(`<table:table table:name="${CODELISTS_SHEET}"[^>]*table:protected="true"`));
    const conditions = new Map([...fods.matchAll(/<table:content-validation table:name="([^"]+)"([^>]*)>/g)].map((m) => [m[1]!, /table:condition="([^"]*)"/.exec(m[2]!)?.[1]]));
    const ranges = new Map([...fods.matchAll(/<table:named-range table:name="([^"]+)"[^>]*table:cell-range-address="\$codelists\.\$B\$(\d+):\.\$B\$(\d+)"/g)].map((m) => [m[1]!, [Number(m[2]), Number(m[3])]]));
    const codelistRows = lines(CODELISTS_SHEET);
    let checked = 0;
    for (const table of currentLayout.tables) {
      // LibreOffice's view of the sheet: the first data row, repeated down to the last row, and the validation of each of its cells.
      const body = new RegExp(`<table:table table:name="${table.key.replaceAll('.', '\\.')}"[\\s\\S]*?</table:table>`).exec(fods)![0];
      let row = 0;
      let dataRow: { repeated: number; cells: string } | undefined;
      for (const m of body.matchAll(/<table:table-row([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
        const repeated = Number(/table:number-rows-repeated="(\d+)"/.exec(m[1]!)?.[1] ?? 1);
        if (row < HEADER_ROWS + 1 && row + repeated >= HEADER_ROWS + 1) dataRow = { repeated: row + repeated - HEADER_ROWS, cells: m[2] ?? '' };
        row += repeated;
      }
      expect(dataRow!.repeated, table.key).toBeGreaterThanOrEqual(1_048_572);
      const perColumn: (string | undefined)[] = [];
      for (const m of dataRow!.cells.matchAll(/<table:(?:covered-)?table-cell([^>]*?)(?:\/>|>[\s\S]*?<\/table:(?:covered-)?table-cell>)/g)) {
        const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(m[1]!)?.[1] ?? 1);
        const name = /table:content-validation-name="([^"]+)"/.exec(m[1]!)?.[1];
        for (let i = 0; i < repeated && perColumn.length < table.columns.length; i++) perColumn.push(name);
      }
      table.columns.forEach((column, i) => {
        expect(perColumn[i], `${table.key}/${column.key} has a validation`).toBeDefined();
        const list = column.kind === 'boolean' ? YES_NO_LIST : column.codelist;
        if (!list) return;
        const name = listRangeName(list, column.acceptsMissing);
        expect(conditions.get(perColumn[i]!), `${table.key}/${column.key}`).toBe(`of:cell-content-is-in-list(${name})`);
        const [first, last] = ranges.get(name)!;
        const entries = currentLayout.lists.find((l) => l.name === list)!;
        const expected = [...entries.entries.map((e) => (list === YES_NO_LIST ? e.code.toUpperCase() : e.code)), ...(column.acceptsMissing ? currentLayout.missingReasons.map((r) => `(missing: ${r.code})`) : [])];
        expect(codelistRows.slice(first! - 1, last).map((r) => r[1])).toEqual(expected);
        expect(codelistRows.slice(first! - 1, last).every((r) => r[0] === list)).toBe(true);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('every column: one validation over the whole column, help within Excel limits; row 1 hidden, headings frozen', async () => {
    for (const table of currentLayout.tables) {
      const xml = await sheetXml(full, table.key);
      expect(xml).toMatch(/<row r="1"[^>]* hidden="1"/);
      expect(xml).toMatch(new RegExp(`<pane [^>]*ySplit="${HEADER_ROWS}"[^>]*state="frozen"`));
      // One rule per column, over the whole column.
      const bySqref = new Map([...xml.matchAll(/<dataValidation ([^>]*)>/g)].map((m) => [attribute(m[1]!, 'sqref'), m[1]!]));
      const validations = table.columns.map((_, i) => bySqref.get(`${columnLetters(i + 1)}${HEADER_ROWS + 1}:${columnLetters(i + 1)}1048576`)!);
      expect(validations.every((v) => v !== undefined)).toBe(true);
      expect(bySqref.size).toBe(table.columns.length);
      for (const v of validations) {
        expect(attribute(v, 'prompt')!.length).toBeLessThanOrEqual(255);
        expect(attribute(v, 'promptTitle')!.length).toBeLessThanOrEqual(32);
        expect((attribute(v, 'error') ?? '').length).toBeLessThanOrEqual(225);
      }
      table.columns.forEach((column, i) => {
        const type = attribute(validations[i]!, 'type');
        if (column.kind === 'date' && !column.acceptsMissing) expect(type).toBe('date');
        if (column.kind === 'number' && !column.acceptsMissing) expect(type).toBe('decimal');
        if (column.kind === 'integer' && !column.acceptsMissing) expect(type).toBe('whole');
        if ((column.kind === 'date' || column.kind === 'number' || column.kind === 'integer') && column.acceptsMissing) expect(type).toBe('custom');
        if (column.codelist || column.kind === 'boolean') expect(type).toBe('list');
      });
    }
    expect(await sheetXml(full, CODELISTS_SHEET)).toMatch(/<sheetProtection sheet="1"/);
  });

  test('import recognises every sheet and column of both blank templates (and finds no case in them)', async () => {
    for (const [name, bytes] of [['full', full], ['core', core]] as const) {
      const file = join(dir, `blank-${name}.xlsx`);
      writeFileSync(file, bytes);
      const results: ImportedRecord[] = [];
      for await (const r of importWorkbook(file)) results.push(r);
      expect(results.flatMap((r) => r.findings.map((f) => f.code))).toEqual(['no-case']);
    }
  });

  test('the core variant keeps the required and recommended parts: a subset of the full template', async () => {
    const coreTables = coreLayout(currentLayout).tables;
    expect(coreTables.length).toBeLessThan(currentLayout.tables.length);
    for (const table of coreTables) {
      const fullTable = currentLayout.tables.find((t) => t.key === table.key)!;
      expect(fullTable.columns.map((c) => c.key)).toEqual(expect.arrayContaining(table.columns.map((c) => c.key)));
      for (const column of fullTable.columns.filter((c) => c.required && !c.deprecated)) expect(table.columns.map((c) => c.key)).toContain(column.key);
      const xml = await sheetXml(core, table.key);
      expect(xml).toContain(`<row r="1"`);
    }
  });
});

describe('the workbook journey of a caseworker (issue 15)', () => {
  test('the indicator column offers the catalogue as a drop-down, which LibreOffice reads', () => {
    const fods = readFileSync(join(dir, 'fods', 'full.fods'), 'utf8');
    const name = listRangeName(INDICATOR_LIST, false);
    const column = currentLayout.tables.find((t) => t.key === 'indicators')!.columns.find((c) => c.key === 'indicatorId')!;
    expect(column.codelist).toBe(INDICATOR_LIST);
    expect(fods).toContain(`table:condition="of:cell-content-is-in-list(${name})"`);
    const range = new RegExp(`<table:named-range table:name="${name}"[^>]*table:cell-range-address="\\$codelists\\.\\$B\\$(\\d+):\\.\\$B\\$(\\d+)"`).exec(fods)!;
    const offered = lines(CODELISTS_SHEET).slice(Number(range[1]) - 1, Number(range[2])).map((r) => r[1]);
    expect(offered).toEqual(model.indicators.filter((i) => i.status !== 'withdrawn').map((i) => i.id));
    expect(offered.length).toBeGreaterThan(50);
    // Unverified and deprecated indicators say so where they are offered, and every one says whom it describes.
    const rows = lines(CODELISTS_SHEET).slice(Number(range[1]) - 1, Number(range[2]));
    for (const entry of model.indicators.filter((i) => i.status !== 'withdrawn')) {
      const [, , title, description] = rows.find((r) => r[1] === entry.id)!;
      expect(title!.endsWith('(unverified)'), entry.id).toBe(entry.verification === 'unverified');
      expect(title!.includes('deprecated: use'), entry.id).toBe(entry.status === 'deprecated');
      expect(description, entry.id).toMatch(/ Describes: [^.]+\./);
    }
  });

  test('the help a cell shows is never cut in the middle of a word (as LibreOffice reads it)', () => {
    const fods = readFileSync(join(dir, 'fods', 'full.fods'), 'utf8');
    const helps = [...fods.matchAll(/<table:help-message[^>]*>([\s\S]*?)<\/table:help-message>/g)].map((m) => decodeEntities(m[1]!.replace(/<[^>]+>/g, '')).trim());
    expect(helps.length).toBeGreaterThan(100);
    const descriptions = currentLayout.tables.flatMap((t) => t.columns.map((c) => c.description));
    let shortened = 0;
    for (const help of helps) {
      expect(help.length, help).toBeLessThanOrEqual(255);
      const cut = /^\[P\d [^\]]+\] (.*)…/.exec(help);
      if (!cut) continue;
      shortened++;
      // What is shown is the start of a description, ending where a word of it ends.
      const kept = cut[1]!;
      const description = descriptions.find((d) => d.startsWith(kept));
      expect(description, kept).toBeDefined();
      expect(description![kept.length], kept).toMatch(/[\s,;:.–-]/);
    }
    expect(shortened).toBeGreaterThan(0);
    expect(clipAtWord('Payments through several accounts', 20)).toBe('Payments through…');
  });

  test('the instructions send a person to the validator page to check the workbook, and say the record identifier is made for them', () => {
    const instructions = lines(INSTRUCTIONS_SHEET).map((r) => r.join(' '));
    const check = instructions.find((l) => l.startsWith('5. Check it'))!;
    expect(check).toMatch(/Validator page/);
    expect(check).toMatch(/nothing is uploaded/);
    expect(check).toMatch(/htfds import/);
    expect(instructions.find((l) => l.startsWith('1. The case'))).toMatch(/Leave its record identifier empty the first time/);
  });

  test('a core workbook with indicators and no record identifier, saved by LibreOffice, imports as a valid report', async () => {
    const report = JSON.parse(readFileSync('examples/minimal.json', 'utf8')) as Record<string, unknown>;
    delete report.dataQualityNote; // not a column of the core workbook
    const indicator = model.indicators.find((i) => i.status === 'active')!.id;
    report.indicators = [{ id: 'IND-1', indicatorId: indicator, status: currentLayout.lists.find((l) => l.name === 'indicatorStatus')!.entries[0]!.code }];
    // The rows as a person fills them in: no record identifier, and the indicator rows name no case (there is one).
    const layout = coreLayout(currentLayout);
    const rows = flattenReports(layout, [report], new CodeLookup(layout.lists));
    for (const table of layout.tables) {
      const blank = table.columns.map((c, i) => (c.kind === 'case' || (table.parent === undefined && c.key === table.idColumn) ? i : -1)).filter((i) => i >= 0);
      for (const row of rows.get(table.key) ?? []) for (const i of blank) row[i] = undefined;
    }
    expect(layout.tables.find((t) => t.parent === undefined)!.columns.some((c) => c.key === 'indicatorCatalogueVersion')).toBe(false);
    const file = join(dir, 'core-filled.xlsx');
    writeFileSync(file, await writeWorkbook(layout, { variant: 'core', rows }));
    await soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'core-resaved'), file]);
    const back: ImportedRecord[] = [];
    for await (const r of importWorkbook(join(dir, 'core-resaved', 'core-filled.xlsx'))) back.push(r);
    expect(back).toHaveLength(1);
    const checked = validateImported(back[0]!);
    expect(checked.all.map((f) => f.code)).toEqual(['record-id-made']);
    expect(checked.valid).toBe(true);
    expect((checked.record as Record<string, unknown>).indicatorCatalogueVersion).toBe(currentLayout.version);
  }, 120_000);
});

describe('the CSV package template', () => {
  test('datapackage.json describes every table: types, code lists, keys, missing-value tokens; the CSV headers match', () => {
    const files = [...generateCsvTemplates(model)];
    const get = (path: string) => files.find((f) => f.path === `${csvTemplateDir('full')}/${path}`)!.content as string;
    const descriptor = JSON.parse(get('datapackage.json'));
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    for (const table of currentLayout.tables) {
      const resource = descriptor.resources.find((r: { name: string }) => r.name === table.key);
      expect(resource.path).toBe(`${table.key}.csv`);
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(table.columns.map((c) => c.key));
      expect(resource.schema.missingValues).toContain('(missing: unknown)');
      expect(parseCsv(get(`${table.key}.csv`))[0]!.fields).toEqual(table.columns.map((c) => c.key));
      if (table.parent) expect(resource.schema.foreignKeys).toContainEqual({ fields: ['#case'], reference: { resource: 'case', fields: ['recordId'] } });
    }
    const transactions = descriptor.resources.find((r: { name: string }) => r.name === 'transactions').schema;
    expect(transactions.primaryKey).toEqual(['#case', 'id']);
    expect(transactions.fields.find((f: { name: string }) => f.name === 'amount/amount')).toMatchObject({ type: 'number', 'htfds:pointer': '/transactions/*/amount/amount' });
    expect(transactions.fields.find((f: { name: string }) => f.name === 'date')).toMatchObject({ type: 'date' });
    expect(transactions.fields.find((f: { name: string }) => f.name === 'evidenceBasis')).toMatchObject({ type: 'list', delimiter: ';' });
    const identifiers = descriptor.resources.find((r: { name: string }) => r.name === 'persons.identifiers').schema;
    expect(identifiers.foreignKeys).toContainEqual({ fields: ['#case', '#parent'], reference: { resource: 'persons', fields: ['#case', 'id'] } });
    expect(files.some((f) => f.path === `${csvTemplateDir('core')}/datapackage.json`)).toBe(true);
  });
});

describe('a workbook saved again by LibreOffice Calc', () => {
  test('imports as the same reports (LibreOffice stores TRUE and FALSE as formulas; they are read as the constants)', async () => {
    const examples = readdirSync('examples').map((f) => JSON.parse(readFileSync(join('examples', f), 'utf8')) as Record<string, unknown>);
    const awkward: Record<string, unknown> = { ...examples.find((e) => e.recordId === JSON.parse(readFileSync('examples/minimal.json', 'utf8')).recordId)!, recordId: '5b0c1f4e-2a7d-4c3b-9e8f-1d2c3b4a5f6e' };
    awkward.dataQualityNote = 'Synthetic: Ünïcødé – 東京 – العربية 😀 =1+1 _x0041_ \u0001 (none) \'q';
    examples.push(awkward);
    const file = join(dir, 'exported.xlsx');
    writeFileSync(file, await exportWorkbook(examples));
    await soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'resaved'), file]);
    expect(existsSync(join(dir, 'resaved', 'exported.xlsx'))).toBe(true);
    const back: ImportedRecord[] = [];
    for await (const r of importWorkbook(join(dir, 'resaved', 'exported.xlsx'))) back.push(r);
    expect(back.flatMap((r) => r.findings)).toEqual([]);
    expect(back.map((r) => r.record)).toStrictEqual(examples);
  }, 120_000);
});
