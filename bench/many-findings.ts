/**
 * Validation time against the number of findings: reports with 30,000 and 300,000 findings (an example with
 * 10,000 and 100,000 transactions, each with three codes that are no codes), validated with the cap on findings
 * kept (validateCaseReportCapped, as the CLI and browser run it) and, as the baseline, the precompiled Ajv
 * validator alone, which every invalid report goes through. Linear means 10× the findings take about 10× the time.
 *
 *   npx tsx bench/many-findings.ts [--rounds 3]
 */
import { readFileSync } from 'node:fs';
import validateSchema from '../src/generated/validate-case-report.js';
import { validateCaseReportCapped } from '../src/validate/validate-case-report.js';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 3);
const example = JSON.parse(readFileSync('examples/fishing.json', 'utf8')) as { transactions: Record<string, unknown>[] };

function report(n: number): unknown {
  const t = example.transactions[0]!;
  return { ...example, transactions: Array.from({ length: n }, (_, i) => ({ ...t, id: `T${i}`, method: 'notAMethod', purpose: 'notAPurpose', counterpartyCountry: 'zz' })) };
}

/** Best of `rounds` wall times, in milliseconds. */
function best(run: () => void): number {
  let fastest = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    run();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return fastest;
}

console.log('| findings | Ajv alone (baseline) | validateCaseReportCapped (1,000 kept) | kept | counted, not kept |');
console.log('|---:|---:|---:|---:|---:|');
const times: number[] = [];
for (const n of [10_000, 100_000]) {
  const data = report(n);
  const ajv = best(() => void validateSchema(data));
  let result = validateCaseReportCapped(data);
  const capped = best(() => void (result = validateCaseReportCapped(data)));
  times.push(capped);
  console.log(`| ${(result.findings.length + result.omitted).toLocaleString('en')} | ${ajv.toFixed(0)} ms | ${capped.toFixed(0)} ms | ${result.findings.length} | ${result.omitted.toLocaleString('en')} |`);
}
console.log(`\n10× the findings took ${(times[1]! / times[0]!).toFixed(1)}× the time (linear: 10× or less).`);
// For the record: before the generator made Ajv append a sub-validator's errors in place (src/validate/ajv-runtime.ts),
// Ajv alone took 3.0 s for these 10,000 transactions and 25.6 s for 30,000 (3× the errors, 8.4× the time).
