/**
 * Reads every report of the given files and folders, for commands that take reports as input: JSON and NDJSON
 * directly, filled templates (workbooks, CSV packages, form submissions) through `htfds import`'s importers.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { formatPlace, validationBeyond, type PlacedFinding } from '../io/imported-record.js';
import { isValid } from '../validate/finding.js';
import { MAX_FINDINGS_PER_REPORT, type CappedFindings } from '../validate/validate-case-report.js';
import { readRecords, UnusableInputError, type InputRecord } from '../io/read-records.js';
import { importRecords } from './import-command.js';

const isReportFile = (name: string) => /\.(json|ndjson|jsonl)$/i.test(name);
const isTemplateFile = (name: string) => /\.(xlsx|xml)$/i.test(name);
/** A folder holding a filled CSV package is one input, not a folder to search. */
const isCsvPackage = (dir: string) => existsSync(join(dir, 'datapackage.json'));

/** The files to read: files as given, folders searched recursively for .json/.ndjson/.jsonl, in a stable order. */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; unusable: UnusableInputError[] }> {
  const files: string[] = [];
  const unusable: UnusableInputError[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) unusable.push(new UnusableInputError('no such file or folder', input));
    else if (info.isDirectory() && isCsvPackage(input)) files.push(input);
    else if (info.isDirectory()) {
      const entries = (await readdir(input, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && (isReportFile(e.name) || isTemplateFile(e.name)))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      if (entries.length === 0) unusable.push(new UnusableInputError('the folder holds no .json, .ndjson, .jsonl, .xlsx or .xml files', input));
      files.push(...entries);
    } else files.push(input);
  }
  return { files, unusable };
}

export interface ReadOptions {
  /** False for commands that share data: a template's problems are reported without the importer's words, which may name its sheets and headers. */
  quoteInput?: boolean;
  /**
   * Where findings about parts of a filled template that belong to no report go (an extra sheet, an unknown
   * column, a row linked to no case), as `htfds import` gives them. Without it, they make the template unusable.
   */
  unplaced?: PlacedFinding[];
}

/** Every report in the files; unusable files are collected, not thrown, so the others are still read. */
export async function* eachRecord(files: string[], unusable: UnusableInputError[], onBytes?: (n: number) => void, options: ReadOptions = {}): AsyncGenerator<InputRecord> {
  for (const file of files) {
    try {
      if (isReportFile(file)) yield* readRecords(file, onBytes);
      else yield* importedRecords(file, options);
    } catch (error) {
      if (!(error instanceof UnusableInputError)) throw error;
      unusable.push(error);
    }
  }
}

/**
 * One line each on standard error for the findings eachRecord collected in `unplaced`; true when any is an error
 * (the command then exits with 1, as `htfds import` does).
 */
export function writeUnplaced(stderr: Writable, unplaced: readonly PlacedFinding[], quoteInput = true): boolean {
  for (const f of unplaced) {
    stderr.write(quoteInput
      ? `htfds: ${f.severity} ${f.code} at ${f.place ? formatPlace(f.place) : '(no place)'}: ${f.message} ${f.hint}\n`
      : `htfds: ${f.severity} ${f.code} in ${f.place?.file ?? 'a filled template'}: part of it was not read; run htfds import on it to see where and why\n`);
  }
  return unplaced.some((f) => f.severity === 'error');
}

/**
 * The findings of a report: what reading it found, then validation's (as `htfds import` gives them), at most
 * `max` of validation's kept and the rest counted.
 */
export function findingsOf(record: InputRecord, max = MAX_FINDINGS_PER_REPORT): CappedFindings {
  const checked = validationBeyond(record.findings, record.data, max);
  return { findings: [...record.findings, ...checked.findings], omitted: checked.omitted, valid: checked.valid && isValid(record.findings) };
}

/** Where a report came from, for messages: file:line, file[index] or file. */
export const placeOf = (record: InputRecord) => (record.line !== undefined ? `${record.file}:${record.line}` : record.index !== undefined ? `${record.file}[${record.index}]` : record.file);

/** The reports a filled template holds; a template whose reading failed outright is unusable input. */
async function* importedRecords(path: string, options: ReadOptions): AsyncGenerator<InputRecord> {
  const quoteInput = options.quoteInput ?? true;
  let index = 0;
  for await (const imported of importRecords(path)) {
    if (imported.record === undefined) {
      // Findings that belong to no report go to the caller; a caller that takes none gets an unusable template.
      if (options.unplaced) {
        options.unplaced.push(...imported.findings);
        continue;
      }
      const first = imported.findings.find((f) => f.severity === 'error');
      if (!quoteInput) throw new UnusableInputError('the filled template could not be read in full; run htfds import on it to see where and why', path);
      const shown = first ?? imported.findings[0];
      throw new UnusableInputError(shown ? `${shown.message}${shown.place ? ` (${formatPlace(shown.place)})` : ''}` : 'no report could be read', path);
    }
    // What the import found goes with the report, placed, so every command sees the same problems as `htfds import`.
    yield { file: path, index: index++, data: imported.record, findings: imported.findings };
  }
}
