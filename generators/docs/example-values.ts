/** Example values for the reference, taken from the synthetic example reports rather than made up. */
import type { FieldModel } from '../model/field-model.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMissingValue = (v: unknown) => isRecord(v) && typeof v.missing === 'string';

/** The values at a path with `*` for list items, in document order. */
export function valuesAt(report: unknown, path: string): unknown[] {
  let current: unknown[] = [report];
  for (const part of path.split('/').slice(1)) {
    const next: unknown[] = [];
    for (const value of current) {
      if (part === '*') {
        if (Array.isArray(value)) next.push(...value);
      } else if (isRecord(value) && Object.hasOwn(value, part)) next.push(value[part]);
    }
    current = next;
  }
  return current;
}

export interface ExampleValue {
  value: unknown;
  /** The example report it was taken from. */
  example: string;
}

/**
 * The first value each field takes in the examples, preferring a real answer over a missing value, and a
 * non-empty list over an empty one.
 */
export function exampleValues(model: FieldModel): Map<string, ExampleValue> {
  const out = new Map<string, ExampleValue>();
  for (const field of model.fields) {
    let fallback: ExampleValue | undefined;
    for (const { name, report } of model.examples) {
      const found = valuesAt(report, field.path).find((v) => !isMissingValue(v) && !(Array.isArray(v) && v.length === 0));
      if (found !== undefined) {
        out.set(field.path, { value: found, example: name });
        break;
      }
      fallback ??= valuesAt(report, field.path).map((value) => ({ value, example: name }))[0];
    }
    if (!out.has(field.path) && fallback) out.set(field.path, fallback);
  }
  return out;
}

/** An example value as short JSON for a table cell. */
export function shortJson(value: unknown, max = 80): string {
  const text = JSON.stringify(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
