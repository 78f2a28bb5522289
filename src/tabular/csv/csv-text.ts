/**
 * CSV as RFC 4180 writes it (comma, double quotes, CRLF), read leniently: LF or CRLF line ends, a byte-order
 * mark, and the semicolon or tab that some spreadsheets write instead of the comma.
 */

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const needsQuotes = (field: string) => /[",\r\n]/.test(field) || field !== field.trim();

export function formatCsvRow(fields: readonly string[]): string {
  return fields.map((f) => (needsQuotes(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',');
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${formatCsvRow(r)}\r\n`).join('');
}

/** The separator of a CSV text, judged from its first line (outside quotes). */
function separatorOf(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![1] > 0 ? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0] : ',';
}

export interface CsvRecord {
  /** The line the record starts on (1-based). */
  line: number;
  fields: string[];
}

export function parseCsv(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separatorOf(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (atFieldStart && c === '"') {
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError('a quoted value is not closed before the end of the file', opened);
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      atFieldStart = false;
      if (i < text.length && text[i] !== sep && text[i] !== '\r' && text[i] !== '\n') throw new CsvSyntaxError('text follows the closing quote of a quoted value', line);
      continue;
    }
    if (c === sep) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
      atFieldStart = true;
    } else {
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
