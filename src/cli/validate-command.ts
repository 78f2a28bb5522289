/**
 * `htfds validate <files or folders…>`: validates JSON and NDJSON case reports. Text output for people
 * (grouped by rule, with counts and the first few places), `--format json` for machines.
 * Exit code 0 when every report is valid, 1 when any is invalid, 2 when any input is unusable.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { readRecords, UnusableInputError, type InputRecord } from '../io/read-records.js';
import type { Finding } from '../validate/finding.js';
import { validateCaseReport } from '../validate/validate-case-report.js';
import { createProgress } from './progress.js';

export interface ValidateOptions {
  format: 'text' | 'json';
  /** How many places to show for each rule in text output. */
  examples: number;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

interface RuleSummary {
  severity: string;
  message: string;
  hint: string;
  count: number;
  places: string[];
}

const isReportFile = (name: string) => /\.(json|ndjson|jsonl)$/i.test(name);

/** The files to read: files as given, folders searched recursively for .json/.ndjson/.jsonl, in a stable order. */
async function expandInputs(inputs: string[]): Promise<{ files: string[]; unusable: UnusableInputError[] }> {
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

const placeOf = (record: InputRecord) => (record.line !== undefined ? `${record.file}:${record.line}` : record.index !== undefined ? `${record.file}[${record.index}]` : record.file);

export async function validateCommand(inputs: string[], options: ValidateOptions): Promise<number> {
  const { files, unusable } = await expandInputs(inputs);
  const totalBytes = (await Promise.all(files.map((f) => stat(f).then((s) => s.size).catch(() => 0)))).reduce((a, b) => a + b, 0);
  const progress = createProgress(options.stderr, totalBytes);
  const rules = new Map<string, RuleSummary>();
  let records = 0;
  let invalid = 0;
  let firstJsonFinding = true;

  if (options.format === 'json') options.stdout.write('{"findings":[');
  const emit = (record: InputRecord, finding: Finding) => {
    if (options.format === 'json') {
      const out = { file: record.file, ...(record.line !== undefined ? { line: record.line } : {}), ...(record.index !== undefined ? { index: record.index } : {}), ...finding };
      options.stdout.write(`${firstJsonFinding ? '' : ','}\n${JSON.stringify(out)}`);
      firstJsonFinding = false;
      return;
    }
    const summary = rules.get(finding.code) ?? { severity: finding.severity, message: finding.message, hint: finding.hint, count: 0, places: [] };
    summary.count++;
    if (summary.places.length < options.examples) summary.places.push(`${placeOf(record)} ${finding.path || '/'}`);
    rules.set(finding.code, summary);
  };

  for (const file of files) {
    try {
      for await (const record of readRecords(file, (n) => progress.advance(n))) {
        records++;
        const findings = validateCaseReport(record.data);
        if (findings.some((f) => f.severity === 'error')) invalid++;
        for (const finding of findings) emit(record, finding);
      }
    } catch (error) {
      if (!(error instanceof UnusableInputError)) throw error;
      unusable.push(error);
    }
  }
  progress.done();

  const summary = { files: files.length, records, valid: records - invalid, invalid, unusable: unusable.length };
  if (options.format === 'json') {
    const unusableJson = unusable.map((u) => ({ file: u.file, ...(u.place ? { place: u.place } : {}), reason: u.reason }));
    options.stdout.write(`${firstJsonFinding ? '' : '\n'}],"unusable":${JSON.stringify(unusableJson)},"summary":${JSON.stringify(summary)}}\n`);
  } else {
    for (const u of unusable) options.stderr.write(`htfds: ${u.message}\n`);
    const ordered = [...rules.entries()].sort((a, b) => (a[1].severity === b[1].severity ? b[1].count - a[1].count : a[1].severity === 'error' ? -1 : 1));
    for (const [code, rule] of ordered) {
      options.stdout.write(`\n${rule.severity} ${code} (${rule.count}×): ${rule.message}\n  what to do: ${rule.hint}\n`);
      for (const place of rule.places) options.stdout.write(`  at ${place}\n`);
      if (rule.count > rule.places.length) options.stdout.write(`  … and ${rule.count - rule.places.length} more\n`);
    }
    const word = (n: number, s: string) => `${n} ${s}${n === 1 ? '' : 's'}`;
    options.stdout.write(`\n${word(records, 'report')} in ${word(files.length, 'file')}: ${summary.valid} valid, ${invalid} invalid${unusable.length ? `, ${word(unusable.length, 'unusable input')}` : ''}.\n`);
  }
  return unusable.length > 0 ? 2 : invalid > 0 ? 1 : 0;
}
