/** A table as read from a file (a sheet of a workbook or a CSV file), before its rows become reports. */
import type { Place } from '../io/imported-record.js';

/** A formula cell: never calculated, never taken as a value. */
export interface FormulaCell {
  formula: true;
}
/** A cell holding a spreadsheet error such as #N/A. */
export interface ErrorCell {
  error: true;
}
export type CellValue = string | number | boolean | FormulaCell | ErrorCell;

export interface SourceRow {
  /** Row number of the sheet, or the line of the CSV file the record starts on. */
  at: number;
  /** Cells by column position; undefined for empty cells. */
  cells: (CellValue | undefined)[];
}

export interface SourceTable {
  /** The sheet name or the CSV file name without `.csv`: the table key, if the file follows the template. */
  name: string;
  file: string;
  /** Set for workbooks. */
  sheet?: string;
  /** The machine name of each column, by position (undefined where the header cell is empty). */
  columns: (string | undefined)[];
  /** Where the machine header is: row 1 of a sheet, line 1 of a CSV file. */
  headerAt: number;
  rows: SourceRow[];
  /** Workbooks: the heading rows between the machine names and the data, as found in the sheet. */
  headings?: SourceRow[];
  /** Workbook dates count from 1904 (old Mac workbooks). */
  date1904?: boolean;
}

/** `A`, `B`, … `Z`, `AA`, … for a 1-based column number. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The place of a row of a table, and of one of its cells when `position` is given. */
export function placeIn(table: SourceTable, at: number, position?: number): Place {
  const place: Place = { file: table.file };
  if (table.sheet !== undefined) {
    place.sheet = table.sheet;
    place.row = at;
    if (position !== undefined) place.column = columnLetters(position + 1);
  } else place.line = at;
  if (position !== undefined && table.columns[position] !== undefined) place.field = table.columns[position];
  return place;
}
