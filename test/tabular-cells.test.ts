/** How values are written in cells, and read back: tokens, literal text, lists of values, workbook escapes, CSV. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { joinItems, neutralise, readToken, splitItems, unquote } from '../src/tabular/cell-text.js';
import { formatCsv, formatCsvRow, parseCsv } from '../src/tabular/csv/csv-text.js';
import { decodeXlsxText, encodeXlsxText } from '../src/tabular/xlsx/xlsx-text.js';

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('=cmd', '+1', '-1', '@x', "'a", '', ' ', '(none)', ' (missing: unknown) ', '\t=x', '\r=x'));

describe('cell text', () => {
  test('tokens: (none) and (missing: reason), in any letter case and spacing', () => {
    expect(readToken('(none)')).toEqual({ kind: 'none' });
    expect(readToken('( None )')).toEqual({ kind: 'none' });
    expect(readToken('(missing: notAsked)')).toEqual({ kind: 'missing', reason: 'notAsked' });
    expect(readToken('(MISSING:not asked)')).toEqual({ kind: 'missing', reason: 'not asked' });
    expect(readToken('none')).toBeUndefined();
    expect(readToken('(missing)')).toBeUndefined();
  });

  test('export neutralises text a spreadsheet would run as a formula, and import gives it back', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = neutralise(text);
      expect(cell.startsWith("'")).toBe(true);
      expect(unquote(cell)).toEqual({ text, literal: true });
    }
    expect(neutralise('plain text')).toBe('plain text');
  });

  test('any text survives neutralise → unquote, and a neutralised cell never starts with a formula trigger', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cell = neutralise(text);
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        expect(cell).not.toBe('');
        expect(unquote(cell).text).toBe(text);
        // Text that would read as a token is marked literal.
        if (readToken(text.trim())) expect(unquote(cell).literal).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('lists of values: ; separates, \\ escapes, spaces around values are trimmed unless escaped', () => {
    expect(splitItems('a; b ;c')).toEqual(['a', 'b', 'c']);
    expect(splitItems('a;;b;')).toEqual(['a', 'b']);
    expect(splitItems('a\\;b;c\\\\')).toEqual(['a;b', 'c\\']);
    expect(joinItems([' a', 'b;c', 'd\\'])).toBe('\\ a;b\\;c;d\\\\');
    expect(splitItems(joinItems([' ', '\t x \n', 'y']))).toEqual([' ', '\t x \n', 'y']);
  });

  test('any list of non-empty values survives joinItems → splitItems', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', minLength: 1 }), fc.stringMatching(/^[ \t\n;\\a]+$/)), { maxLength: 6 }), (items) => {
        expect(splitItems(joinItems(items))).toEqual(items);
      }),
      { numRuns: 500 },
    );
  });

  test('workbook text: control characters and carriage returns are escaped as _xHHHH_, literal escapes protected', () => {
    expect(encodeXlsxText('a\u0001b\rc')).toBe('a_x0001_b_x000D_c');
    expect(encodeXlsxText('_x0041_')).toBe('_x005F_x0041_');
    expect(encodeXlsxText('_x005F_x0041_')).toBe('_x005F_x005F_x005F_x0041_');
    expect(decodeXlsxText('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeXlsxText('line_x000D_\nnext')).toBe('line\r\nnext');
  });

  test('any text survives the workbook escape, and the escaped text holds no character XML forbids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^(_x[0-9A-F]{4}_|_|x|[\u0000-\u001f])*$/)), (text) => {
        const encoded = encodeXlsxText(text);
        // eslint-disable-next-line no-control-regex
        expect(/[\u0000-\u0008\u000B-\u000D\u000E-\u001F\uFFFE\uFFFF]/.test(encoded)).toBe(false);
        expect(decodeXlsxText(encoded)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  test('CSV: any table of text survives format → parse, with the line each record starts on', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyText, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = parseCsv(formatCsv(rows));
        expect(parsed.map((r) => r.fields)).toEqual(rows);
        // A record starts after the line ends of the records before it, including those inside quoted values.
        let line = 1;
        parsed.forEach((record, i) => {
          expect(record.line).toBe(line);
          line += formatCsvRow(rows[i]!).split('\n').length;
        });
      }),
      { numRuns: 300 },
    );
  });

  test('CSV read leniently: BOM, LF line ends, semicolon separators, blank lines', () => {
    expect(parseCsv('\uFEFFa;b\n1;"x;y"\n\n2;3\n').map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'x;y']],
      [4, ['2', '3']],
    ]);
  });
});
