/**
 * `htfds import` of HTCDS data: a workbook or a submission file is read once, then handed to the HTCDS reader
 * when it is IOM's HTCDS template or form, and to the HTFDS template's reader otherwise.
 */
import type { ImportedRecord } from '../io/imported-record.js';
import { readSubmissionDocument, parseSubmission, readSubmissionFile } from '../forms/import-submission.js';
import { submissionRecord } from '../forms/submission-importer.js';
import { NON_DATA_TABLES, reportsFrom } from '../tabular/import-tabular.js';
import { readWorkbook, type WorkbookLimits } from '../tabular/xlsx/read-workbook.js';
import type { HtcdsImportOptions } from './htcds-case.js';
import { htcdsSubmissionRecord, isHtcdsSubmission } from './htcds-submission.js';
import { htcdsSheet, htcdsWorkbookRecords } from './htcds-workbook.js';

export type HtcdsOptions = Omit<HtcdsImportOptions, 'multiSeparator' | 'date1904' | 'splitEveryPicklist'>;

/** The reports of a filled workbook: IOM's HTCDS template, or the HTFDS template. */
export async function* importAnyWorkbook(file: string, options: HtcdsOptions & { limits?: WorkbookLimits } = {}): AsyncGenerator<ImportedRecord> {
  const tables = await readWorkbook(file, { ignore: NON_DATA_TABLES, ...(options.limits ? { limits: options.limits } : {}) });
  const htcds = htcdsSheet(tables);
  if (htcds) yield* htcdsWorkbookRecords(htcds, options);
  else yield* reportsFrom(tables, file);
}

/** The report of a form submission: of IOM's HTCDS form, or of the HTFDS form. */
export async function* importAnySubmission(file: string, options: HtcdsOptions = {}): AsyncGenerator<ImportedRecord> {
  const root = parseSubmission(await readSubmissionFile(file), file);
  yield isHtcdsSubmission(root) ? htcdsSubmissionRecord(root, file, options) : submissionRecord(readSubmissionDocument(root, file), file);
}
