/**
 * Reads every report of the given files and folders, for commands that take reports as input: JSON and NDJSON
 * directly, filled templates (workbooks, CSV packages, form submissions) through `htfds import`'s importers.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPlace, validationBeyond } from '../io/imported-record.js';
import type { Finding } from '../validate/finding.js';
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

/**
 * Every report in the files; unusable files are collected, not thrown, so the others are still read. With
 * `quoteInput: false` (commands that share data) a template that cannot be read is reported without the importer's
 * message, which may name the template's own sheets and headers.
 */
export async function* eachRecord(files: string[], unusable: UnusableInputError[], onBytes?: (n: number) => void, options: { quoteInput?: boolean } = {}): AsyncGenerator<InputRecord> {
  for (const file of files) {
    try {
      if (isReportFile(file)) yield* readRecords(file, onBytes);
      else yield* importedRecords(file, options.quoteInput ?? true);
    } catch (error) {
      if (!(error instanceof UnusableInputError)) throw error;
      unusable.push(error);
    }
  }
}

/** Every finding of a report: what reading it found, then validation's (as `htfds import` gives them). */
export const findingsOf = (record: InputRecord): Finding[] => [...record.findings, ...validationBeyond(record.findings, record.data)];

/** Where a report came from, for messages: file:line, file[index] or file. */
export const placeOf = (record: InputRecord) => (record.line !== undefined ? `${record.file}:${record.line}` : record.index !== undefined ? `${record.file}[${record.index}]` : record.file);

/** The reports a filled template holds; a template whose reading failed outright is unusable input. */
async function* importedRecords(path: string, quoteInput: boolean): AsyncGenerator<InputRecord> {
  let index = 0;
  for await (const imported of importRecords(path)) {
    if (imported.record === undefined) {
      const first = imported.findings.find((f) => f.severity === 'error');
      if (!quoteInput) throw new UnusableInputError('the filled template could not be read; run htfds import on it to see where and why', path);
      throw new UnusableInputError(first ? `${first.message}${first.place ? ` (${formatPlace(first.place)})` : ''}` : 'no report could be read', path);
    }
    // What the import found goes with the report, placed, so every command sees the same problems as `htfds import`.
    yield { file: path, index: index++, data: imported.record, findings: imported.findings };
  }
}
