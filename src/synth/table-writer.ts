/**
 * Streaming writers of the output tables: rows are gathered into chunks and written with back-pressure, so
 * memory stays flat however many rows a run makes.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { formatCsvRow } from '../tabular/csv/csv-text.js';

export type TableFormat = 'csv' | 'ndjson';

const CHUNK_CHARS = 1 << 20;

/** Columns written as JSON numbers in NDJSON (CSV has no types). */
const NUMERIC_COLUMNS = new Set(['amount', 'birthYear']);

export class TableWriter<Row extends object> {
  private readonly stream: WriteStream;
  private chunk = '';
  private failure: Error | undefined;
  rows = 0;

  constructor(
    readonly path: string,
    private readonly columns: readonly (keyof Row & string)[],
    private readonly format: TableFormat,
  ) {
    this.stream = createWriteStream(path);
    this.stream.on('error', (error) => (this.failure = error));
    if (format === 'csv') this.chunk = `${formatCsvRow(columns)}\r\n`;
  }

  async write(row: Row): Promise<void> {
    const values = row as Record<string, string>;
    if (this.format === 'csv') this.chunk += `${formatCsvRow(this.columns.map((c) => values[c] ?? ''))}\r\n`;
    else {
      // Empty values are left out: an absent key reads as NULL, an empty string would not.
      const record: Record<string, string | number> = {};
      for (const c of this.columns) {
        const v = values[c];
        if (v !== undefined && v !== '') record[c] = NUMERIC_COLUMNS.has(c) ? Number(v) : v;
      }
      this.chunk += `${JSON.stringify(record)}\n`;
    }
    this.rows++;
    if (this.chunk.length >= CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const text = this.chunk;
    this.chunk = '';
    if (text && !this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.failure) throw this.failure;
  }
}

/**
 * Whole documents (the case reports) as one JSON array, streamed: `[`, the documents one per line, `]`. A JSON
 * file rather than NDJSON so that `htfds detect` on the output folder does not take it for a table.
 */
export class DocumentWriter {
  private readonly stream: WriteStream;
  private failure: Error | undefined;
  documents = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path);
    this.stream.on('error', (error) => (this.failure = error));
  }

  async write(document: unknown): Promise<void> {
    if (this.failure) throw this.failure;
    const text = `${this.documents === 0 ? '[\n' : ',\n'}${JSON.stringify(document)}`;
    this.documents++;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    this.stream.end(this.documents === 0 ? '[]\n' : '\n]\n');
    await once(this.stream, 'finish');
    if (this.failure) throw this.failure;
  }
}
