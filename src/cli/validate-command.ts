/**
 * `htfds validate <files or folders…>`: validates JSON and NDJSON case reports. Text output for people
 * (grouped by rule, with counts and the first few places), `--format json` for machines.
 * Exit code 0 when every report is valid, 1 when any is invalid, 2 when any input is unusable.
 */
import { stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { InputRecord } from '../io/read-records.js';
import { eachRecord, expandInputs, findingsOf, placeOf } from './inputs.js';
import type { Finding } from '../validate/finding.js';
import { MAX_FINDINGS_PER_REPORT } from '../validate/validate-case-report.js';
import { formatPlace, type Place, type PlacedFinding } from '../io/imported-record.js';
import { createProgress } from './progress.js';

export interface ValidateOptions {
  format: 'text' | 'json';
  /** How many places to show for each rule in text output. */
  examples: number;
  /** Findings kept per report (default MAX_FINDINGS_PER_REPORT); the rest are counted. */
  maxFindings?: number;
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

/** The cell or line of a filled template a finding is about, when reading the template placed it. */
const placed = (finding: Finding & { place?: Place }) => (finding.place ? formatPlace(finding.place) : undefined);

export async function validateCommand(inputs: string[], options: ValidateOptions): Promise<number> {
  const maxFindings = options.maxFindings ?? MAX_FINDINGS_PER_REPORT;
  const { files, unusable } = await expandInputs(inputs);
  const totalBytes = (await Promise.all(files.map((f) => stat(f).then((s) => s.size).catch(() => 0)))).reduce((a, b) => a + b, 0);
  const progress = createProgress(options.stderr, totalBytes);
  const rules = new Map<string, RuleSummary>();
  let records = 0;
  let invalid = 0;
  let firstJsonFinding = true;
  // Findings beyond the cap of a report are counted, not kept: the reports, and a total.
  let omittedTotal = 0;
  const omittedPlaces: string[] = [];

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
    if (summary.places.length < options.examples) summary.places.push(`${placed(finding) ?? placeOf(record)} ${finding.path || '/'}`);
    rules.set(finding.code, summary);
  };

  const unplaced: PlacedFinding[] = [];
  const emitOmitted = (record: InputRecord, count: number) => {
    const out = { file: record.file, ...(record.line !== undefined ? { line: record.line } : {}), ...(record.index !== undefined ? { index: record.index } : {}), findingsNotKept: count };
    options.stdout.write(`${firstJsonFinding ? '' : ','}\n${JSON.stringify(out)}`);
    firstJsonFinding = false;
  };

  for await (const record of eachRecord(files, unusable, (n) => progress.advance(n), { unplaced })) {
    records++;
    const { findings, omitted, valid } = findingsOf(record, maxFindings);
    if (!valid) invalid++;
    for (const finding of findings) emit(record, finding);
    if (omitted > 0) {
      omittedTotal += omitted;
      if (omittedPlaces.length < options.examples) omittedPlaces.push(`${placeOf(record)} (${omitted.toLocaleString('en')} more)`);
      if (options.format === 'json') emitOmitted(record, omitted);
    }
  }
  progress.done();
  // Findings about parts of a filled template that belong to no report (an extra sheet, a row linked to no case), as import gives them.
  for (const finding of unplaced) emit({ file: finding.place?.file ?? '', findings: [], data: undefined }, finding);

  const summary = { files: files.length, records, valid: records - invalid, invalid, unusable: unusable.length, ...(omittedTotal > 0 ? { findingsNotKept: omittedTotal } : {}) };
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
    if (omittedTotal > 0) {
      options.stdout.write(`\n${omittedTotal.toLocaleString('en')} more finding(s) were counted but not kept: each report keeps its first ${maxFindings.toLocaleString('en')} (--max-findings to change). Fix those first and validate again.\n`);
      for (const place of omittedPlaces) options.stdout.write(`  at ${place}\n`);
    }
    options.stdout.write(`\n${word(records, 'report')} in ${word(files.length, 'file')}: ${summary.valid} valid, ${invalid} invalid${unusable.length ? `, ${word(unusable.length, 'unusable input')}` : ''}.\n`);
  }
  return unusable.length > 0 ? 2 : invalid > 0 || unplaced.some((f) => f.severity === 'error') ? 1 : 0;
}
