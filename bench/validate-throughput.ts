/**
 * Validation throughput and memory, with baselines measured in the same run.
 *
 *   npm run bench -- [--mb 200] [--memory-mb 100,400] [--rounds 3]
 *
 * Builds an NDJSON file of valid reports (the examples, each with a fresh record ID) and measures, over the
 * same lines: bare JSON.parse (baseline); parse + the precompiled Ajv validator, alone and followed by the
 * rules (the path validateCaseReport took before the generated check, baseline); parse + the generated verdict
 * check alone; parse + full validation as `validateCaseReport` does it now (the generated schema and rules checks;
 * Ajv and the rules that write findings only for reports they do not clear); parse + Ajv compiling the schema at
 * run time (baseline, plain `enum` code lists); the reader's parse with its checks for keys given twice
 * (src/io/report-json.ts) against the previous reader's structure walk (baseline), alone and with validation.
 * Peak memory is the CLI's maximum RSS on files of growing size.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { addFormats } from '../generators/validators/add-formats.js';
import validateSchema from '../src/generated/validate-case-report.js';
import { passesSchema } from '../src/generated/check-case-report-schema.js';
import { ruleFindings } from '../src/validate/rules.js';
import { schemaFindings } from '../src/validate/schema-findings.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { parseReportJson } from '../src/io/report-json.js';
import { loadFieldModel } from '../generators/load-model.js';
import { validationSchema } from '../generators/validators/validation-schema.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const targetMb = Number(arg('mb', '200'));
const memoryMbs = arg('memory-mb', '100,400').split(',').map(Number);
const rounds = Number(arg('rounds', '3'));

const examples = readdirSync('examples').filter((f) => f.endsWith('.json') && f !== 'minimal.json').map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')));
const scratch = mkdtempSync(join(tmpdir(), 'htfds-bench-'));

/** Writes an NDJSON file of about `mb` megabytes of valid reports. */
function makeFile(mb: number): { path: string; records: number; bytes: number } {
  const path = join(scratch, `reports-${mb}mb.ndjson`);
  const fd = openSync(path, 'w');
  let bytes = 0;
  let records = 0;
  while (bytes < mb * 1024 * 1024) {
    const report = structuredClone(examples[records % examples.length]);
    report.recordId = `00000000-0000-4000-8000-${records.toString(16).padStart(12, '0')}`;
    const line = JSON.stringify(report) + '\n';
    writeSync(fd, line);
    bytes += Buffer.byteLength(line);
    records++;
  }
  closeSync(fd);
  return { path, records, bytes };
}

/** Wall time and this process's CPU time (user + system, GC threads included) of one pass over the file, in seconds. */
async function timeLines(path: string, perLine: (line: string) => void): Promise<{ wall: number; cpu: number }> {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const lines = createInterface({ input: createReadStream(path, { highWaterMark: 1024 * 1024 }), crlfDelay: Infinity });
  for await (const line of lines) if (line) perLine(line);
  const cpu = process.cpuUsage(cpuStart);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
}

const file = makeFile(targetMb);
const mb = file.bytes / 1024 / 1024;
console.log(`input: ${file.records} reports, ${mb.toFixed(0)} MB of NDJSON (avg ${(file.bytes / file.records / 1024).toFixed(1)} KB per report), node ${process.version}\n`);

// Baseline: Ajv compiling the schema at run time, with the code lists as plain enums.
const compileStart = process.hrtime.bigint();
const plain = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, keywords: ['x-codelist'] });
addFormats(plain);
const model = loadFieldModel('schema');
const enumSchema = JSON.parse(JSON.stringify(validationSchema(model)).replaceAll('"x-codes":', '"enum":'));
const runtimeCompiled = plain.compile(enumSchema);
const compileSeconds = Number(process.hrtime.bigint() - compileStart) / 1e9;

function previousStructureCheck(data: unknown): void {
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: data, pointer: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= 64) throw new Error(`too deep at ${pointer}`);
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: `${pointer}/${i}`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') throw new Error('__proto__');
      stack.push({ value: (value as Record<string, unknown>)[key], pointer: `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, depth: depth + 1 });
    }
  }
}

let invalid = 0;
const passes: { name: string; perLine: (line: string) => void }[] = [];
const measure = (name: string, perLine: (line: string) => void) => void passes.push({ name, perLine });
const hasError = (findings: { severity: string }[]) => findings.some((f) => f.severity === 'error');
measure('JSON.parse only (baseline)', (line) => void JSON.parse(line));
measure('parse + precompiled Ajv schema validator (baseline)', (line) => {
  if (!validateSchema(JSON.parse(line))) invalid++;
});
measure('parse + precompiled Ajv validator + rules (the previous full path, baseline)', (line) => {
  const data = JSON.parse(line);
  if (hasError(validateSchema(data) ? ruleFindings(data) : schemaFindings(validateSchema.errors ?? [], data))) invalid++;
});
measure('parse + generated verdict check (schema only)', (line) => {
  if (!passesSchema(JSON.parse(line))) invalid++;
});
measure('parse + validateCaseReport (generated schema and rules checks)', (line) => {
  if (hasError(validateCaseReport(JSON.parse(line)))) invalid++;
});
// Baseline: the reader before report-json (JSON.parse, then a walk building a pointer for every value, refusing
// deep nesting and `__proto__` keys, blind to keys given twice).
measure('parse + the previous reader\'s structure walk (baseline)', (line) => previousStructureCheck(JSON.parse(line)));
// What `htfds validate` and the browser validator run per report: the parse with its checks for keys given twice
// and `__proto__` keys (src/io/report-json.ts), then validation.
measure('report-json parse (repeated-key and __proto__ checks) only', (line) => void parseReportJson(line));
measure('report-json parse + validateCaseReport (what htfds validate runs)', (line) => {
  const { data, findings } = parseReportJson(line);
  if (findings.length > 0 || hasError(validateCaseReport(data))) invalid++;
});
measure('parse + Ajv compiled at run time, enum code lists (baseline)', (line) => {
  if (!runtimeCompiled(JSON.parse(line))) invalid++;
});
// Passes take turns, round after round, and each keeps its best time: on a shared machine the load drifts, and
// turns spread that drift over every pass instead of charging it to whichever ran at a bad moment.
for (const { perLine } of passes) await timeLines(file.path, perLine); // warm-up: JIT and file cache
// CPU time is printed too: other processes on the machine stretch wall time far more than they stretch it.
const best = passes.map(() => ({ wall: Infinity, cpu: Infinity }));
for (let round = 0; round < rounds; round++) {
  for (const [i, { perLine }] of passes.entries()) {
    const { wall, cpu } = await timeLines(file.path, perLine);
    best[i] = { wall: Math.min(best[i]!.wall, wall), cpu: Math.min(best[i]!.cpu, cpu) };
  }
}
const rows = passes.map(({ name }, i) => [name, best[i]!] as const);
if (invalid > 0) throw new Error(`${invalid} generated reports were invalid: the benchmark input is wrong`);

const parse = rows[0]![1];
console.log('| pass | records/s | MB/s | ÷ parse only | ÷ parse only, CPU time |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, { wall, cpu }] of rows) {
  console.log(`| ${name} | ${Math.round(file.records / wall).toLocaleString('en')} | ${(mb / wall).toFixed(1)} | ${(parse.wall / wall).toFixed(2)} | ${(parse.cpu / cpu).toFixed(2)} |`);
}
console.log(`\nAjv run-time compilation of the schema took ${(compileSeconds * 1000).toFixed(0)} ms (the precompiled module needs none).`);

// Peak memory of the CLI's validate command, end to end, on inputs of growing size (each in a fresh process).
console.log('\n| input | validate wall time | peak RSS |');
console.log('|---:|---:|---:|');
for (const size of memoryMbs) {
  const input = size === targetMb ? file : makeFile(size);
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/memory-probe.ts', input.path], { encoding: 'utf8' });
  const { seconds, maxRssKb, exitCode } = JSON.parse(out) as { seconds: number; maxRssKb: number; exitCode: number };
  if (exitCode !== 0) throw new Error(`validate exited with ${exitCode} on the benchmark input`);
  console.log(`| ${(input.bytes / 1024 / 1024).toFixed(0)} MB | ${seconds.toFixed(1)} s | ${(maxRssKb / 1024).toFixed(0)} MB |`);
  if (input !== file) rmSync(input.path);
}
rmSync(scratch, { recursive: true, force: true });
