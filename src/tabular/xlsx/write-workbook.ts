/**
 * Writes the workbook: the instructions, one sheet per table (a hidden row of machine names, the section
 * and the column titles, then one row per item), and the protected code-list sheet the drop-downs read from.
 * The blank templates of the build and the files `htfds export` fills are written by this one function, with
 * the project's own small writer (xlsx-writer.ts), and come out byte for byte the same for the same input.
 */
import { missingToken } from '../cell-text.js';
import type { FlatTables } from '../flatten.js';
import { YES_NO_LIST, type ColumnLayout, type TableLayout, type TabularLayout } from '../layout.js';
import { columnLetters } from '../source-table.js';
import type { OutCell } from '../write-cell.js';
import { headingRows } from './heading-rows.js';
import { CODELISTS_SHEET, HEADER_ROWS, INSTRUCTIONS_SHEET, instructionRows, SENSITIVITY_MEANING, type InstructionStyle } from './instructions.js';
import { encodeXlsxText } from './xlsx-text.js';
import { writeXlsx, type CellStyle, type CellValue, type DataValidation, type RowSpec, type SheetSpec } from './xlsx-writer.js';

export { CODELISTS_SHEET, INSTRUCTIONS_SHEET };
const LAST_ROW = 1_048_576;

/** Kinds whose cells are text: formatted as text, so that a spreadsheet never turns 2024-03 or 1-3m into a date. */
const TEXT_KINDS = new Set(['case', 'parent', 'empty', 'id', 'ref', 'refs', 'code', 'codes', 'string', 'strings', 'text', 'uuid', 'hmac', 'yearMonth', 'dateTime']);

const COLOURS = { group: 'FFD9E1F2', label: 'FFEDEDED', required: 'FFFCE4D6', link: 'FFE2EFDA', warning: 'FFC00000', heading: 'FF1F3864' };

export interface WorkbookOptions {
  variant: 'full' | 'core';
  /** The rows to fill in; none for a blank template. */
  rows?: FlatTables;
}

/** The name of a drop-down list's range: its codes, or its codes followed by the missing-value tokens. */
export const listRangeName = (list: string, withMissing: boolean) => `${withMissing ? 'clm' : 'cl'}_${list}`;

export async function writeWorkbook(layout: TabularLayout, options: WorkbookOptions): Promise<Uint8Array> {
  const openLists = new Set(layout.lists.filter((l) => l.open).map((l) => l.name));
  const codelists = codelistSheet(layout);
  return writeXlsx({
    creator: 'HTFDS',
    sheets: [
      instructionSheet(layout, options.variant),
      ...layout.tables.map((table) => tableSheet(table, options.rows?.get(table.key) ?? [], openLists)),
      codelists.sheet,
    ],
    definedNames: codelists.names,
  });
}

/** The leading linking and identifier columns stay in view while scrolling sideways. */
function frozenColumns(table: TableLayout): number {
  let n = 0;
  while (n < table.columns.length && (table.columns[n]!.kind === 'case' || table.columns[n]!.kind === 'parent' || table.columns[n]!.key === table.idColumn)) n++;
  return n;
}

/** Widths of the instruction sheet's columns, in characters. */
const INSTRUCTION_WIDTHS = [30, 110, 45];

function instructionSheet(layout: TabularLayout, variant: 'full' | 'core'): SheetSpec {
  const text: CellStyle = { wrap: true, alignTop: true };
  const styles: Record<InstructionStyle, CellStyle> = {
    title: { bold: true, size: 14, color: COLOURS.heading },
    warning: { bold: true, color: COLOURS.warning, wrap: true, alignTop: true },
    heading: { bold: true, size: 12, color: COLOURS.heading },
    text,
    tableHead: { bold: true, fill: COLOURS.label },
    tableRow: text,
  };
  const rows: RowSpec[] = [];
  for (const { style, cells } of instructionRows(layout, variant)) {
    if (style === 'heading') rows.push({ cells: [] });
    // Spreadsheets do not all fit the height of wrapped rows by themselves: give each row room for its longest cell.
    const lines = style === 'title' ? 1 : Math.max(1, ...cells.map((c, i) => Math.ceil(c.length / (INSTRUCTION_WIDTHS[i]! - 4))));
    rows.push({
      cells: cells.map(encodeXlsxText),
      styles: cells.map((_, i) => (i === 0 && style === 'text' ? { ...text, bold: true } : styles[style])),
      ...(lines > 1 ? { height: 15 * lines } : {}),
    });
  }
  return { name: INSTRUCTIONS_SHEET, columns: INSTRUCTION_WIDTHS.map((width) => ({ width })), rows };
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

/**
 * Text shortened to at most `n` characters at the end of a word, with an ellipsis; the whole text is in the
 * field's page of the documentation. A single word longer than `n` is cut, as nothing else would fit.
 */
export function clipAtWord(s: string, n: number): string {
  if (s.length <= n) return s;
  const room = s.slice(0, n); // the ellipsis takes the place of the space before the cut
  const end = room.lastIndexOf(' ');
  return end > 0 ? `${room.slice(0, end).replace(/[\s,;:–-]+$/, '')}…` : clip(s, n);
}

/** The help shown when a cell is selected (Excel allows 255 characters). */
function prompt(column: ColumnLayout): string {
  const notes: string[] = [];
  if (column.required) notes.push('Required.');
  if (column.many) notes.push('Several: separate with ;. None: (none).');
  if (column.acceptsMissing) notes.push(`No answer: ${missingToken('unknown')} or another reason.`);
  if (column.deprecated) notes.push(column.deprecated);
  const tail = ` ${notes.join(' ')}`.trimEnd();
  const head = `[${column.sensitivity} ${SENSITIVITY_MEANING[column.sensitivity]}] `;
  return clipAtWord(`${head}${clipAtWord(column.description, 255 - head.length - tail.length)}${tail}`, 255);
}

/** Allows a missing-value token as well as what `test` accepts, in a custom validation formula. */
const orMissing = (column: ColumnLayout, test: string, cell: string) => (column.acceptsMissing ? `OR(${test},LEFT(${cell},9)="(missing:")` : test);

function validationOf(column: ColumnLayout, cell: string, openLists: ReadonlySet<string>): Omit<DataValidation, 'sqref'> {
  const help = { promptTitle: clip(column.label, 32), prompt: prompt(column) };
  const stop = (error: string) => ({ ...help, allowBlank: true, errorStyle: 'stop' as const, errorTitle: clip(column.label, 32), error: clip(error, 225) });
  const list = listOf(column);
  if (list) {
    return {
      ...stop(column.many ? 'Choose from the list; for several, separate the codes with ;.' : openLists.has(list) ? 'Choose from the list, or keep a code that is not in it yet.' : 'Choose from the list.'),
      type: 'list',
      formula: listRangeName(list, column.acceptsMissing),
      // Several codes in one cell, and codes outside an open list, are allowed after a warning.
      ...(column.many || openLists.has(list) ? { errorStyle: 'warning' as const } : {}),
    };
  }
  const min = column.minimum ?? 0;
  switch (column.kind) {
    case 'date':
      return column.acceptsMissing
        ? { ...stop('Enter a date (YYYY-MM-DD) or a missing-value reason such as (missing: unknown).'), type: 'custom', formula: orMissing(column, `ISNUMBER(${cell})`, cell) }
        : { ...stop('Enter a date, YYYY-MM-DD.'), type: 'date', operator: 'greaterThan', formula: new Date(Date.UTC(1900, 0, 1)) };
    case 'number':
      return column.acceptsMissing
        ? { ...stop(`Enter a number of at least ${min}, or a missing-value reason such as (missing: unknown).`), type: 'custom', formula: orMissing(column, `AND(ISNUMBER(${cell}),${cell}>=${min})`, cell) }
        : { ...stop(`Enter a number of at least ${min}.`), type: 'decimal', operator: 'greaterThanOrEqual', formula: min };
    case 'integer':
      return column.acceptsMissing
        ? { ...stop(`Enter a whole number of at least ${min}, or a missing-value reason such as (missing: unknown).`), type: 'custom', formula: orMissing(column, `AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=${min})`, cell) }
        : { ...stop(`Enter a whole number of at least ${min}.`), type: 'whole', operator: 'greaterThanOrEqual', formula: min };
    default:
      if (column.maxLength !== undefined && !column.acceptsMissing && !column.many) {
        return { ...stop(`At most ${column.maxLength} characters.`), type: 'textLength', operator: 'lessThanOrEqual', formula: column.maxLength };
      }
      return { ...help, type: 'any' };
  }
}

function tableSheet(table: TableLayout, rows: readonly OutCell[][], openLists: ReadonlySet<string>): SheetSpec {
  const columns = table.columns.map((column) => ({
    width: widthOf(column),
    ...(TEXT_KINDS.has(column.kind) ? { style: { numFmt: '@' } } : column.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  const groupStyle: CellStyle = { bold: true, fill: COLOURS.group };
  const labelStyle = (column: ColumnLayout): CellStyle => ({ bold: true, fill: column.required ? COLOURS.required : column.pointer.length === 0 ? COLOURS.link : COLOURS.label, wrap: true, alignTop: true, borderBottom: true });
  function* body(): Generator<RowSpec> {
    yield { cells: table.columns.map((c) => c.key), hidden: true };
    const [sections, titles] = headingRows(table);
    yield { cells: sections!, styles: table.columns.map(() => groupStyle) };
    yield { cells: titles!, styles: table.columns.map(labelStyle), height: 45 };
    for (const cells of rows) yield { cells: cells.map((cell, i) => cellValue(table.columns[i]!, cell)) };
  }
  const frozen = frozenColumns(table);
  return {
    name: table.key,
    columns,
    rows: body(),
    frozen: { rows: HEADER_ROWS, columns: frozen },
    validations: table.columns.map((column, i) => {
      const col = columnLetters(i + 1);
      return { sqref: `${col}${HEADER_ROWS + 1}:${col}${LAST_ROW}`, ...validationOf(column, `${col}${HEADER_ROWS + 1}`, openLists) };
    }),
  };
}

/** Dates a spreadsheet shows correctly as dates (from 1 March 1900, before which Excel's calendar is off). */
function asDate(text: string): Date | undefined {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== text || text < '1900-03-01') return undefined;
  return date;
}

function cellValue(column: ColumnLayout, cell: OutCell): CellValue {
  if (cell === undefined) return null;
  if (typeof cell !== 'string') return cell;
  if (column.kind === 'date') {
    const date = asDate(cell);
    if (date) return date;
  }
  return encodeXlsxText(cell);
}

/** The code-list sheet the drop-downs read, and the named ranges they read it through. */
function codelistSheet(layout: TabularLayout): { sheet: SheetSpec; names: { name: string; ref: string }[] } {
  const names: { name: string; ref: string }[] = [];
  const head: CellStyle = { bold: true, fill: COLOURS.label };
  const rows: RowSpec[] = [{ cells: ['list', 'code', 'title', 'description'], styles: [head, head, head, head] }];
  for (const list of layout.lists) {
    const first = rows.length + 1;
    for (const entry of list.entries) {
      // Yes and no as the text TRUE and FALSE: a spreadsheet may keep what is chosen as text or turn it into a
      // yes/no value, and import reads both (a real TRUE cell under the text format would be entered as 1).
      const code = list.name === YES_NO_LIST ? entry.code.toUpperCase() : encodeXlsxText(entry.code);
      rows.push({ cells: [list.name, code, encodeXlsxText(entry.title), encodeXlsxText(entry.description)] });
    }
    names.push({ name: listRangeName(list.name, false), ref: `${CODELISTS_SHEET}!$B$${first}:$B$${rows.length}` });
    if (list.withMissing) {
      for (const reason of layout.missingReasons) rows.push({ cells: [list.name, missingToken(reason.code), `Missing: ${reason.title.toLowerCase()}`, encodeXlsxText(reason.description)] });
      names.push({ name: listRangeName(list.name, true), ref: `${CODELISTS_SHEET}!$B$${first}:$B$${rows.length}` });
    }
  }
  return {
    sheet: { name: CODELISTS_SHEET, columns: [24, 34, 40, 90].map((width) => ({ width, style: { numFmt: '@' } })), rows, frozen: { rows: 1 }, autoFilter: `A1:D${rows.length}`, protect: true },
    names,
  };
}
