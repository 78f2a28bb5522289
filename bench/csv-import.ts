/**
 * Importing a large CSV package: time and peak memory at two sizes, to show memory stays flat as the package
 * grows (each file may be up to 256 MiB, MAX_CSV_BYTES). The package is synthetic: the examples exported as a
 * CSV package, their rows written again and again with new record identifiers, until the size is reached.
 * Baseline, in the same run: the package read whole into memory and assembled at once (how import read it
 * before), at the smaller size only (at 250 MB it ran out of a 4 GB heap).
 *
 *   npx tsx bench/csv-import.ts [--mb 50,200]
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCsvPackage } from '../src/tabular/export-tabular.js';

const sizes = (process.argv[process.argv.indexOf('--mb') + 1] && process.argv.includes('--mb') ? process.argv[process.argv.indexOf('--mb') + 1]! : '50,200').split(',').map(Number);
const scratch = mkdtempSync(join(tmpdir(), 'htfds-csv-bench-'));
const examples = readdirSync('examples').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')) as Record<string, unknown>);
/** Record identifiers `…-8000-RRRRRRIIIIII`: the repetition, then the report's place in the batch. */
const batch = examples.map((r, i) => ({ ...r, recordId: `00000000-0000-4000-8000-000000${i.toString(16).padStart(6, '0')}` }));
const files = exportCsvPackage(batch);

function makePackage(mb: number): { dir: string; bytes: number; cases: number } {
  const dir = join(scratch, `package-${mb}mb`);
  mkdirSync(dir);
  const bodies = files.map((f) => {
    const nl = f.content.indexOf('\n');
    return { path: f.path, header: f.content.slice(0, nl + 1), body: f.content.slice(nl + 1) };
  });
  const repeated = (path: string) => path.endsWith('.csv') && path !== 'codelists.csv';
  const perBatch = bodies.filter((f) => repeated(f.path)).reduce((n, f) => n + Buffer.byteLength(f.body), 0);
  const repetitions = Math.ceil((mb * 1024 * 1024) / perBatch);
  let bytes = 0;
  for (const f of bodies) {
    const fd = openSync(join(dir, f.path), 'w');
    writeSync(fd, f.header);
    // Code lists and the package description are written once; the tables' rows once per repetition.
    const repeat = repeated(f.path) ? repetitions : 1;
    for (let r = 0; r < repeat; r++) writeSync(fd, r === 0 ? f.body : f.body.replaceAll('-8000-000000', `-8000-${r.toString(16).padStart(6, '0')}`));
    closeSync(fd);
    bytes += statSync(join(dir, f.path)).size;
  }
  return { dir, bytes, cases: repetitions * batch.length };
}

// Case by case runs with a 256 MB heap, which fails if memory grows with the package.
const probe = (dir: string, mode: string) =>
  JSON.parse(execFileSync(process.execPath, [...(mode === 'stream' ? ['--max-old-space-size=256'] : []), '--import', 'tsx', 'bench/csv-import-probe.ts', dir, mode], { encoding: 'utf8', maxBuffer: 1024 * 1024 })) as { seconds: number; maxRssKb: number; reports: number };

console.log('| package | cases | reading | wall time | peak RSS |');
// (case by case with a heap limit of 256 MB)
console.log('|---:|---:|---|---:|---:|');
for (const [i, mb] of sizes.entries()) {
  const pkg = makePackage(mb);
  const size = `${(pkg.bytes / 1024 / 1024).toFixed(0)} MB`;
  if (i === 0) {
    const whole = probe(pkg.dir, 'whole');
    console.log(`| ${size} | ${pkg.cases.toLocaleString('en')} | whole package in memory (baseline) | ${whole.seconds.toFixed(1)} s | ${(whole.maxRssKb / 1024).toFixed(0)} MB |`);
  }
  const stream = probe(pkg.dir, 'stream');
  if (stream.reports !== pkg.cases) throw new Error(`${stream.reports} reports imported from ${pkg.cases} cases`);
  console.log(`| ${size} | ${pkg.cases.toLocaleString('en')} | case by case (htfds import) | ${stream.seconds.toFixed(1)} s | ${(stream.maxRssKb / 1024).toFixed(0)} MB |`);
  rmSync(pkg.dir, { recursive: true, force: true });
}
rmSync(scratch, { recursive: true, force: true });
