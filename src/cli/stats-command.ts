/** `htfds stats [--k 11] [--by …] <inputs…>`: counts across reports, with small cells suppressed. */
import type { Writable } from 'node:stream';
import { UnusableInputError } from '../io/read-records.js';
import { DEFAULT_DIMENSIONS, dimensionFor, StatsAccumulator } from '../share/stats.js';
import { isValid } from '../validate/finding.js';
import { validateCaseReport } from '../validate/validate-case-report.js';
import { eachRecord, expandInputs } from './inputs.js';

export interface StatsOptions {
  k: number;
  by?: string[];
  format: 'text' | 'json';
  stdout: Writable;
  stderr: Writable;
}

export async function statsCommand(inputs: string[], options: StatsOptions): Promise<number> {
  const dimensions = options.by?.length
    ? options.by.map((name) => {
        const d = dimensionFor(name);
        if (!d) throw new UnusableInputError(`"${name}" is not a coded field or a known dimension (${DEFAULT_DIMENSIONS.map((x) => x.name).join(', ')})`, '--by');
        return d;
      })
    : DEFAULT_DIMENSIONS;
  const { files, unusable } = await expandInputs(inputs);
  const stats = new StatsAccumulator(dimensions);
  let invalid = 0;
  for await (const record of eachRecord(files, unusable)) {
    if (!isValid(validateCaseReport(record.data))) {
      invalid++;
      continue;
    }
    stats.add(record.data);
  }
  const result = stats.result(options.k);
  const { suppressed, ...publishable } = result;
  if (options.format === 'json') options.stdout.write(`${JSON.stringify(publishable, null, 2)}\n`);
  else {
    options.stdout.write(`${publishable.records} reports; cells under ${options.k} are shown as <${options.k}\n`);
    for (const [name, cells] of Object.entries(publishable.dimensions)) {
      options.stdout.write(`\n${name}\n`);
      for (const [value, count] of Object.entries(cells)) options.stdout.write(`  ${value.padEnd(40)} ${String(count).padStart(8)}\n`);
    }
  }
  for (const u of unusable) options.stderr.write(`htfds: ${u.message}\n`);
  if (invalid > 0) options.stderr.write(`htfds: ${invalid} invalid report(s) were left out of the counts; run htfds validate on them\n`);
  const primary = suppressed.filter((s) => s.reason === 'primary').length;
  options.stderr.write(`suppressed: ${primary} cell(s) under k=${options.k}, ${suppressed.length - primary} more so that they cannot be worked out from totals\n`);
  for (const s of suppressed) options.stderr.write(`  ${s.dimension} ${s.value} (${s.reason})\n`);
  return unusable.length > 0 ? 2 : 0;
}
