/** Reading a report's JSON text: keys given twice and `__proto__` keys become placed findings, at any depth. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseReportJson, ReportJsonError } from '../src/io/report-json.js';

const minimal = readFileSync('examples/minimal.json', 'utf8');

describe('parseReportJson', () => {
  test('every example reads with no findings and the same data as JSON.parse', () => {
    for (const name of readdirSync('examples').filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(`examples/${name}`, 'utf8');
      const { data, findings } = parseReportJson(text);
      expect(findings, name).toEqual([]);
      expect(data).toEqual(JSON.parse(text));
    }
  });

  test('a key given twice at the top: one finding with its pointer and the line and column where it comes again', () => {
    const text = '{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}';
    const { data, findings } = parseReportJson(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'key-duplicate', severity: 'error', path: '/a' })]);
    expect(findings[0]!.message).toContain('line 4, column 3');
    expect(data).toEqual({ a: 3, b: 2 });
  });

  test('repeats deep inside lists and objects, each placed, in the order of the text', () => {
    const text = JSON.stringify({ people: [{ x: 1 }, { names: { given: 'A' } }] }).replace('"given":"A"', '"given":"A","given":"B"').replace('"x":1', '"x":1,"x":1');
    const { findings } = parseReportJson(text);
    expect(findings.map((f) => f.path)).toEqual(['/people/0/x', '/people/1/names/given']);
  });

  test('keys and strings holding colons do not hide a repeat, nor make one up', () => {
    expect(parseReportJson('{"a:b":"c:d","e":"12:00:00"}').findings).toEqual([]);
    expect(parseReportJson('{"a:b":1,"a:b":2}').findings.map((f) => f.path)).toEqual(['/a:b']);
    // The lost value held the colons: still one member fewer than the text has.
    expect(parseReportJson('{"a":"x:y:z","a":"w"}').findings.map((f) => f.path)).toEqual(['/a']);
  });

  test('a colon written as \\u003a cannot mask a repeat', () => {
    // Without the escape check, the escaped colon in the kept value would balance the lost member's colon.
    expect(parseReportJson('{"k":1,"k":"\\u003a"}').findings.map((f) => f.path)).toEqual(['/k']);
    expect(parseReportJson('{"k":"\\u003a","j":1}').findings).toEqual([]);
  });

  test('pointer tokens are escaped (~0, ~1)', () => {
    expect(parseReportJson('{"a/b":{"~":1,"~":2}}').findings.map((f) => f.path)).toEqual(['/a~1b/~0']);
  });

  test('a __proto__ key is a finding and is taken out of the data; no prototype changes', () => {
    const text = minimal.replace('{', '{"__proto__": {"isAdmin": true, "t": "1:2"},');
    const { data, findings } = parseReportJson(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'key-not-allowed', path: '/__proto__' })]);
    expect(Object.hasOwn(data as object, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    // Its members are counted, so it does not look like a repeated key.
    expect(findings.some((f) => f.code === 'key-duplicate')).toBe(false);
  });

  test('text that is no report is refused with a place, never its content', () => {
    expect(() => parseReportJson('{"a": [1, 2}')).toThrow(ReportJsonError);
    let caught: unknown;
    try {
      parseReportJson('{\n"secret": nope}');
    } catch (error) {
      caught = error;
    }
    expect((caught as ReportJsonError).at.line).toBe(2);
    expect((caught as ReportJsonError).reason).not.toContain('secret');
    expect(() => parseReportJson('['.repeat(100) + ']'.repeat(100))).toThrow(/nested more than 64/);
    expect(() => parseReportJson(' \n')).toThrow(/empty/);
  });
});
