/**
 * Text in workbook cells as the file format stores it (ST_Xstring): characters XML cannot hold (most control
 * characters), and a carriage return that XML would turn into a line feed, are written `_xHHHH_`, and a
 * literal `_xHHHH_` in the text is protected as `_x005F_xHHHH_`. Excel reads and writes text this way;
 * without it those characters could not be written at all.
 */

// Every underscore that starts an escape-like sequence, overlapping ones included (`_x005F_x0041_`).
const ESCAPE_START = /_(?=x[0-9A-Fa-f]{4}_)/g;
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u000D\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

export function encodeXlsxText(text: string): string {
  return text.replace(ESCAPE_START, '_x005F_').replace(UNSAFE, (c) => `_x${hex4(c.charCodeAt(0))}_`);
}

export function decodeXlsxText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : text;
}
