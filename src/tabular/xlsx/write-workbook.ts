/**
 * Writes the workbook: the instructions, one sheet per table (a hidden row of machine names, the section
 * and the column titles, then one row per item), and the protected code-list sheet the drop-downs read from.
 * The blank templates of the build and the files `htfds export` fills are written by this one function, with
 * ExcelJS's streaming writer (constant memory per row), and come out byte for byte the same for the same input.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { missingToken } from '../cell-text.js';
import type { FlatTables } from '../flatten.js';
import { YES_NO_LIST, type ColumnLayout, type TableLayout, type TabularLayout } from '../layout.js';
import { columnLetters } from '../source-table.js';
import type { OutCell } from '../write-cell.js';
import { FIXED_DOCUMENT_DATE, normaliseZip } from '../../../generators/zip/normalise-zip.js';
import { HEADER_ROWS, instructionRows, SENSITIVITY_MEANING, type InstructionStyle } from './instructions.js';
import { encodeXlsxText } from './xlsx-text.js';

export const INSTRUCTIONS_SHEET = 'instructions';
export const CODELISTS_SHEET = 'codelists';
const LAST_ROW = 1_048_576;

/** Kinds whose cells are text: formatted as text, so that a spreadsheet never turns 2024-03 or 1-3m into a date. */
const TEXT_KINDS = new Set(['case', 'parent', 'empty', 'id', 'ref', 'refs', 'code', 'codes', 'string', 'strings', 'text', 'uuid', 'hmac', 'yearMonth', 'dateTime']);

const COLOURS = { group: 'FFD9E1F2', label: 'FFEDEDED', required: 'FFFCE4D6', link: 'FFE2EFDA', warning: 'FFC00000', heading: 'FF1F3864' };
const fill = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });

interface WorksheetWriter {
  getColumn(n: number): { width?: number; numFmt?: string; style?: object };
  addRow(values: unknown[]): { commit(): void; hidden: boolean; height?: number; getCell(n: number): { style: object; value: unknown } };
  commit(): void;
  dataValidations: { add(range: string, validation: object): void };
  protect(password: string, options: object): Promise<void>;
  autoFilter?: string;
}

export interface WorkbookOptions {
  variant: 'full' | 'core';
  /** The rows to fill in; none for a blank template. */
  rows?: FlatTables;
}

/** The name of a drop-down list's range: its codes, or its codes followed by the missing-value tokens. */
export const listRangeName = (list: string, withMissing: boolean) => `${withMissing ? 'clm' : 'cl'}_${list}`;

export async function writeWorkbook(layout: TabularLayout, options: WorkbookOptions): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true, zip: { zlib: { level: 6 } } } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  // Fixed dates, in the document properties and (below) in the zip, so that the same content gives the same bytes.
  Object.assign(workbook, { created: FIXED_DOCUMENT_DATE, modified: FIXED_DOCUMENT_DATE, creator: 'HTFDS', lastModifiedBy: 'HTFDS' });

  writeInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET) as unknown as WorksheetWriter, layout, options.variant);
  const openLists = new Set(layout.lists.filter((l) => l.open).map((l) => l.name));
  for (const table of layout.tables) {
    const sheet = workbook.addWorksheet(table.key, { views: [{ state: 'frozen', ySplit: HEADER_ROWS, xSplit: frozenColumns(table), topLeftCell: `${columnLetters(frozenColumns(table) + 1)}${HEADER_ROWS + 1}` }] });
    writeTable(sheet as unknown as WorksheetWriter, table, options.rows?.get(table.key) ?? [], openLists);
  }
  await writeCodelists(workbook, layout);
  await workbook.commit();
  await done;
  const bytes = normaliseZip(Buffer.concat(chunks));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The leading linking and identifier columns stay in view while scrolling sideways. */
function frozenColumns(table: TableLayout): number {
  let n = 0;
  while (n < table.columns.length && (table.columns[n]!.kind === 'case' || table.columns[n]!.kind === 'parent' || table.columns[n]!.key === table.idColumn)) n++;
  return n;
}

/** Widths of the instruction sheet's columns, in characters. */
const INSTRUCTION_WIDTHS = [30, 110, 45];

function writeInstructions(sheet: WorksheetWriter, layout: TabularLayout, variant: 'full' | 'core'): void {
  INSTRUCTION_WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const styles: Record<InstructionStyle, object> = {
    title: { font: { bold: true, size: 14, color: { argb: COLOURS.heading } } },
    warning: { font: { bold: true, color: { argb: COLOURS.warning } }, alignment: { wrapText: true, vertical: 'top' } },
    heading: { font: { bold: true, size: 12, color: { argb: COLOURS.heading } } },
    text: { alignment: { wrapText: true, vertical: 'top' } },
    tableHead: { font: { bold: true }, fill: fill(COLOURS.label) },
    tableRow: { alignment: { wrapText: true, vertical: 'top' } },
  };
  for (const { style, cells } of instructionRows(layout, variant)) {
    if (style === 'heading') sheet.addRow([]).commit();
    const row = sheet.addRow(cells.map(encodeXlsxText));
    cells.forEach((_, i) => (row.getCell(i + 1).style = i === 0 && style === 'text' ? { ...styles.text, font: { bold: true } } : styles[style]));
    // Spreadsheets do not all fit the height of wrapped rows by themselves: give each row room for its longest cell.
    if (style !== 'title') {
      const lines = Math.max(1, ...cells.map((c, i) => Math.ceil(c.length / (INSTRUCTION_WIDTHS[i]! - 4))));
      if (lines > 1) row.height = 15 * lines;
    }
    row.commit();
  }
  sheet.commit();
}

/** The drop-down list a column offers, if any. */
function listOf(column: ColumnLayout): string | undefined {
  return column.kind === 'boolean' ? YES_NO_LIST : column.codelist;
}

function widthOf(column: ColumnLayout): number {
  if (column.kind === 'text' || column.kind === 'strings' || column.kind === 'empty') return 40;
  if (column.kind === 'uuid' || column.kind === 'hmac' || column.kind === 'codes' || column.kind === 'refs') return 30;
  return Math.min(28, Math.max(14, Math.ceil(column.label.length / 2)));
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** The help shown when a cell is selected (Excel allows 255 characters). */
function prompt(column: ColumnLayout): string {
  const notes: string[] = [];
  if (column.required) notes.push('Required.');
  if (column.many) notes.push('Several: separate with ;. None: (none).');
  if (column.acceptsMissing) notes.push(`No answer: ${missingToken('unknown')} or another reason.`);
  if (column.deprecated) notes.push(column.deprecated);
  const tail = ` ${notes.join(' ')}`.trimEnd();
  const head = `[${column.sensitivity} ${SENSITIVITY_MEANING[column.sensitivity]}] `;
  return clip(`${head}${clip(column.description, 255 - head.length - tail.length)}${tail}`, 255);
}

/** Allows a missing-value token as well as what `test` accepts, in a custom validation formula. */
const orMissing = (column: ColumnLayout, test: string, cell: string) => (column.acceptsMissing ? `OR(${test},LEFT(${cell},9)="(missing:")` : test);

function validationOf(column: ColumnLayout, cell: string, openLists: ReadonlySet<string>): object {
  const help = { showInputMessage: true, promptTitle: clip(column.label, 32), prompt: prompt(column) };
  const stop = (error: string) => ({ ...help, allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: clip(column.label, 32), error: clip(error, 225) });
  const list = listOf(column);
  if (list) {
    return {
      ...stop(column.many ? 'Choose from the list; for several, separate the codes with ;.' : openLists.has(list) ? 'Choose from the list, or keep a code that is not in it yet.' : 'Choose from the list.'),
      type: 'list',
      formulae: [listRangeName(list, column.acceptsMissing)],
      // Several codes in one cell, and codes outside an open list, are allowed after a warning.
      ...(column.many || openLists.has(list) ? { errorStyle: 'warning' } : {}),
    };
  }
  const min = column.minimum ?? 0;
  switch (column.kind) {
    case 'date':
      return column.acceptsMissing
        ? { ...stop('Enter a date (YYYY-MM-DD) or a missing-value reason such as (missing: unknown).'), type: 'custom', formulae: [orMissing(column, `ISNUMBER(${cell})`, cell)] }
        : { ...stop('Enter a date, YYYY-MM-DD.'), type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
    case 'number':
      return column.acceptsMissing
        ? { ...stop(`Enter a number of at least ${min}, or a missing-value reason such as (missing: unknown).`), type: 'custom', formulae: [orMissing(column, `AND(ISNUMBER(${cell}),${cell}>=${min})`, cell)] }
        : { ...stop(`Enter a number of at least ${min}.`), type: 'decimal', operator: 'greaterThanOrEqual', formulae: [min] };
    case 'integer':
      return column.acceptsMissing
        ? { ...stop(`Enter a whole number of at least ${min}, or a missing-value reason such as (missing: unknown).`), type: 'custom', formulae: [orMissing(column, `AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=${min})`, cell)] }
        : { ...stop(`Enter a whole number of at least ${min}.`), type: 'whole', operator: 'greaterThanOrEqual', formulae: [min] };
    default:
      if (column.maxLength !== undefined && !column.acceptsMissing && !column.many) {
        return { ...stop(`At most ${column.maxLength} characters.`), type: 'textLength', operator: 'lessThanOrEqual', formulae: [column.maxLength] };
      }
      return { ...help, type: 'any' };
  }
}

function writeTable(sheet: WorksheetWriter, table: TableLayout, rows: readonly OutCell[][], openLists: ReadonlySet<string>): void {
  table.columns.forEach((column, i) => {
    const c = sheet.getColumn(i + 1);
    c.width = widthOf(column);
    if (TEXT_KINDS.has(column.kind)) c.numFmt = '@';
    else if (column.kind === 'date') c.numFmt = 'yyyy-mm-dd';
  });
  const machine = sheet.addRow(table.columns.map((c) => c.key));
  machine.hidden = true;
  machine.commit();
  const groups = sheet.addRow(table.columns.map((c, i) => (i === 0 || table.columns[i - 1]!.group !== c.group ? c.group : null)));
  table.columns.forEach((_, i) => (groups.getCell(i + 1).style = { font: { bold: true }, fill: fill(COLOURS.group) }));
  groups.commit();
  const labels = sheet.addRow(table.columns.map((c) => `${c.label}${c.required ? ' *' : ''}`));
  labels.height = 45;
  table.columns.forEach((column, i) => {
    const colour = column.required ? COLOURS.required : column.pointer.length === 0 ? COLOURS.link : COLOURS.label;
    labels.getCell(i + 1).style = { font: { bold: true }, fill: fill(colour), alignment: { wrapText: true, vertical: 'top' }, border: { bottom: { style: 'thin' } } };
  });
  labels.commit();
  for (const cells of rows) {
    const row = sheet.addRow(cells.map((cell, i) => cellValue(table.columns[i]!, cell)));
    row.commit();
  }
  table.columns.forEach((column, i) => {
    const col = columnLetters(i + 1);
    sheet.dataValidations.add(`${col}${HEADER_ROWS + 1}:${col}${LAST_ROW}`, validationOf(column, `${col}${HEADER_ROWS + 1}`, openLists));
  });
  sheet.commit();
}

/** Dates a spreadsheet shows correctly as dates (from 1 March 1900, before which Excel's calendar is off). */
function asDate(text: string): Date | undefined {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== text || text < '1900-03-01') return undefined;
  return date;
}

function cellValue(column: ColumnLayout, cell: OutCell): unknown {
  if (cell === undefined) return null;
  if (typeof cell !== 'string') return cell;
  if (column.kind === 'date') {
    const date = asDate(cell);
    if (date) return date;
  }
  return encodeXlsxText(cell);
}

async function writeCodelists(workbook: { addWorksheet(name: string, options?: object): unknown; definedNames: { add(range: string, name: string): void } }, layout: TabularLayout): Promise<void> {
  const sheet = workbook.addWorksheet(CODELISTS_SHEET, { views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2' }] }) as unknown as WorksheetWriter;
  [24, 34, 40, 90].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
    sheet.getColumn(i + 1).numFmt = '@';
  });
  const head = sheet.addRow(['list', 'code', 'title', 'description']);
  head.getCell(1).style = head.getCell(2).style = head.getCell(3).style = head.getCell(4).style = { font: { bold: true }, fill: fill(COLOURS.label) };
  head.commit();
  let at = 2;
  for (const list of layout.lists) {
    const first = at;
    for (const entry of list.entries) {
      // Yes and no as the text TRUE and FALSE: a spreadsheet may keep what is chosen as text or turn it into a
      // yes/no value, and import reads both (a real TRUE cell under the text format would be entered as 1).
      const code = list.name === YES_NO_LIST ? entry.code.toUpperCase() : encodeXlsxText(entry.code);
      sheet.addRow([list.name, code, encodeXlsxText(entry.title), encodeXlsxText(entry.description)]).commit();
      at++;
    }
    workbook.definedNames.add(`${CODELISTS_SHEET}!$B$${first}:$B$${at - 1}`, listRangeName(list.name, false));
    if (list.withMissing) {
      for (const reason of layout.missingReasons) {
        sheet.addRow([list.name, missingToken(reason.code), `Missing: ${reason.title.toLowerCase()}`, encodeXlsxText(reason.description)]).commit();
        at++;
      }
      workbook.definedNames.add(`${CODELISTS_SHEET}!$B$${first}:$B$${at - 1}`, listRangeName(list.name, true));
    }
  }
  sheet.autoFilter = `A1:D${at - 1}`;
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, autoFilter: true, sort: true });
  sheet.commit();
}
