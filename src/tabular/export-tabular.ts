/**
 * `htfds export`: case reports into the templates, as a workbook or a CSV package. Before anything is written
 * the rows are read back in memory and compared with the reports, so that an export is always the exact
 * inverse of import: a report holding something the templates cannot say (a field that is not in the
 * standard, a value of the wrong kind) is refused with the JSON pointer of that value, not silently changed.
 */
import { CodeLookup } from './code-lookup.js';
import { csvPackageFiles, type PackageFile } from './csv/csv-package.js';
import { currentLayout } from './current-layout.js';
import { flattenReports, type FlatTables } from './flatten.js';
import type { TabularLayout } from './layout.js';
import { firstDifference } from './object-tree.js';
import type { SourceTable } from './source-table.js';
import { unflatten } from './unflatten.js';
import { writeWorkbook } from './xlsx/write-workbook.js';

export interface ExportProblem {
  /** 0-based position of the report among those exported. */
  report: number;
  /** JSON pointer in that report. */
  path: string;
  message: string;
}

export class ExportRefused extends Error {
  constructor(readonly problems: ExportProblem[]) {
    super(`${problems.length} report(s) cannot be written to the templates`);
  }
}

/** The rows of the reports, checked to read back as the same reports. */
export function tabulate(reports: readonly unknown[], layout: TabularLayout = currentLayout): FlatTables {
  const lookup = new CodeLookup(layout.lists);
  const rows = flattenReports(layout, reports, lookup);
  const sources: SourceTable[] = layout.tables.map((table) => ({
    name: table.key,
    file: '(export)',
    columns: table.columns.map((c) => c.key),
    headerAt: 1,
    rows: rows.get(table.key)!.map((cells, i) => ({ at: i + 2, cells })),
  }));
  const back = unflatten(layout, sources, { lookup });
  const byRow = new Map(back.records.map((r) => [r.origin.line, r]));
  const problems: ExportProblem[] = [];
  reports.forEach((report, i) => {
    const read = byRow.get(i + 2);
    const at = firstDifference(report, read?.record);
    if (at !== undefined) {
      problems.push({ report: i, path: at, message: 'This value cannot be written to the templates so that it reads back the same: it is not a field of the standard, or not of the kind the field takes (a number where text belongs, an object where a value belongs).' });
    }
  });
  if (problems.length > 0) throw new ExportRefused(problems);
  return rows;
}

export async function exportWorkbook(reports: readonly unknown[], layout: TabularLayout = currentLayout): Promise<Uint8Array> {
  return writeWorkbook(layout, { variant: 'full', rows: tabulate(reports, layout) });
}

export function exportCsvPackage(reports: readonly unknown[], layout: TabularLayout = currentLayout): PackageFile[] {
  return csvPackageFiles(layout, 'full', tabulate(reports, layout));
}
