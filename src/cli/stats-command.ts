/**
 * `htfds stats --epsilon 1 --budget-file ledger.json [--dataset name] <inputs…>`: counts across reports,
 * published with differential privacy (src/share/stats.ts); each release spends its ε from the data set's budget,
 * recorded in the ledger before anything is printed. Exit 0, 1 when reports were left out, 2 for unusable input
 * or an exhausted budget.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { UnusableInputError } from '../io/read-records.js';
import { parseRational } from '../share/discrete-laplace.js';
import { BudgetExceeded, emptyLedger, isLedger, spend, spent } from '../share/privacy-budget.js';
import { DEFAULT_DIMENSIONS, dimensionFor, StatsAccumulator } from '../share/stats.js';
import type { PlacedFinding } from '../io/imported-record.js';
import { eachRecord, expandInputs, writeUnplaced } from './inputs.js';
import { OutputError } from './output.js';

export interface StatsCommandOptions {
  epsilon: string;
  budget: number;
  budgetFile: string;
  dataset: string;
  threshold: number;
  cap: number;
  by?: string[];
  format: 'text' | 'json';
  stdout: Writable;
  stderr: Writable;
}

async function readLedger(path: string) {
  if (!existsSync(path)) return emptyLedger();
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    value = undefined;
  }
  if (!isLedger(value)) throw new UnusableInputError('is not an HTFDS privacy-budget ledger; give the ledger this data set\'s earlier releases were recorded in', path);
  return value;
}

export async function statsCommand(inputs: string[], options: StatsCommandOptions): Promise<number> {
  const epsilon = parseRational(options.epsilon);
  if (!epsilon || epsilon.num / epsilon.den > 10) throw new UnusableInputError('ε must be a decimal number greater than 0 and at most 10, for example 0.5', '--epsilon');
  const dimensions = options.by?.length
    ? options.by.map((name) => {
        const d = dimensionFor(name);
        if (!d) throw new UnusableInputError(`not a coded field or a known dimension (${DEFAULT_DIMENSIONS.map((x) => x.name).join(', ')})`, '--by');
        return d;
      })
    : DEFAULT_DIMENSIONS;
  const ledger = await readLedger(options.budgetFile);
  const { files, unusable } = await expandInputs(inputs);
  const stats = new StatsAccumulator(dimensions);
  const unplaced: PlacedFinding[] = [];
  for await (const record of eachRecord(files, unusable, undefined, { quoteInput: false, unplaced })) stats.add(record.data, record.findings);

  // The budget is spent before anything is shown, so no release escapes the ledger.
  let next;
  try {
    next = spend(ledger, options.dataset, epsilon.num / epsilon.den, options.budget, dimensions.map((d) => d.name), new Date());
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    options.stderr.write(`htfds: ${error.message}; nothing was released. Publish what earlier releases gave, or start a new data set only for new, different people.\n`);
    return 2;
  }
  // Written whole and renamed over the ledger, so a failure never leaves half a ledger; a failure is said as the
  // ledger's (the temporary file is ours, not the user's), and nothing is released.
  const temporary = `${options.budgetFile}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`);
    await rename(temporary, options.budgetFile);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputError(options.budgetFile, error);
  }

  const release = stats.release({ epsilon, threshold: options.threshold, capPerPerson: options.cap });
  if (options.format === 'json') options.stdout.write(`${JSON.stringify(release, null, 2)}\n`);
  else {
    options.stdout.write(`${release.people} people or cases (differentially private, ε = ${release.epsilon}; each figure has noise added; figures under ${release.threshold} are not shown)\n`);
    for (const [name, cells] of Object.entries(release.tables)) {
      options.stdout.write(`\n${name}\n`);
      const entries = Object.entries(cells).sort((a, b) => b[1] - a[1]);
      for (const [code, count] of entries) options.stdout.write(`  ${code.padEnd(40)} ${String(count).padStart(8)}\n`);
      options.stdout.write(`  (every other code: under ${release.threshold})\n`);
    }
  }
  const unplacedErrors = writeUnplaced(options.stderr, unplaced, false);
  for (const u of unusable) options.stderr.write(`htfds: ${u.message}\n`);
  const refused = Object.entries(stats.diagnostics.refused);
  for (const [reason, n] of refused) options.stderr.write(`htfds: ${n} report(s) left out of the counts: ${reason}\n`);
  options.stderr.write(`privacy budget of data set "${options.dataset}": ε ${Math.round(spent(next, options.dataset) * 1e6) / 1e6} of ${next.datasets[options.dataset]!.budget} spent (ledger: ${options.budgetFile})\n`);
  return unusable.length > 0 ? 2 : refused.length > 0 || unplacedErrors ? 1 : 0;
}
