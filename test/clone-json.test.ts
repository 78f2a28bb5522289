/** The anonymiser's copy of a report: deep, equal, independent, and never a way to set a prototype. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { cloneJson } from '../src/io/clone-json.js';

describe('cloneJson', () => {
  test('every example comes back equal and shares no object or list with the original', () => {
    for (const file of readdirSync('examples').filter((f) => f.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(`examples/${file}`, 'utf8'));
      const copy = cloneJson(report);
      expect(copy, file).toEqual(report);
      const shared: string[] = [];
      const walk = (a: unknown, b: unknown, at: string) => {
        if (a === null || typeof a !== 'object') return;
        if (a === b) shared.push(at);
        for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}/${key}`);
      };
      walk(copy, report, '');
      expect(shared, file).toEqual([]);
    }
  });

  test('a __proto__ key is copied as an own property: no prototype is set, Object.prototype is untouched', () => {
    const parsed = JSON.parse('{"a": {"__proto__": {"polluted": true}, "b": [1, "x", null, false]}}');
    const copy = cloneJson(parsed);
    expect(Object.getPrototypeOf(copy.a)).toBe(Object.prototype);
    expect(Object.hasOwn(copy.a, '__proto__')).toBe(true);
    expect(copy.a.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe(JSON.stringify(parsed));
  });
});
