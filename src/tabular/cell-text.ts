/**
 * How values are written as cell text, the same in workbooks and CSV files, so that every value reads back
 * exactly:
 * - `(missing: notAsked)` stands for a missing value, `(none)` for an empty list; an empty cell for no answer.
 * - Several values in one cell are separated by `;`. Inside a value, `\;` is a semicolon, `\\` a backslash,
 *   and a backslash before a space keeps a space at either end (unescaped spaces around values are trimmed).
 * - A leading apostrophe makes the rest of the cell literal text. Export puts one before any text that starts
 *   with `=`, `+`, `-`, `@`, a tab, a carriage return or an apostrophe, so that no spreadsheet ever treats an
 *   exported value as a formula (formula injection); before text that would read as one of the tokens above;
 *   and alone for empty text. Import takes one leading apostrophe away.
 */

export const NONE_TOKEN = '(none)';
export const missingToken = (reason: string) => `(missing: ${reason})`;

const TOKEN = /^\(\s*(?:(none)|missing\s*:\s*([^()]*?))\s*\)$/i;
const NEEDS_QUOTE = /^['=+\-@\t\r]/;

export type Token = { kind: 'none' } | { kind: 'missing'; reason: string };

/** Reads a token from trimmed cell text; `reason` is the text after `missing:` as written. */
export function readToken(text: string): Token | undefined {
  const m = TOKEN.exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? { kind: 'none' } : { kind: 'missing', reason: m[2]! };
}

/** Text safe to put in a cell: quoted when it could run as a formula, read as a token, or is empty. */
export function neutralise(text: string): string {
  return text === '' || NEEDS_QUOTE.test(text) || TOKEN.test(text.trim()) ? `'${text}` : text;
}

/** Undoes `neutralise`: text after a leading apostrophe is literal. */
export function unquote(raw: string): { text: string; literal: boolean } {
  return raw.startsWith("'") ? { text: raw.slice(1), literal: true } : { text: raw, literal: false };
}

const isSpace = (c: string) => /\s/.test(c);

/** One value of a structured cell, escaped so that `splitItems` gives it back whole. */
export function escapeItem(item: string): string {
  const chars = [...item];
  let lead = 0;
  while (lead < chars.length && isSpace(chars[lead]!)) lead++;
  let trail = chars.length;
  while (trail > lead && isSpace(chars[trail - 1]!)) trail--;
  // Escape the separators, the escape character, and whitespace at either end so that trimming keeps it.
  return chars.map((c, i) => (c === '\\' || c === ';' || i < lead || i >= trail ? `\\${c}` : c)).join('');
}

export function joinItems(items: readonly string[]): string {
  return items.map(escapeItem).join(';');
}

/** Splits cell text into values at unescaped `;`, trimming unescaped whitespace; empty values are dropped. */
export function splitItems(text: string): string[] {
  // Most cells hold one plain value.
  if (!text.includes(';') && !text.includes('\\')) {
    const t = text.trim();
    return t === '' ? [] : [t];
  }
  const items: string[] = [];
  let chars: string[] = [];
  let escaped: boolean[] = [];
  const all = [...text, ';'];
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c === '\\' && i + 1 < all.length - 1) {
      chars.push(all[++i]!);
      escaped.push(true);
    } else if (c === ';') {
      let start = 0;
      let end = chars.length;
      while (start < end && !escaped[start] && isSpace(chars[start]!)) start++;
      while (end > start && !escaped[end - 1] && isSpace(chars[end - 1]!)) end--;
      if (end > start) items.push(chars.slice(start, end).join(''));
      chars = [];
      escaped = [];
    } else {
      chars.push(c);
      escaped.push(false);
    }
  }
  return items;
}
