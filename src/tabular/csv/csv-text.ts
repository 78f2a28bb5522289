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
  /** Where the record starts in the text given to CsvParser, in UTF-8 bytes (counted only with `countBytes`, else 0). */
  offset: number;
}

/** UTF-8 bytes of text[from, to). */
function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}

export function parseCsv(input: string): CsvRecord[] {
  const parser = new CsvParser();
  return [...parser.push(input), ...parser.end()];
}

const enum Mode {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted value: the next character says whether it was an escaped quote or the closing one. */
  QuoteSeen,
}

/**
 * CSV read as it arrives, chunk by chunk, in one pass: values are cut out of the text with slice() and joined once,
 * never built a character at a time, so a 60 MB value costs what reading 60 MB costs, and only the record being
 * read is held. The separator is judged from the first line.
 */
export class CsvParser {
  private sep: string | undefined;
  /** Text held until the first line is complete, to judge the separator from. */
  private head = '';
  private started = false;
  private mode = Mode.FieldStart;
  private fields: string[] = [];
  /** Pieces of the value being read (a value may span chunks, and quoted ones lose their escaping quotes). */
  private parts: string[] = [];
  private line = 1;
  private recordLine = 1;
  private recordOffset = 0;
  /** UTF-8 bytes before the chunk being read, and of the part of it measured so far (up to `measuredTo`). */
  private bytesBefore = 0;
  private measured = 0;
  private measuredTo = 0;

  /**
   * `sep` when it is known (a record read again from its place); `countBytes` to give each record's place in
   * UTF-8 bytes, so that it can be read again from the file alone.
   */
  constructor(private readonly options: { sep?: string; countBytes?: boolean } = {}) {
    this.sep = options.sep;
  }
  private quoteOpenedOn = 1;
  /** A chunk ended with \r: a \n starting the next belongs to the same line end. */
  private afterCr = false;

  /** The separator, once the first line has been read. */
  get separator(): string | undefined {
    return this.sep;
  }

  /** The records completed by this chunk. Throws CsvSyntaxError with the line. */
  push(chunk: string): CsvRecord[] {
    if (this.sep === undefined) {
      this.head += chunk;
      // The separator is judged from the whole first line; until it has come, wait (a header is far shorter than a chunk).
      if (!/[\r\n]/.test(chunk)) return [];
      chunk = this.head;
      this.head = '';
      this.decideSeparator(chunk);
    }
    return this.scan(chunk);
  }

  /** The last record, if the text did not end with a line end. */
  end(): CsvRecord[] {
    if (this.sep === undefined) {
      const rest = this.head;
      this.head = '';
      this.decideSeparator(rest);
      const records = this.scan(rest);
      return [...records, ...this.end()];
    }
    const out: CsvRecord[] = [];
    if (this.mode === Mode.Quoted) throw new CsvSyntaxError('a quoted value is not closed before the end of the file', this.quoteOpenedOn);
    if (this.mode !== Mode.FieldStart || this.fields.length > 0) this.endRecord(out);
    return out;
  }

  private decideSeparator(text: string): void {
    const body = !this.started && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.sep = separatorOf(body);
  }

  private endField(): void {
    this.fields.push(this.parts.length === 1 ? this.parts[0]! : this.parts.join(''));
    this.parts = [];
    this.mode = Mode.FieldStart;
  }

  private endRecord(out: CsvRecord[]): void {
    this.endField();
    const fields = this.fields;
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: this.recordLine, fields, offset: this.recordOffset });
    this.fields = [];
  }

  private scan(input: string): CsvRecord[] {
    let text = input;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        this.bytesBefore = this.recordOffset = 3;
      }
    }
    const out: CsvRecord[] = [];
    this.measured = this.measuredTo = 0;
    const sep = this.sep!.charCodeAt(0);
    let i = 0;
    if (this.afterCr) {
      // A \r ended the last chunk: a \n opening this one belongs to that line end, and the record starts after it.
      this.afterCr = false;
      if (text.charCodeAt(0) === 10) {
        i = 1;
        this.mark(text, 1);
      }
    }
    const n = text.length;
    while (i < n) {
      switch (this.mode) {
        case Mode.FieldStart: {
          const c = text.charCodeAt(i);
          if (c === 34) {
            this.mode = Mode.Quoted;
            this.quoteOpenedOn = this.line;
            i++;
          } else if (c === sep) {
            this.parts.push('');
            this.endField();
            i++;
          } else if (c === 13 || c === 10) {
            this.parts.push('');
            i = this.lineEnd(text, i, out);
          } else this.mode = Mode.Unquoted;
          break;
        }
        case Mode.Unquoted: {
          let j = i;
          let c = 0;
          while (j < n && (c = text.charCodeAt(j)) !== sep && c !== 13 && c !== 10) j++;
          this.parts.push(text.slice(i, j));
          if (j === n) {
            i = n;
            break;
          }
          if (c === sep) {
            this.endField();
            i = j + 1;
          } else i = this.lineEnd(text, j, out);
          break;
        }
        case Mode.Quoted: {
          const q = text.indexOf('"', i);
          const stop = q === -1 ? n : q;
          for (let nl = text.indexOf('\n', i); nl !== -1 && nl < stop; nl = text.indexOf('\n', nl + 1)) this.line++;
          this.parts.push(text.slice(i, stop));
          if (q === -1) {
            i = n;
            break;
          }
          this.mode = Mode.QuoteSeen;
          i = q + 1;
          break;
        }
        case Mode.QuoteSeen: {
          const c = text.charCodeAt(i);
          if (c === 34) {
            this.parts.push('"');
            this.mode = Mode.Quoted;
            i++;
          } else if (c === sep) {
            this.endField();
            i++;
          } else if (c === 13 || c === 10) i = this.lineEnd(text, i, out);
          else throw new CsvSyntaxError('text follows the closing quote of a quoted value', this.line);
          break;
        }
      }
    }
    if (this.options.countBytes) this.bytesBefore += this.measured + utf8Length(text, this.measuredTo, text.length);
    return out;
  }

  /** A record starts at `i` of this chunk: its place in bytes. */
  private mark(text: string, i: number): void {
    if (!this.options.countBytes) return;
    this.measured += utf8Length(text, this.measuredTo, i);
    this.measuredTo = i;
    this.recordOffset = this.bytesBefore + this.measured;
  }

  /** Ends the record at the line end at `i`; returns where the next line starts. */
  private lineEnd(text: string, i: number, out: CsvRecord[]): number {
    this.endRecord(out);
    let next = i + 1;
    if (text.charCodeAt(i) === 13) {
      if (next === text.length) this.afterCr = true;
      else if (text.charCodeAt(next) === 10) next++;
    }
    this.line++;
    this.recordLine = this.line;
    this.mark(text, next);
    return next;
  }
}
