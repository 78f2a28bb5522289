/**
 * The text of one report → its data, for every reader (files, NDJSON lines, the browser validator): JSON.parse,
 * then one walk over the result that refuses what no report has (absurd nesting) and turns what JSON.parse hides
 * into findings placed by JSON pointer: a key given twice in one object (JSON.parse keeps the last silently) and
 * a `__proto__` key (taken out of the data, so no later copy can turn it into a prototype).
 *
 * Finding duplicates costs almost nothing on good input: every member of every object in the text has exactly
 * one colon outside strings, so the colons of the text minus the colons inside the parsed strings must equal the
 * members the walk counts. Only when they differ (or a string spells a colon as `\u003a`, which the count cannot
 * see) is the text read again by a strict parser that says where each repeated key is.
 */
import type { Finding } from '../validate/finding.js';
import { duplicateKeys, parseStrictJson, StrictJsonError } from './strict-json.js';

/** Reports nest about six levels deep; anything far deeper is not a report. */
export const MAX_DEPTH = 64;

/** Text that cannot be a report; `line`/`column` place it in the text, `pointer` in the data. */
export class ReportJsonError extends Error {
  constructor(
    readonly reason: string,
    readonly at: { line?: number; column?: number; pointer?: string } = {},
  ) {
    super(reason);
  }
}

export interface ParsedReport {
  data: unknown;
  /** Findings about the text itself (repeated keys, `__proto__` keys); the data is still validated. */
  findings: Finding[];
}

const escapeToken = (key: string) => (key.includes('~') || key.includes('/') ? key.replaceAll('~', '~0').replaceAll('/', '~1') : key);

function countColons(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) n++;
  return n;
}

/** 1-based line and column of an offset of the text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function syntaxError(text: string, error: unknown): ReportJsonError {
  // The engine's message quotes the text, which may hold personal data: keep only the position.
  const message = String((error as Error)?.message);
  const position = /position (\d+)/.exec(message);
  const truncated = /end of (JSON )?input|Unterminated/i.test(message) || (position !== null && Number(position[1]) >= text.trimEnd().length);
  return new ReportJsonError(
    truncated ? 'the JSON ends too early: the file looks cut off' : 'the JSON is broken here: check the commas, quotes and brackets',
    position ? lineAndColumn(text, Number(position[1])) : strictPlace(text),
  );
}

/** Where the strict parser stops, for engines whose message gives no position (Node 20 for most errors). */
function strictPlace(text: string): { line?: number; column?: number } {
  try {
    parseStrictJson(text);
  } catch (error) {
    // Anything else (a stack overflow on absurd nesting) leaves the error unplaced.
    if (error instanceof StrictJsonError) return { line: error.line, column: error.column };
  }
  return {};
}

/** Parses the text of one report (or of a JSON array of reports). Throws ReportJsonError for text that cannot be one. */
export function parseReportJson(input: string): ParsedReport {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') throw new ReportJsonError('the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw syntaxError(text, error);
  }
  const findings: Finding[] = [];
  // Most reports take the quick count; one that is too deep or has a `__proto__` key is walked again with pointers.
  let counts = quickCount(data);
  if (counts === undefined) counts = placedWalk(data, findings);
  const { members, colonsInStrings } = counts;
  if (countColons(text) - colonsInStrings !== members || (text.includes('\\u') && /\\u003a/i.test(text))) {
    for (const repeat of duplicateKeys(text)) {
      findings.push({
        code: 'key-duplicate',
        severity: 'error',
        path: repeat.pointer,
        message: `This key is given more than once in the same object (again at line ${repeat.line}, column ${repeat.column} of the text); JSON readers keep only one of the values, so the other is lost.`,
        hint: 'Keep the key once, with the value that is right.',
      });
    }
  }
  return { data, findings };
}

interface Counts {
  /** Members of every object. */
  members: number;
  /** Colons inside keys and strings, as JSON.parse left them. */
  colonsInStrings: number;
}

const stringColons = (s: string) => (s.includes(':') ? countColons(s) : 0);

/**
 * The counts, with no pointers built (most of the reading time of a good report): undefined when the data goes
 * deeper than any report or holds a `__proto__` key, which placedWalk then places.
 */
function quickCount(data: unknown): Counts | undefined {
  let members = 0;
  let colonsInStrings = 0;
  const values: unknown[] = [data];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (depth >= MAX_DEPTH) return undefined;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') colonsInStrings += stringColons(item);
        else if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    members += keys.length;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      colonsInStrings += stringColons(key);
      if (key === '__proto__') return undefined;
      const child = object[key];
      if (typeof child === 'string') colonsInStrings += stringColons(child);
      else if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return { members, colonsInStrings };
}

/** The counts, walking with pointers: refuses data nested too deep, and takes `__proto__` keys out as findings. */
function placedWalk(data: unknown, findings: Finding[]): Counts {
  let members = 0;
  let colonsInStrings = 0;
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: data, pointer: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop()!;
    if (depth >= MAX_DEPTH) throw new ReportJsonError(`the data is nested more than ${MAX_DEPTH} levels deep; no report is`, { pointer });
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') colonsInStrings += stringColons(item);
        else if (item !== null && typeof item === 'object') stack.push({ value: item, pointer: `${pointer}/${i}`, depth: depth + 1 });
      }
      continue;
    }
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      members++;
      colonsInStrings += stringColons(key);
      const child = object[key];
      if (typeof child === 'string') colonsInStrings += stringColons(child);
      if (key === '__proto__') {
        findings.push({ code: 'key-not-allowed', severity: 'error', path: `${pointer}/__proto__`, message: 'A "__proto__" key is not part of any report (such keys are used to attack programs that read JSON); it was left out.', hint: 'Remove the key from the report.' });
        // Counted with what it held, so that the count of members still balances; then taken out of the data.
        if (child !== null && typeof child === 'object') colonsInStrings += textColonsOf(child);
        delete object[key];
        continue;
      }
      if (child !== null && typeof child === 'object') stack.push({ value: child, pointer: `${pointer}/${escapeToken(key)}`, depth: depth + 1 });
    }
  }
  return { members, colonsInStrings };
}

/** The colons of the text a value left out of the data stood for (a `__proto__` key's value): one per member, and those in its keys and strings. */
function textColonsOf(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') n += countColons(v);
    else if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        n += 1 + countColons(k);
        stack.push(child);
      }
    }
  }
  return n;
}
