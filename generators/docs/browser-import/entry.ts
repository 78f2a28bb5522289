/**
 * The spreadsheet importer for the validator page: the same code as `htfds import` (importWorkbook,
 * importCsvPackage), reading the files the user chose from memory. Validation is left to the page, which
 * places each finding through the imported report's `locate`.
 */
import type { ImportedRecord } from '../../../src/io/imported-record.js';
import { UnusableInputError } from '../../../src/io/read-records.js';
import { importCsvPackage, importWorkbook } from '../../../src/tabular/import-tabular.js';

/** Reports → a filled workbook (`htfds export`), for downloading what a page prepared. */
export { exportWorkbook } from '../../../src/tabular/export-tabular.js';
/** A submission of the online form → a case report with its findings (`htfds import submission.xml`). */
export { importSubmission } from '../../../src/forms/import-submission.js';
import { mountFiles } from './shims/fs.js';

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface TabularImport {
  imported: ImportedRecord[];
  unusable: { file: string; place?: string; reason: string }[];
}

/** The reports in the chosen workbooks (each on its own) and CSV files (together, as one CSV package). */
export async function importTabular(chosen: ChosenFile[]): Promise<TabularImport> {
  const result: TabularImport = { imported: [], unusable: [] };
  const collect = async (records: AsyncGenerator<ImportedRecord>) => {
    try {
      for await (const record of records) result.imported.push(record);
    } catch (error) {
      if (!(error instanceof UnusableInputError)) throw error;
      result.unusable.push({ file: error.file, ...(error.place ? { place: error.place } : {}), reason: error.reason });
    }
  };
  const workbooks = chosen.filter((f) => /\.xlsx$/i.test(f.name));
  const csv = chosen.filter((f) => /\.csv$/i.test(f.name));
  for (const workbook of workbooks) {
    mountFiles([[workbook.name, workbook.bytes]]);
    await collect(importWorkbook(workbook.name));
  }
  if (csv.length > 0) {
    mountFiles(csv.map((f) => [f.name, f.bytes]));
    await collect(importCsvPackage('.'));
  }
  mountFiles([]);
  return result;
}
