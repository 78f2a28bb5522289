/**
 * Speed of the form templates and of the submission import, each beside a baseline measured in the same run.
 *
 *   npx tsx bench/forms.ts [submissions=2000]
 *
 * Import: the synthetic example reports, written as the HTFDS form would submit them, imported again;
 * baselines are JSON.parse of the same reports as JSON (what reading a report costs at best) and validation
 * alone (what every import pays anyway). Generation: each template from the field model, beside loading the
 * model itself; the PDF includes starting Chromium. Import figures are the best of three runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadFieldModel } from '../generators/load-model.js';
import { buildQuestionnaire } from '../generators/forms/questionnaire/build-questionnaire.js';
import { renderXForm } from '../generators/forms/xform/generate-xform.js';
import { renderXlsform } from '../generators/forms/xlsform/generate-xlsform.js';
import { printableView } from '../generators/forms/printable/printable-view.js';
import { renderPrintableHtml } from '../generators/forms/printable/render-html.js';
import { renderPdf } from '../generators/forms/printable/render-pdf.js';
import { blankCaseReport } from '../generators/forms/blank-json/generate-blank-json.js';
import { importSubmission, parseSubmission, readSubmissionDocument } from '../src/forms/import-submission.js';
import { readXml } from '../src/forms/xml-reader.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';
import { reportToSubmission } from '../test/helpers/report-to-submission.js';

const count = Number(process.argv[2] ?? 2000);

function time<T>(runs: number, fn: () => T): { ms: number; result: T } {
  let result!: T;
  const start = performance.now();
  for (let i = 0; i < runs; i++) result = fn();
  return { ms: (performance.now() - start) / runs, result };
}
async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}
const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

// ---- import --------------------------------------------------------------------------------------------------
const reports = readdirSync('examples').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')) as Record<string, unknown>);
const xmls = Array.from({ length: count }, (_, i) => reportToSubmission(reports[i % reports.length]!));
const jsons = Array.from({ length: count }, (_, i) => JSON.stringify(reports[i % reports.length]!));
const xmlBytes = xmls.reduce((n, x) => n + Buffer.byteLength(x), 0);
const jsonBytes = jsons.reduce((n, x) => n + Buffer.byteLength(x), 0);
const parsedJson = jsons.map((j) => JSON.parse(j));

// Warm up every path once so that the JIT does not count against the first measurement.
for (let i = 0; i < 200; i++) importSubmission(xmls[i % xmls.length]!);

const rows: [string, number, number][] = [];
/** The best of three runs: the machine is shared, and the fastest run is the one least disturbed. */
const measure = (name: string, bytes: number, fn: () => void) => {
  const ms = Math.min(...[1, 2, 3].map(() => time(1, fn).ms));
  rows.push([name, ms, bytes]);
};
measure('baseline: JSON.parse of the reports', jsonBytes, () => jsons.forEach((j) => JSON.parse(j)));
measure('baseline: validateCaseReport alone', jsonBytes, () => parsedJson.forEach((r) => validateCaseReport(r)));
measure('XML reader only', xmlBytes, () => xmls.forEach((x) => readXml(x)));
measure('import without validation', xmlBytes, () => xmls.forEach((x) => readSubmissionDocument(parseSubmission(x))));
measure('import with validation (htfds import)', xmlBytes, () => xmls.forEach((x) => importSubmission(x)));

console.log(`Submission import: ${count} submissions of ${reports.length} synthetic examples, ${(xmlBytes / 1024 / 1024).toFixed(2)} MiB of XML (${(jsonBytes / 1024 / 1024).toFixed(2)} MiB as JSON)\n`);
console.log(`${'what'.padEnd(42)} ${'ms'.padStart(9)} ${'reports/s'.padStart(10)} ${'MiB/s'.padStart(9)} ${'× JSON.parse'.padStart(13)}`);
const baseline = rows[0]![1];
for (const [name, ms, bytes] of rows) {
  console.log(`${name.padEnd(42)} ${fmt(ms)} ${fmt((count / ms) * 1000, 0).padStart(10)} ${fmt(bytes / 1024 / 1024 / (ms / 1000))} ${fmt(ms / baseline, 2).padStart(13)}`);
}
const heap = process.memoryUsage();
console.log(`\nheap in use after the import runs: ${(heap.heapUsed / 1024 / 1024).toFixed(1)} MiB (the ${count} XML strings and JSON texts held: ${((xmlBytes + jsonBytes) * 2 / 1024 / 1024).toFixed(1)} MiB as UTF-16)`);

// ---- generation ----------------------------------------------------------------------------------------------
const load = time(3, () => loadFieldModel('schema'));
const model = load.result;
const q = time(5, () => buildQuestionnaire(model));
const xform = time(5, () => renderXForm(q.result));
const html = time(5, () => renderPrintableHtml(printableView(q.result)));
const blank = time(5, () => JSON.stringify(blankCaseReport(model), null, 2));
const xlsx = await timeAsync(() => renderXlsform(q.result));
const pdf = await timeAsync(() => renderPdf(html.result, 'bench'));

console.log(`\nGeneration (per run, ms)                     ms      size`);
const gen: [string, number, number | undefined][] = [
  ['baseline: load, lint and model the schema', load.ms, undefined],
  ['questionnaire from the model', q.ms, undefined],
  ['XForm XML', xform.ms, Buffer.byteLength(xform.result)],
  ['XLSForm workbook (ExcelJS + zip normalising)', xlsx.ms, xlsx.result.length],
  ['printable HTML (Handlebars)', html.ms, Buffer.byteLength(html.result)],
  ['printable PDF (Chromium start + print + normalise)', pdf.ms, pdf.result.length],
  ['blank JSON', blank.ms, Buffer.byteLength(blank.result)],
];
for (const [name, ms, size] of gen) console.log(`${name.padEnd(48)} ${fmt(ms)} ${size === undefined ? '' : `${(size / 1024).toFixed(0).padStart(7)} KiB`}`);
