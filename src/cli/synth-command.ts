/** `htfds synth --out <dir>`: labelled synthetic bank data with planted typologies, and their case reports. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { packagePath } from '../detect/package-root.js';
import { UnusableInputError } from '../io/read-records.js';
import { makeOutputFolder } from './output.js';
import { BANK_COUNTRIES } from '../synth/clock.js';
import { transactionsPerCustomerMonth } from '../synth/background.js';
import { OUTPUT_FILES, REPORTS_FILE, synthesise } from '../synth/synthesise.js';
import { loadBackground, loadTypologies } from '../synth/typology.js';

export interface SynthCommandOptions {
  out: string;
  seed: string;
  customers?: number;
  transactions?: number;
  months: number;
  start: string;
  country: string;
  rate: number;
  lookalikeRate: number;
  typologies?: string[];
  format: 'csv' | 'ndjson';
  typologyDir?: string;
  stdout: Writable;
  stderr: Writable;
}

const DEFAULT_CUSTOMERS = 1000;

export async function synthCommand(options: SynthCommandOptions): Promise<number> {
  const bankCountry = BANK_COUNTRIES[options.country];
  if (!bankCountry) throw new UnusableInputError(`"${options.country}" is not a country the synthetic bank can be in; give one of ${Object.keys(BANK_COUNTRIES).join(', ')}`, '--country');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.start) || Number.isNaN(Date.parse(`${options.start}T00:00:00Z`)) || new Date(`${options.start}T00:00:00Z`).toISOString().slice(0, 10) !== options.start) {
    throw new UnusableInputError('is not a date; give the first day of the period as YYYY-MM-DD', '--start');
  }
  if (options.customers !== undefined && options.transactions !== undefined) throw new UnusableInputError('give either --customers or --transactions, not both', '--transactions');

  const typologyDir = options.typologyDir ?? packagePath('schema', 'typologies');
  const loaded = loadTypologies(typologyDir);
  const all = loaded.filter((t) => !t.benign);
  const lookalikes = loaded.filter((t) => t.benign);
  const background = loadBackground(typologyDir);
  let typologies = all;
  if (options.typologies) {
    const unknown = options.typologies.filter((id) => !all.some((t) => t.id === id));
    if (unknown.length > 0) throw new UnusableInputError(`no typology "${unknown[0]}"; give some of ${all.map((t) => t.id).join(', ')}`, '--typologies');
    typologies = all.filter((t) => options.typologies!.includes(t.id));
  }
  const customers = options.transactions !== undefined ? Math.max(1, Math.ceil(options.transactions / (transactionsPerCustomerMonth(background) * options.months))) : (options.customers ?? DEFAULT_CUSTOMERS);

  // Never mix a run with the files of another: the truth would no longer match the tables.
  if (existsSync(options.out)) {
    if (!statSync(options.out).isDirectory()) throw new UnusableInputError('is a file; give a folder for the tables', options.out);
    const clash = readdirSync(options.out).find((f) => [...OUTPUT_FILES.flatMap((t) => [`${t}.csv`, `${t}.ndjson`]), REPORTS_FILE, 'datapackage.json'].includes(f));
    if (clash) throw new UnusableInputError(`already holds ${clash} from an earlier run; give a new or empty folder`, options.out);
  } else {
    try {
      makeOutputFolder(options.out);
    } catch {
      throw new UnusableInputError('cannot be created; give a folder you can write to', options.out);
    }
  }

  const summary = await synthesise({
    outDir: options.out,
    seed: options.seed,
    customers,
    months: options.months,
    start: options.start,
    country: options.country,
    timeZone: bankCountry.timeZone,
    currency: bankCountry.currency,
    rate: options.rate,
    typologies,
    lookalikeRate: options.lookalikeRate,
    lookalikes,
    background,
    format: options.format,
    dataPackage: packagePath('schema', 'transaction-export', 'datapackage.json'),
  });
  const out = options.stdout;
  out.write(`wrote ${join(options.out, `*.${options.format}`)} and ${REPORTS_FILE}: ${summary.customers} customers, ${summary.accounts} accounts, ${summary.transactions} transactions, ${summary.truth} truth rows, ${summary.reports} case reports\n`);
  for (const [id, n] of Object.entries(summary.schemes)) out.write(`  ${id.padEnd(24)} ${String(n).padStart(6)} scheme(s)\n`);
  for (const [id, n] of Object.entries(summary.lookalikeSchemes)) out.write(`  ${id.padEnd(24)} ${String(n).padStart(6)} look-alike(s), not labelled\n`);
  out.write(`labelled customers: ${summary.labelledCustomers} of ${summary.customers} (${(summary.achievedRate * 100).toFixed(2)}%; asked ${(options.rate * 100).toFixed(2)}%)\n`);
  // Schemes come whole, so a small population cannot hit a small rate exactly; say so rather than hide it.
  if (options.rate > 0 && Math.abs(summary.achievedRate - options.rate) > Math.max(0.2 * options.rate, 0.001)) {
    options.stderr.write(`htfds: the population is too small for a rate of ${options.rate}: one scheme of each typology gives ${(summary.achievedRate * 100).toFixed(2)}%; give more --customers\n`);
  }
  return 0;
}
