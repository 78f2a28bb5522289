/**
 * Filled workbooks as a person or another program makes them: written with ExcelJS's ordinary (non-streaming)
 * writer, with the template's machine header in row 1 and any cell values, formulas and errors included.
 * All data in them is synthetic.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { CodeLookup } from '../../src/tabular/code-lookup.js';
import { currentLayout } from '../../src/tabular/current-layout.js';
import { flattenReports } from '../../src/tabular/flatten.js';
import { headingRows } from '../../src/tabular/xlsx/heading-rows.js';

export type Row = Record<string, ExcelJS.CellValue>;

/** Writes a workbook whose sheets hold the given rows (keys are machine column names), after the template's three header rows. */
export async function writeFilledWorkbook(path: string, sheets: Record<string, Row[]>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    sheet.addRow(keys);
    // The template's heading rows over the columns it has (import checks them); nothing over any other.
    const table = currentLayout.tables.find((t) => t.key === name);
    const headings = table ? headingRows(table) : [];
    const positions = keys.map((k) => table?.columns.findIndex((c) => c.key === k) ?? -1);
    for (let h = 0; h < 2; h++) sheet.addRow(positions.map((i) => (i >= 0 ? (headings[h]![i] ?? null) : null)));
    for (const row of rows) sheet.addRow(keys.map((k) => row[k] ?? null));
  }
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** The rows `htfds export` makes for a report, by table, each row as machine name → cell. */
export function rowsOf(report: unknown): Record<string, Row[]> {
  const flat = flattenReports(currentLayout, [report], new CodeLookup(currentLayout.lists));
  const out: Record<string, Row[]> = {};
  for (const table of currentLayout.tables) {
    const rows = flat.get(table.key) ?? [];
    if (rows.length === 0) continue;
    out[table.key] = rows.map((cells) => Object.fromEntries(table.columns.flatMap((c, i) => (cells[i] === undefined ? [] : [[c.key, cells[i]!]]))));
  }
  return out;
}

/** Changes one sheet of a workbook file as a person would in a spreadsheet program (read, edited and written again). */
export async function editSheet(path: string, name: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  edit(workbook.getWorksheet(name)!);
  await workbook.xlsx.writeFile(path);
}
