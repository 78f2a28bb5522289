/** One value → one cell, by the kind of its column: the inverse of read-cell.ts (see cell-text.ts for the rules). */
import { joinItems, escapeItem, missingToken, neutralise, NONE_TOKEN } from './cell-text.js';
import type { CodeLookup } from './code-lookup.js';
import type { ColumnLayout } from './layout.js';

/** What export puts in a cell: text, a number or a yes/no; undefined for an empty cell. */
export type OutCell = string | number | boolean | undefined;

const FREE_TEXT = new Set(['string', 'text']);

export function isMissingValue(value: unknown): value is { missing: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { missing?: unknown }).missing === 'string';
}

/** Text that must read back exactly as written: marked literal when a label lookup would change it. */
const literal = (text: string, force: boolean) => (force ? `'${text}` : neutralise(text));

export function writeCell(column: ColumnLayout, value: unknown, lookup: CodeLookup): OutCell {
  if (value === undefined) return undefined;
  if (isMissingValue(value)) return missingToken(value.missing);
  if (column.many) {
    if (!Array.isArray(value)) return typeof value === 'string' ? literal(escapeItem(value), true) : String(value);
    if (value.length === 0) return NONE_TOKEN;
    const items = value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    const list = column.codelist;
    return literal(joinItems(items), list !== undefined && items.some((i) => lookup.wouldChange(list, i)));
  }
  if (typeof value === 'boolean') return column.kind === 'boolean' ? value : String(value);
  if (typeof value === 'number') return column.kind === 'number' || column.kind === 'integer' ? value : String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  // Text where a number or yes/no belongs is kept as text: marked literal, so that import does not convert it.
  if (column.kind === 'number' || column.kind === 'integer' || column.kind === 'boolean') return `'${value}`;
  if (FREE_TEXT.has(column.kind)) return neutralise(value);
  const list = column.codelist;
  return literal(escapeItem(value), list !== undefined && lookup.wouldChange(list, value));
}
