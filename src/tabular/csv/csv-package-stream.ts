/**
 * A CSV package read in bounded memory, whatever its size (up to MAX_CSV_BYTES per file): the rows of a case
 * may be anywhere in each file, so the files are read twice.
 *
 * 1. Each file is read in chunks and indexed: for every record, where it starts (byte), its line, and which case
 *    it belongs to (by the case table's record identifier, or a row's `#case`). Only the index is kept: a few
 *    numbers per row, never the text.
 * 2. Case by case, its rows are read again from their places and assembled by unflatten, as for a small
 *    package; the report is handed on before the next case is read.
 *
 * Findings about tables and columns are given once; rows whose case is unknown are assembled last, on their own,
 * so that unflatten places them as it does in one piece.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportedRecord, PlacedFinding } from '../../io/imported-record.js';
import { isUtf16, UnusableInputError } from '../../io/read-records.js';
import { CodeLookup } from '../code-lookup.js';
import type { TabularLayout } from '../layout.js';
import type { SourceTable } from '../source-table.js';
import { noCaseFinding, splitTableFindings, unflatten, withFindingsOfEveryReport } from '../unflatten.js';
import { CsvParser, CsvSyntaxError, type CsvRecord } from './csv-text.js';
import { CODELISTS_FILE } from './datapackage.js';

/** Largest CSV file accepted (each file of a package). */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;
const CHUNK = 1024 * 1024;
/** Rows of no known case, and rows of a case table without an identifier, are each their own group. */
const NO_CASE = -1;

/** A list of numbers that grows without holding a JavaScript object per row: bytes need 64 bits, lines and groups 32. */
class Numbers<T extends Float64Array | Int32Array> {
  length = 0;
  constructor(private data: T) {}
  push(n: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = n;
  }
  at(i: number): number {
    return this.data[i]!;
  }
}

interface TableIndex {
  name: string;
  file: string;
  size: number;
  sep: string;
  columns: (string | undefined)[];
  headerAt: number;
  /** Per data record: where it starts (byte), its line, its case group. */
  starts: Numbers<Float64Array>;
  lines: Numbers<Int32Array>;
  groups: Numbers<Int32Array>;
}

/**
 * `ignoreBOM`: the decoder hands a byte-order mark on instead of dropping it. CsvParser skips it and counts its
 * 3 bytes, so the places it gives each record are places in the file; a decoder that dropped it would put every
 * record 3 bytes early, and reading a row again from there would read the end of the line before it. When a row
 * is read again, a U+FEFF that opens its first value is kept too, as the first reading kept it.
 */
const decoderFor = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads `file` in chunks, checking it is UTF-8 CSV text, and hands each record (with its byte offset) to `onRecord`. */
async function eachRecordOf(file: string, size: number, onRecord: (record: CsvRecord) => void): Promise<string> {
  const handle = await open(file, 'r');
  const decoder = decoderFor();
  const parser = new CsvParser({ countBytes: true });
  const buffer = new Uint8Array(CHUNK);
  try {
    for (let position = 0; position < size; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, size - position), position);
      if (bytesRead === 0) break;
      const bytes = buffer.subarray(0, bytesRead);
      if (position === 0) {
        if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) throw new UnusableInputError('this is a zip archive (a workbook?), not CSV text', file);
        if (isUtf16(bytes)) throw new UnusableInputError('the text is UTF-16 (Excel\'s "Unicode text"), not UTF-8; save the file as CSV UTF-8', file);
      }
      position += bytesRead;
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: position < size });
      } catch {
        throw new UnusableInputError('the text is not valid UTF-8; save the file as CSV UTF-8', file);
      }
      for (const record of parser.push(text)) onRecord(record);
    }
    for (const record of parser.end()) onRecord(record);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new UnusableInputError(error.message, file, `line ${error.line}`);
    throw error;
  } finally {
    await handle.close();
  }
  return parser.separator ?? ',';
}

const cell = (field: string) => (field === '' ? undefined : field);

/** The case reports of a folder holding a CSV package, one at a time. */
export async function* streamCsvPackage(dir: string, layout: TabularLayout, ignore: readonly string[]): AsyncGenerator<ImportedRecord> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && /\.csv$/i.test(e.name)).map((e) => e.name).sort();
  if (names.length === 0) throw new UnusableInputError('the folder holds no .csv files', dir);
  const caseTable = layout.tables.find((t) => t.parent === undefined)!;
  const fileOf = new Map(names.filter((n) => n !== CODELISTS_FILE).map((n) => [basename(n, n.slice(-4)), n]));
  const tableNames = [...fileOf.keys()].filter((t) => !ignore.includes(t));
  // The case table first: its identifiers are the groups the other tables' rows join.
  const order = [...tableNames.filter((t) => t === caseTable.key), ...tableNames.filter((t) => t !== caseTable.key)];

  const groupOf = new Map<string, number>();
  let groups = 0;
  let caseRows = 0;
  const tables: TableIndex[] = [];
  for (const table of order) {
    const file = join(dir, fileOf.get(table)!);
    const info = await stat(file);
    if (info.size > MAX_CSV_BYTES) throw new UnusableInputError(`the file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MiB; split the cases over several packages`, file);
    const index: TableIndex = { name: table, file, size: info.size, sep: ',', columns: [], headerAt: 1, starts: new Numbers(new Float64Array(1024)), lines: new Numbers(new Int32Array(1024)), groups: new Numbers(new Int32Array(1024)) };
    const layoutTable = layout.tables.find((t) => t.key === table);
    let keyAt = -1;
    const isCaseTable = table === caseTable.key;
    let header = true;
    index.sep = await eachRecordOf(file, info.size, (record) => {
      if (header) {
        header = false;
        index.columns = record.fields.map((f) => (f.trim() === '' ? undefined : f.trim()));
        index.headerAt = record.line;
        const keyColumn = isCaseTable ? caseTable.idColumn : layoutTable?.columns.find((c) => c.kind === 'case')?.key;
        keyAt = keyColumn === undefined ? -1 : index.columns.indexOf(keyColumn);
        return;
      }
      const key = keyAt >= 0 ? record.fields[keyAt]?.trim() : undefined;
      let group: number;
      if (isCaseTable) {
        caseRows++;
        group = key ? (groupOf.get(key) ?? groups++) : groups++;
        if (key && !groupOf.has(key)) groupOf.set(key, group);
      } else group = key ? (groupOf.get(key) ?? NO_CASE) : caseRows === 1 && groups === 1 ? 0 : NO_CASE;
      index.starts.push(record.offset);
      index.lines.push(record.line);
      index.groups.push(group);
    });
    tables.push(index);
  }

  // The findings about tables and columns, from the headers alone.
  const headers = (rows: (t: TableIndex) => SourceTable['rows']): SourceTable[] => tables.map((t) => ({ name: t.name, file: t.file, columns: t.columns, headerAt: t.headerAt, rows: rows(t) }));
  // Errors among them concern every case, so they go with every report (see splitTableFindings).
  const { everyReport, once } = splitTableFindings(unflatten(layout, headers(() => []), { ignore }).aboutTables);
  const unplaced: PlacedFinding[] = [...once];

  // Which rows of which table belong to each group (NO_CASE as the last): counted, then listed, in typed arrays.
  const slot = (g: number) => (g === NO_CASE ? groups : g);
  const firstOf = new Int32Array(groups + 2);
  for (const index of tables) for (let r = 0; r < index.starts.length; r++) firstOf[slot(index.groups.at(r)) + 1]!++;
  for (let g = 1; g < firstOf.length; g++) firstOf[g]! += firstOf[g - 1]!;
  const filled = firstOf.slice(0, -1);
  const memberTable = new Int32Array(firstOf[groups + 1]!);
  const memberRow = new Int32Array(firstOf[groups + 1]!);
  for (const [t, index] of tables.entries()) for (let r = 0; r < index.starts.length; r++) {
    const at = filled[slot(index.groups.at(r))]!++;
    memberTable[at] = t;
    memberRow[at] = r;
  }

  const handles = await Promise.all(tables.map((t) => open(t.file, 'r')));
  // Made once: building the code lists' lookup is the dearest part of assembling a small case.
  const lookup = new CodeLookup(layout.lists);
  const decoder = decoderFor();
  let reports = 0;
  try {
    for (let g = 0; g <= groups; g++) {
      if (firstOf[g] === firstOf[g + 1]) continue;
      const byTable = new Map<number, SourceTable['rows']>();
      for (let m = firstOf[g]!; m < firstOf[g + 1]!; ) {
        // Rows that follow each other in a file (a case's rows usually do) are read in one piece.
        const table = memberTable[m]!;
        const first = memberRow[m]!;
        let last = first;
        while (++m < firstOf[g + 1]! && memberTable[m] === table && memberRow[m] === last + 1) last++;
        const index = tables[table]!;
        const start = index.starts.at(first);
        const end = last + 1 < index.starts.length ? index.starts.at(last + 1) : index.size;
        const bytes = new Uint8Array(end - start);
        await handles[table]!.read(bytes, 0, bytes.length, start);
        const parser = new CsvParser({ sep: index.sep });
        const records = [...parser.push(decoder.decode(bytes)), ...parser.end()];
        const list = byTable.get(table) ?? [];
        for (let row = first; row <= last; row++) list.push({ at: index.lines.at(row), cells: (records[row - first]?.fields ?? []).map(cell) });
        byTable.set(table, list);
      }
      const sources = headers((t) => byTable.get(tables.indexOf(t)) ?? []);
      const inGroup = g === groups ? 0 : (byTable.get(tables.findIndex((t) => t.name === caseTable.key))?.length ?? 0);
      const part = unflatten(layout, sources, { ignore, lookup, part: { casesElsewhere: caseRows - inGroup } });
      for (const record of part.records) {
        reports++;
        yield withFindingsOfEveryReport(record, everyReport);
      }
      unplaced.push(...part.unplaced);
    }
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
  if (reports === 0) unplaced.splice(once.length, 0, ...everyReport);
  if (reports === 0) unplaced.unshift(noCaseFinding(layout, dir));
  if (unplaced.length > 0) yield { origin: { file: dir }, findings: unplaced, locate: () => undefined };
}
