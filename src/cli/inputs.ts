/** Reads every report of the given files and folders, for commands that take reports as input. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readRecords, UnusableInputError, type InputRecord } from '../io/read-records.js';

const isReportFile = (name: string) => /\.(json|ndjson|jsonl)$/i.test(name);

/** The files to read: files as given, folders searched recursively for .json/.ndjson/.jsonl, in a stable order. */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; unusable: UnusableInputError[] }> {
  const files: string[] = [];
  const unusable: UnusableInputError[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) unusable.push(new UnusableInputError('no such file or folder', input));
    else if (info.isDirectory()) {
      const entries = (await readdir(input, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && isReportFile(e.name))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      if (entries.length === 0) unusable.push(new UnusableInputError('the folder holds no .json, .ndjson or .jsonl files', input));
      files.push(...entries);
    } else files.push(input);
  }
  return { files, unusable };
}

/** Every report in the files; unusable files are collected, not thrown, so the others are still read. */
export async function* eachRecord(files: string[], unusable: UnusableInputError[], onBytes?: (n: number) => void): AsyncGenerator<InputRecord> {
  for (const file of files) {
    try {
      yield* readRecords(file, onBytes);
    } catch (error) {
      if (!(error instanceof UnusableInputError)) throw error;
      unusable.push(error);
    }
  }
}

/** Where a report came from, for messages: file:line, file[index] or file. */
export const placeOf = (record: InputRecord) => (record.line !== undefined ? `${record.file}:${record.line}` : record.index !== undefined ? `${record.file}[${record.index}]` : record.file);
