// Reading reports from JSON and NDJSON files in the browser, with the same limits and the same kind of
// messages as `htfds validate` (src/io/read-records.ts): a file that cannot be a report is refused with the
// place and the reason, and no message ever repeats the file's content.

export const MAX_JSON_DOCUMENT_BYTES = 64 * 1024 * 1024;
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
export const MAX_DEPTH = 64;

/** A file, or part of one, that cannot be read as reports. */
export class UnusableInput extends Error {
  constructor(reason, file, place) {
    super(`${file}${place ? ` (${place})` : ''}: ${reason}`);
    this.reason = reason;
    this.file = file;
    this.place = place;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Parses one JSON text; `line` is the NDJSON line it came from. */
function parseJson(bytes, file, line) {
  const at = line ? `line ${line}` : undefined;
  if (bytes.includes(0)) throw new UnusableInput('this looks like a binary file, not JSON text', file, at);
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new UnusableInput('the text is not valid UTF-8; save the file as UTF-8', file, at);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new UnusableInput('the file is empty', file, at);
  try {
    return JSON.parse(text);
  } catch (error) {
    // The browser's message may quote the text, which may hold personal data: keep only the position.
    const message = String(error && error.message);
    const position = /position (\d+)/.exec(message) || /column (\d+)/.exec(message);
    const truncated = /end of (JSON )?input|Unterminated/i.test(message);
    const place = position && /position/.test(position[0]) ? lineAndColumn(text, Number(position[1])) : undefined;
    const where = line ? `line ${line}${place ? `, ${place.replace(/^line \d+, /, '')}` : ''}` : place;
    throw new UnusableInput(truncated ? 'the JSON ends too early: the file looks cut off' : 'the JSON is broken here: check the commas, quotes and brackets', file, where);
  }
}

/** Refuses what no report has: deep nesting and `__proto__` keys. Iterative, so depth cannot crash it. */
function checkStructure(data, file, line) {
  const stack = [{ value: data, pointer: '', depth: 0 }];
  const at = (pointer) => `${line ? `line ${line}, ` : ''}${pointer || '/'}`;
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw new UnusableInput(`the data is nested more than ${MAX_DEPTH} levels deep; no report is`, file, at(pointer));
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: `${pointer}/${i}`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (key === '__proto__') throw new UnusableInput('a "__proto__" key is not allowed: such keys are used to attack programs that read JSON', file, at(child));
      stack.push({ value: value[key], pointer: child, depth: depth + 1 });
    }
  }
}

export const isNdjson = (name) => /\.(ndjson|jsonl)$/i.test(name);

/**
 * The reports in a JSON file (one report or an array of them) or an NDJSON file (one per line), each with its
 * place; `unusable` holds the NDJSON line that could not be read, if any (the reports before it are still
 * checked). Throws UnusableInput when the file as a whole cannot be read.
 */
export function readJsonReports(name, bytes) {
  if (bytes.length === 0) throw new UnusableInput('the file is empty', name);
  const reports = [];
  const unusable = [];
  if (!isNdjson(name)) {
    if (bytes.length > MAX_JSON_DOCUMENT_BYTES) throw new UnusableInput(`the file is larger than ${MAX_JSON_DOCUMENT_BYTES / 1024 / 1024} MiB; put one report per line in an .ndjson file instead`, name);
    const data = parseJson(bytes, name, 0);
    checkStructure(data, name);
    if (Array.isArray(data)) data.forEach((item, index) => reports.push({ place: { file: name, index }, data: item }));
    else reports.push({ place: { file: name }, data });
    return { reports, unusable };
  }
  let start = 0;
  let line = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    line++;
    let piece = bytes.subarray(start, end);
    start = end + 1;
    if (piece.length > 0 && piece[piece.length - 1] === 0x0d) piece = piece.subarray(0, -1);
    if (piece.every((b) => b === 0x20 || b === 0x09)) continue;
    try {
      if (piece.length > MAX_RECORD_BYTES) throw new UnusableInput(`a report is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB`, name, `line ${line}`);
      const data = parseJson(piece, name, line);
      checkStructure(data, name, line);
      reports.push({ place: { file: name, line }, data });
    } catch (error) {
      if (!(error instanceof UnusableInput)) throw error;
      // As `htfds validate` does: the reports before the broken line are checked, the rest of the file is not read.
      unusable.push(error);
      break;
    }
  }
  if (reports.length === 0 && unusable.length === 0) throw new UnusableInput('the file is empty', name);
  return { reports, unusable };
}
