/**
 * A strict JSON reader: it finds duplicate object keys (which JSON.parse silently resolves to the last one) and
 * reports every problem with a line, a column and a JSON pointer. The schema sources are read with it; reports
 * only when a cheap count says a key may be repeated (src/io/report-json.ts), since it is slower than JSON.parse.
 */

export class StrictJsonError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly pointer: string,
  ) {
    super(message);
  }
}

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

export interface DuplicateKey {
  /** JSON pointer of the repeated key. */
  pointer: string;
  /** Where it is given again (1-based). */
  line: number;
  column: number;
}

const placeOf = (text: string, at: number) => {
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
};

/** Every key given again in its object, in the order of the text. Throws StrictJsonError on syntax errors. */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: { pointer: string; at: number }[] = [];
  parseStrictJson(text, (pointer, at) => found.push({ pointer, at }));
  // Lines counted in one pass (the offsets come in order), so that many repeats cost no more than one.
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return found.map(({ pointer, at }) => {
    for (let nl = text.indexOf('\n', scanned); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    scanned = at;
    return { pointer, line, column: at - lineStart + 1 };
  });
}

/**
 * Parses JSON text; throws StrictJsonError on syntax errors, and on duplicate keys unless `onDuplicate` is
 * given (then the later value is kept, as JSON.parse does).
 */
export function parseStrictJson(text: string, onDuplicate?: (pointer: string, at: number) => void): unknown {
  let pos = 0;

  const fail = (message: string, pointer: string, at = pos): never => {
    const { line, column } = placeOf(text, at);
    throw new StrictJsonError(message, line, column, pointer);
  };
  const skipSpace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
  };
  const readString = (pointer: string): string => {
    const start = pos;
    pos++;
    while (pos < text.length) {
      const ch = text[pos]!;
      if (ch === '"') {
        pos++;
        return JSON.parse(text.slice(start, pos)) as string;
      }
      if (ch === '\\') pos += 2;
      else if (ch < ' ') fail('control character inside a string', pointer);
      else pos++;
    }
    return fail('string is never closed', pointer, start);
  };
  const readValue = (pointer: string): unknown => {
    skipSpace();
    const ch = text[pos];
    if (ch === '{') {
      pos++;
      // Keys are defined, never assigned, so that a "__proto__" key stays plain data.
      const obj: Record<string, unknown> = {};
      const define = (key: string, value: unknown) =>
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('expected a property name in double quotes', pointer);
        const keyAt = pos;
        const key = readString(pointer);
        const childPointer = `${pointer}/${escapePointerToken(key)}`;
        if (Object.hasOwn(obj, key)) {
          if (onDuplicate) onDuplicate(childPointer, keyAt);
          else fail(`duplicate key "${key}"`, childPointer, keyAt);
        }
        skipSpace();
        if (text[pos] !== ':') fail('expected ":" after the property name', childPointer);
        pos++;
        define(key, readValue(childPointer));
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail('expected "," or "}"', pointer);
      }
    }
    if (ch === '[') {
      pos++;
      const arr: unknown[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(readValue(`${pointer}/${arr.length}`));
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail('expected "," or "]"', pointer);
      }
    }
    if (ch === '"') return readString(pointer);
    const literal = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(text.slice(pos, pos + 400));
    if (!literal) return fail(ch === undefined ? 'unexpected end of file' : `unexpected character "${ch}"`, pointer);
    pos += literal[0].length;
    return JSON.parse(literal[0]);
  };

  const value = readValue('');
  skipSpace();
  if (pos < text.length) fail('unexpected text after the end of the JSON value', '');
  return value;
}
