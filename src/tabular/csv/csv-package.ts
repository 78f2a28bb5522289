/** The CSV package as files: datapackage.json, the code lists, and one CSV per table (header, then rows). */
import type { FlatTables } from '../flatten.js';
import type { TabularLayout } from '../layout.js';
import type { OutCell } from '../write-cell.js';
import { formatCsv } from './csv-text.js';
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
