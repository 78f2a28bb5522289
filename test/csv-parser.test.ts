/** The CSV reader: the same records whether the text comes whole or in chunks of any size, each placed by line and byte. */
import { describe, expect, test } from 'vitest';
import { CsvParser, CsvSyntaxError, parseCsv } from '../src/tabular/csv/csv-text.js';

const CASES: [string, string, [number, string[]][]][] = [
  ['CRLF', 'a,b\r\n1,2\r\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
  ['semicolons, quotes, escaped quotes, a blank line, no final line end', 'a;b\n"x;y";"q""r"\n\n3;4', [[1, ['a', 'b']], [2, ['x;y', 'q"r']], [4, ['3', '4']]]],
  ['a byte-order mark and a value over two lines', '\ufeffa,b\n"multi\nline",2\n', [[1, ['a', 'b']], [2, ['multi\nline', '2']]]],
  ['tabs and an empty last value', 'a\tb\n1\t\n', [[1, ['a', 'b']], [2, ['1', '']]]],
  ['a lone CR after a quoted value', 'a,b\r\n"1"\r', [[1, ['a', 'b']], [2, ['1']]]],
  ['non-ASCII text', 'näme,€\nçé,"日本"\n', [[1, ['näme', '€']], [2, ['çé', '日本']]]],
];

/** The records of `text` fed `size` characters at a time. */
function chunked(text: string, size: number, options = {}) {
  const parser = new CsvParser(options);
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
  return [...out, ...parser.end()];
}

describe('CsvParser', () => {
  test.each(CASES)('%s', (_what, text, expected) => {
    expect(parseCsv(text).map((r) => [r.line, r.fields])).toEqual(expected);
    for (const size of [1, 2, 3, 7]) expect(chunked(text, size).map((r) => [r.line, r.fields])).toEqual(expected);
    // Each record's byte offset is where it starts in the UTF-8 file: reading from there gives the record again.
    const bytes = Buffer.from(text);
    for (const size of [1, 5, text.length]) {
      for (const record of chunked(text, size, { countBytes: true })) {
        const again = new CsvParser({ sep: text.includes(';') ? ';' : text.includes('\t') ? '\t' : ',' });
        const [first] = [...again.push(bytes.subarray(record.offset).toString('utf8')), ...again.end()];
        expect(first!.fields).toEqual(record.fields);
      }
    }
  });

  test('broken quoting names the line', () => {
    expect(() => parseCsv('a\n"open\nmore')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open\nmore')).toThrow(/not closed/);
    try {
      parseCsv('a\nb\n"x"y');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });
});
