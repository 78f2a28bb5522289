/**
 * Form submissions as an input of `htfds import` (src/cli/import-command.ts): one report per submission file,
 * with every place given as the form field, so that findings read "submission.xml, field transactions[2]/amount".
 */
import type { ImportedRecord, Place } from '../io/imported-record.js';
import { parseSubmission, readSubmissionDocument, readSubmissionFile, type SubmissionRead } from './import-submission.js';

/** Reads one ODK / KoboToolbox submission file (instance XML) into an imported record. */
export async function* readSubmissionRecords(path: string): AsyncGenerator<ImportedRecord> {
  yield submissionRecord(readSubmissionDocument(parseSubmission(await readSubmissionFile(path), path), path), path);
}

/** A submission already read, as an imported record. */
export function submissionRecord({ report, findings, locate }: SubmissionRead, path: string): ImportedRecord {
  const place = (field: string): Place => ({ file: path, field });
  return {
    record: report,
    origin: place(locate('').field),
    findings: findings.map(({ field, label: _label, line: _line, ...finding }) => ({ ...finding, place: place(field) })),
    locate: (pointer) => place(locate(pointer).field),
  };
}
