/** The CSV package as files: datapackage.json, the code lists, and one CSV per table (header, then rows). */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isUtf16, UnusableInputError } from '../../io/read-records.js';
import type { FlatTables } from '../flatten.js';
import type { TabularLayout } from '../layout.js';
import type { SourceTable } from '../source-table.js';
import type { OutCell } from '../write-cell.js';
import { CsvSyntaxError, formatCsv, parseCsv } from './csv-text.js';
import { CODELISTS_FILE, csvFileOf, dataPackage, DATAPACKAGE_FILE } from './datapackage.js';

export interface PackageFile {
  path: string;
  content: string;
}

const cellText = (cell: OutCell) => (cell === undefined ? '' : typeof cell === 'string' ? cell : String(cell));

export function csvPackageFiles(layout: TabularLayout, variant: 'full' | 'core', rows?: FlatTables): PackageFile[] {
  const files: PackageFile[] = [{ path: DATAPACKAGE_FILE, content: `${JSON.stringify(dataPackage(layout, variant), null, 2)}\n` }];
  for (const table of layout.tables) {
    const body = (rows?.get(table.key) ?? []).map((r) => r.map(cellText));
    files.push({ path: csvFileOf(table.key), content: formatCsv([table.columns.map((c) => c.key), ...body]) });
  }
  const codes = layout.lists.flatMap((l) => l.entries.map((e) => [l.name, e.code, e.title, e.description]));
  files.push({ path: CODELISTS_FILE, content: formatCsv([['list', 'code', 'title', 'description'], ...codes]) });
  return files;
}

/** Largest CSV file accepted. */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads every .csv file of a folder (not its subfolders) as a table. */
export async function readCsvPackage(dir: string, options: { ignore?: readonly string[] } = {}): Promise<SourceTable[]> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && /\.csv$/i.test(e.name)).map((e) => e.name).sort();
  if (names.length === 0) throw new UnusableInputError('the folder holds no .csv files', dir);
  const tables: SourceTable[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const table = basename(name, name.slice(-4));
    if (options.ignore?.includes(table) || name === CODELISTS_FILE) continue;
    const info = await stat(file);
    if (info.size > MAX_CSV_BYTES) throw new UnusableInputError(`the file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MiB; split the cases over several packages`, file);
    const bytes = await readFile(file);
    if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) throw new UnusableInputError('this is a zip archive (a workbook?), not CSV text', file);
    if (isUtf16(bytes)) throw new UnusableInputError('the text is UTF-16 (Excel\'s "Unicode text"), not UTF-8; save the file as CSV UTF-8', file);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new UnusableInputError('the text is not valid UTF-8; save the file as CSV UTF-8', file);
    }
    let records;
    try {
      records = parseCsv(text);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new UnusableInputError(error.message, file, `line ${error.line}`);
      throw error;
    }
    const [header, ...rows] = records;
    tables.push({
      name: table,
      file,
      columns: (header?.fields ?? []).map((f) => (f.trim() === '' ? undefined : f.trim())),
      headerAt: header?.line ?? 1,
      rows: rows.map((r) => ({ at: r.line, cells: r.fields.map((f) => (f === '' ? undefined : f)) })),
    });
  }
  return tables;
}
