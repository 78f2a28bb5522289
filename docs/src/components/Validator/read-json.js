// Reading reports from JSON and NDJSON files in the browser, with the same limits and the same kind of
// messages as `htfds validate` (src/io/read-records.ts): a file that cannot be a report is refused with the
// place and the reason, and no message ever repeats the file's content.

export const MAX_JSON_DOCUMENT_BYTES = 64 * 1024 * 1024;
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

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

/**
 * Decodes one JSON text and parses it with the bundle's parseReportJson (the same as `htfds validate`): keys given
 * twice and `__proto__` keys come back as findings; text that cannot be a report is refused with its place.
 */
function parseJson(engine, bytes, file, line) {
  const at = line ? `line ${line}` : undefined;
  if (bytes.includes(0)) throw new UnusableInput('this looks like a binary file, not JSON text', file, at);
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new UnusableInput('the text is not valid UTF-8; save the file as UTF-8', file, at);
  }
  try {
    return engine.parseReportJson(text);
  } catch (error) {
    if (!(error instanceof engine.ReportJsonError)) throw error;
    const where = [line || error.at.line ? `line ${line || error.at.line}` : '', error.at.column ? `column ${error.at.column}` : '', error.at.pointer !== undefined ? error.at.pointer || '/' : ''].filter(Boolean).join(', ');
    throw new UnusableInput(error.reason, file, where || undefined);
  }
}

/** The findings under `prefix` (one report of a JSON array), with pointers from that report's root. */
const findingsWithin = (findings, prefix) => findings.filter((f) => f.path.startsWith(`${prefix}/`)).map((f) => ({ ...f, path: f.path.slice(prefix.length) }));

export const isNdjson = (name) => /\.(ndjson|jsonl)$/i.test(name);

/**
 * The reports in a JSON file (one report or an array of them) or an NDJSON file (one per line), each with its
 * place and what reading it found; `unusable` holds the NDJSON line that could not be read, if any (the reports
 * before it are still checked). Throws UnusableInput when the file as a whole cannot be read. `engine` is the
 * validator bundle.
 */
export function readJsonReports(engine, name, bytes) {
  if (bytes.length === 0) throw new UnusableInput('the file is empty', name);
  const reports = [];
  const unusable = [];
  if (!isNdjson(name)) {
    if (bytes.length > MAX_JSON_DOCUMENT_BYTES) throw new UnusableInput(`the file is larger than ${MAX_JSON_DOCUMENT_BYTES / 1024 / 1024} MiB; put one report per line in an .ndjson file instead`, name);
    const { data, findings } = parseJson(engine, bytes, name, 0);
    if (Array.isArray(data)) data.forEach((item, index) => reports.push({ place: { file: name, index }, data: item, findings: findingsWithin(findings, `/${index}`) }));
    else reports.push({ place: { file: name }, data, findings });
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
      const { data, findings } = parseJson(engine, piece, name, line);
      reports.push({ place: { file: name, line }, data, findings });
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
