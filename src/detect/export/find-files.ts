/** Which files of the inputs hold which canonical table: by the start of the file name, or a folder named after the table. */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { DetectError } from '../detect-error.js';
import type { Mapping } from './mapping.js';

export type FileFormat = 'csv' | 'ndjson' | 'parquet';

export interface ExportFile {
  path: string;
  format: FileFormat;
  table: string;
}

const FORMATS: [RegExp, FileFormat][] = [
  [/\.csv$/i, 'csv'],
  [/\.(ndjson|jsonl)$/i, 'ndjson'],
  [/\.parquet$/i, 'parquet'],
];

export const formatOf = (path: string) => FORMATS.find(([re]) => re.test(path))?.[1];

/** Every data file of the inputs assigned to a table; a data file that fits no table is an error, never skipped. */
export function findExportFiles(inputs: string[], tables: string[], mapping: Mapping): ExportFile[] {
  const prefixes = tables.map((t) => ({ table: t, prefix: (mapping.tables[t]?.files ?? t).toLowerCase() }));
  const tableOf = (path: string, root: string) => {
    const parts = [basename(path), ...relative(root, path).split(sep).slice(0, -1).reverse()].map((p) => p.toLowerCase());
    for (const part of parts) {
      // Longest prefix first, so "transactions" is never taken for a table whose prefix is "trans".
      const match = prefixes.filter((p) => part.startsWith(p.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
      if (match) return match.table;
    }
    return undefined;
  };
  const files: ExportFile[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = statSync(input);
    } catch {
      throw new DetectError(`${input}: no such file or folder`);
    }
    const candidates = info.isDirectory()
      ? readdirSync(input, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && formatOf(e.name))
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [input];
    const root = info.isDirectory() ? input : join(input, '..');
    for (const path of candidates) {
      const format = formatOf(path);
      if (!format) throw new DetectError(`${path}: not a CSV, NDJSON (.ndjson, .jsonl) or Parquet file`);
      const table = tableOf(path, root);
      if (!table) {
        throw new DetectError(`${path}: the name does not say which table it holds: start it with ${prefixes.map((p) => p.prefix).join(', ')}${mapping.file ? '' : ', or name your files in a mapping file (--mapping)'}`);
      }
      files.push({ path, format, table });
    }
    if (info.isDirectory() && candidates.length === 0) throw new DetectError(`${input}: the folder holds no .csv, .ndjson, .jsonl or .parquet files`);
  }
  return files;
}
