/**
 * Reads case reports from JSON and NDJSON files, defensively: NDJSON is streamed line by line in constant
 * memory, and anything that cannot be a report (broken or truncated JSON, invalid UTF-8, binary data, empty
 * files, oversized records, absurd nesting) becomes an UnusableInputError that names the file and the place,
 * never echoing the file's content. Keys given twice and `__proto__` keys are findings of the report they are
 * in (src/io/report-json.ts).
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Finding } from '../validate/finding.js';
import { parseReportJson, ReportJsonError, type ParsedReport } from './report-json.js';

/** A single JSON document larger than this is refused; NDJSON has no total limit. */
export const MAX_JSON_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** One NDJSON line (one report) larger than this is refused before it is held in memory. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
export { MAX_DEPTH } from './report-json.js';

export class UnusableInputError extends Error {
  constructor(
    /** What is wrong, without any of the file's content. */
    readonly reason: string,
    readonly file: string,
    /** Where: "line 12", "line 3, column 40", "byte 1024", or a JSON pointer. */
    readonly place?: string,
  ) {
    super(`${file}${place ? ` (${place})` : ''}: ${reason}`);
  }
}

export interface InputRecord {
  file: string;
  /** 1-based line for NDJSON records. */
  line?: number;
  /** 0-based position for reports in a JSON array. */
  index?: number;
  data: unknown;
  /** What reading the text found (a key given twice, a `__proto__` key): findings of the report like validation's. */
  findings: Finding[];
}

/** The findings under `prefix`, with their pointers made relative to it. */
function findingsWithin(findings: Finding[], prefix: string): Finding[] {
  return findings.filter((f) => f.path.startsWith(`${prefix}/`) || f.path === prefix).map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Text saved as UTF-16 (what Windows tools call "Unicode"): a byte-order mark, or ASCII characters each followed or
 * preceded by a zero byte at the start.
 */
export function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) evenZero++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) oddZero++;
  }
  return evenZero === n / 2 || oddZero === n / 2;
}

/** Where the first invalid UTF-8 sequence starts, or -1. */
function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return -1;
}

/** Decodes and parses one JSON text; `lineOffset` is the NDJSON line it came from (0 for a whole file). */
function parseJson(bytes: Uint8Array, file: string, lineOffset: number): ParsedReport {
  if (isUtf16(bytes)) throw new UnusableInputError('the text is UTF-16, not UTF-8; save the file as UTF-8 (in Excel or Notepad: "UTF-8" encoding)', file, lineOffset ? `line ${lineOffset}` : undefined);
  if (bytes.includes(0)) throw new UnusableInputError('this looks like a binary file, not JSON text', file, lineOffset ? `line ${lineOffset}` : undefined);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = invalidUtf8Offset(bytes);
    const line = lineOffset + (lineOffset ? 0 : bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1);
    throw new UnusableInputError('the text is not valid UTF-8; save the file as UTF-8', file, `line ${line}`);
  }
  try {
    return parseReportJson(text);
  } catch (error) {
    if (!(error instanceof ReportJsonError)) throw error;
    throw new UnusableInputError(error.reason, file, jsonPlace(error.at, lineOffset));
  }
}

/** `line 3, column 40` in a file, `line 7, column 40` for an NDJSON line, with the JSON pointer when there is one. */
function jsonPlace(at: ReportJsonError['at'], ndjsonLine: number): string | undefined {
  const line = ndjsonLine || at.line;
  const parts = [line ? `line ${line}` : '', at.column ? `column ${at.column}` : '', at.pointer !== undefined ? at.pointer || '/' : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

export const isNdjson = (file: string) => /\.(ndjson|jsonl)$/i.test(file);

/** Reads the reports in one file: a JSON report, a JSON array of reports, or NDJSON (one report per line). */
export async function* readRecords(file: string, onBytes?: (n: number) => void): AsyncGenerator<InputRecord> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new UnusableInputError('the file does not exist or cannot be read', file);
  if (!info.isFile()) throw new UnusableInputError('this is not a regular file', file);
  if (isNdjson(file)) {
    yield* readNdjson(file, onBytes);
    return;
  }
  if (info.size === 0) throw new UnusableInputError('the file is empty', file);
  if (info.size > MAX_JSON_DOCUMENT_BYTES) {
    throw new UnusableInputError(`the file is larger than ${MAX_JSON_DOCUMENT_BYTES / 1024 / 1024} MiB; put one report per line in an .ndjson file instead`, file);
  }
  const handle = await open(file, 'r');
  let bytes: Buffer;
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  onBytes?.(bytes.length);
  const { data, findings } = parseJson(bytes, file, 0);
  if (Array.isArray(data)) {
    // Each report of the array gets the findings inside it, with pointers from its own root.
    for (const [index, item] of data.entries()) yield { file, index, data: item, findings: findingsWithin(findings, `/${index}`) };
  } else {
    yield { file, data, findings };
  }
}

async function* readNdjson(file: string, onBytes?: (n: number) => void): AsyncGenerator<InputRecord> {
  let carry: Buffer[] = [];
  let carried = 0;
  let line = 0;
  let sawRecord = false;
  const finish = (bytes: Buffer): InputRecord | undefined => {
    line++;
    const trimmedEnd = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
    if (trimmedEnd.every((b) => b === 0x20 || b === 0x09)) return undefined;
    const { data, findings } = parseJson(trimmedEnd, file, line);
    sawRecord = true;
    return { file, line, data, findings };
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    onBytes?.(chunk.length);
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      const bytes = carried > 0 ? Buffer.concat([...carry, piece]) : piece;
      carry = [];
      carried = 0;
      start = nl + 1;
      if (bytes.length > MAX_RECORD_BYTES) throw new UnusableInputError(`a report is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB`, file, `line ${line + 1}`);
      const record = finish(bytes);
      if (record) yield record;
    }
    if (start < chunk.length) {
      carry.push(chunk.subarray(start));
      carried += chunk.length - start;
      // Refuse an endless line before it is held in memory.
      if (carried > MAX_RECORD_BYTES) throw new UnusableInputError(`a report is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB`, file, `line ${line + 1}`);
    }
  }
  if (carried > 0) {
    const record = finish(Buffer.concat(carry));
    if (record) yield record;
  }
  if (!sawRecord) throw new UnusableInputError('the file is empty', file);
}
