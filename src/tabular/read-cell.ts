/**
 * One cell → one value, by the kind of its column: the inverse of write-cell.ts. Cells are read as values,
 * never as formulas; a problem names the column by its heading and never repeats what the cell holds.
 */
import { readToken, splitItems, unquote } from './cell-text.js';
import type { CodeLookup } from './code-lookup.js';
import type { ColumnLayout, ListEntry } from './layout.js';
import type { CellValue } from './source-table.js';
import type { FindingCode } from '../validate/finding.js';

export interface CellProblem {
  code: FindingCode;
  message: string;
  hint: string;
}

/**
 * The value, or a problem; with a problem, `kept` is what the cell holds as written (its text, number or
 * yes/no; a missing-value token as the missing value it names), so that nothing typed is lost from the report
 * and validation can judge it. Formulas and error cells keep nothing.
 */
export type CellResult = { value: unknown } | { problem: CellProblem; kept?: unknown };

export interface CellContext {
  lookup: CodeLookup;
  missingReasons: readonly ListEntry[];
  /** Workbook date serials count from 1904. */
  date1904?: boolean;
}

const FREE_TEXT = new Set(['string', 'text']);
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const MONTH = /^[0-9]{4}-[0-9]{2}$/;
const DAY_MS = 86_400_000;

const quoted = (column: ColumnLayout) => `“${column.label}”`;
const problem = (code: FindingCode, message: string, hint: string): CellResult => ({ problem: { code, message, hint } });

/** A workbook date serial as YYYY-MM-DD, or undefined when it also holds a time of day. */
export function serialToDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isInteger(serial)) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + serial * DAY_MS).toISOString().slice(0, 10);
}

/** The value of a non-empty cell in `column`. */
export function readCell(column: ColumnLayout, cell: CellValue, context: CellContext): CellResult {
  const result = readCellValue(column, cell, context);
  if ('problem' in result && result.kept === undefined && typeof cell !== 'object') return { ...result, kept: typeof cell === 'string' ? unquote(cell).text : cell };
  return result;
}

function readCellValue(column: ColumnLayout, cell: CellValue, context: CellContext): CellResult {
  if (typeof cell === 'object') {
    return 'formula' in cell
      ? problem('cell-formula', `${quoted(column)} holds a formula. Formulas are never calculated on import, so nothing was taken from this cell.`, 'Type the value itself, or copy the cells and paste them as values only.')
      : problem('cell-error', `${quoted(column)} holds a spreadsheet error value such as #N/A or #REF!.`, 'Replace it with the value, or empty the cell.');
  }
  if (typeof cell === 'number') return readNumberCell(column, cell, context);
  if (typeof cell === 'boolean') {
    if (column.kind === 'boolean') return { value: cell };
    return readText(column, cell ? 'TRUE' : 'FALSE', false, context);
  }
  const { text, literal } = unquote(cell);
  return readText(column, text, literal, context);
}

function readNumberCell(column: ColumnLayout, n: number, context: CellContext): CellResult {
  switch (column.kind) {
    case 'number':
    case 'integer':
      return { value: n };
    case 'date': {
      const date = serialToDate(n, context.date1904);
      return date ? { value: date } : problem('date-has-time', `${quoted(column)} holds a time of day as well as a date.`, 'Give the date only, for example 2024-03-31.');
    }
    case 'yearMonth': {
      // A month typed into a cell the spreadsheet formats as a date becomes the first day of that month.
      const date = serialToDate(n, context.date1904);
      return date?.endsWith('-01') ? { value: date.slice(0, 7) } : problem('month-format', `${quoted(column)} must be a month written YYYY-MM.`, 'For example 2024-03; format the column as text so that the spreadsheet keeps it as you type it.');
    }
    case 'boolean':
      return problem('not-yes-no', `${quoted(column)} must be yes or no.`, 'Write TRUE or FALSE (yes and no are accepted too), or choose from the list.');
    default:
      return readText(column, String(n), false, context);
  }
}

function readText(column: ColumnLayout, text: string, literal: boolean, context: CellContext): CellResult {
  if (!literal) {
    const token = readToken(text.trim());
    if (token?.kind === 'none') {
      return column.many ? { value: [] } : problem('none-not-a-list', `${quoted(column)} takes one value, so (none) does not apply.`, 'Leave the cell empty when there is nothing to record, or give a missing-value reason such as (missing: unknown).');
    }
    if (token?.kind === 'missing') {
      const fold = (s: string) => s.replace(/\s+/g, '').toLowerCase();
      const reason = context.missingReasons.find((r) => fold(r.code) === fold(token.reason) || fold(r.title) === fold(token.reason));
      if (!reason) {
        return problem('missing-reason-unknown', `The reason given in ${quoted(column)} is not one of the missing-value reasons.`, `Write one of ${context.missingReasons.map((r) => `(missing: ${r.code})`).join(', ')}.`);
      }
      if (!column.acceptsMissing) return { ...problem('missing-not-accepted', `${quoted(column)} takes no missing value.`, 'Give an answer, or leave the cell empty.'), kept: { missing: reason.code } };
      return { value: { missing: reason.code } };
    }
  }
  if (FREE_TEXT.has(column.kind) && !column.many) return { value: text };
  // Text marked literal (a leading apostrophe) stays text, even where a number or yes/no belongs.
  if (literal && (column.kind === 'number' || column.kind === 'integer' || column.kind === 'boolean')) return { value: text };
  switch (column.kind) {
    case 'boolean': {
      const word = text.trim().toLowerCase();
      if (word === 'true' || word === 'yes') return { value: true };
      if (word === 'false' || word === 'no') return { value: false };
      return problem('not-yes-no', `${quoted(column)} must be yes or no.`, 'Write TRUE or FALSE (yes and no are accepted too), or choose from the list.');
    }
    case 'number':
    case 'integer': {
      const t = text.trim();
      if (NUMBER.test(t)) return { value: Number(t) };
      return problem('not-a-number', `${quoted(column)} must be a number.`, 'Write digits only, with a dot for decimals and no thousands separators, spaces or currency signs, for example 1250.50.');
    }
    case 'date': {
      const t = text.trim();
      return DATE.test(t) ? { value: t } : problem('date-format', `${quoted(column)} must be a date written YYYY-MM-DD.`, 'For example 2024-03-31, or a date the spreadsheet recognises as one.');
    }
    case 'yearMonth': {
      const t = text.trim();
      return MONTH.test(t) ? { value: t } : problem('month-format', `${quoted(column)} must be a month written YYYY-MM.`, 'For example 2024-03.');
    }
    default:
      return readItems(column, text, literal, context);
  }
}

function readItems(column: ColumnLayout, text: string, literal: boolean, context: CellContext): CellResult {
  const items = splitItems(text);
  if (items.length === 0) return problem('no-value', `${quoted(column)} holds only separators or spaces.`, 'Write a value, or empty the cell.');
  if (!column.many && items.length > 1) {
    return problem('several-values', `${quoted(column)} takes one value, and the cell holds several separated by ;.`, 'Keep one value. A semicolon that is part of a value is written \\;.');
  }
  let values = items;
  // Text marked literal (a leading apostrophe) is taken exactly as written: no label is mapped to a code.
  if (column.codelist && !literal) {
    values = [];
    for (const item of items) {
      const resolved = context.lookup.resolve(column.codelist, item);
      if ('ambiguous' in resolved) {
        return problem('label-ambiguous', `A label in ${quoted(column)} fits several codes: ${resolved.ambiguous.join(', ')}.`, 'Write the code itself instead of its label.');
      }
      values.push(resolved.code);
    }
  }
  return { value: column.many ? values : values[0] };
}
