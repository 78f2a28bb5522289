/**
 * What every importer gives back (filled workbooks, CSV packages, form submissions): the reports it built,
 * the problems it met on the way, and where in the input each part of a report came from, so that every
 * message can name the sheet, row and column (or the line, or the form field) as well as the JSON pointer.
 */
import type { Finding } from '../validate/finding.js';
import { MAX_FINDINGS_PER_REPORT, validateCaseReportCapped, type CappedFindings } from '../validate/validate-case-report.js';

/** A place in an input file. Give what applies: sheet, row and column for workbooks, line for text files. */
export interface Place {
  file: string;
  sheet?: string;
  /** 1-based row of a sheet. */
  row?: number;
  /** Column letters of a sheet, e.g. `F`. */
  column?: string;
  /** 1-based line of a text file; for a CSV record, the line it starts on. */
  line?: number;
  /** The machine name of the column or form field. */
  field?: string;
}

export interface PlacedFinding extends Finding {
  place?: Place;
}

export interface ImportedRecord {
  /** The report built from the input; undefined when the findings are about input that belongs to no report. */
  record?: unknown;
  /** Where the report starts in the input (its case row, or the submission). */
  origin: Place;
  /** Problems met while reading the input into the report. */
  findings: PlacedFinding[];
  /** The place in the input a JSON pointer of `record` came from, for placing validation findings. */
  locate(pointer: string): Place | undefined;
}

/** `filled.xlsx, sheet "transactions", row 12, column F (amount/amount)` or `transactions.csv, line 7, column amount/amount`. */
export function formatPlace(place: Place): string {
  const parts = [place.file];
  if (place.sheet !== undefined) parts.push(`sheet "${place.sheet}"`);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.column !== undefined) parts.push(`column ${place.column}${place.field ? ` (${place.field})` : ''}`);
  else if (place.field !== undefined) parts.push(`${place.sheet !== undefined || place.line !== undefined ? 'column' : 'field'} ${place.field}`);
  return parts.join(', ');
}

/**
 * Validation's findings of a report read from a file, at most `max` of them (the rest counted), without those at
 * a value reading already reported as an error: that value was left out of the report, so validation saying it
 * is missing would only repeat it.
 */
export function validationBeyond(read: readonly Finding[], data: unknown, max = MAX_FINDINGS_PER_REPORT): CappedFindings {
  if (read.length === 0) return validateCaseReportCapped(data, max);
  const reported = new Set(read.filter((f) => f.severity === 'error').map((f) => f.path));
  // Some of the kept ones may be repeats that are dropped: keep enough to fill the cap after dropping them.
  const { findings, omitted, valid } = validateCaseReportCapped(data, max + reported.size);
  const kept = findings.filter((f) => !reported.has(f.path));
  return kept.length > max ? { findings: kept.slice(0, max), omitted: omitted + kept.length - max, valid } : { findings: kept, omitted, valid };
}
