/**
 * `htfds import <inputs…>`: filled templates → case reports, each validated, every problem placed in the input
 * (sheet, row and column, or line, or form field) and in the report (JSON pointer).
 *
 * Adding a kind of input (for example ODK form submissions, `.xml`): write a reader
 *     (path: string) => AsyncIterable<ImportedRecord>        (the types are in src/io/imported-record.ts)
 * that yields one ImportedRecord per report it builds — the report, where it starts (`origin`), the problems
 * met while reading with their places, and `locate(pointer)` to place validation findings — and throws
 * UnusableInputError for input it cannot read at all. Then add it to IMPORTERS below with the test of which
 * paths it takes. Validation, placing and de-duplicating findings, output and exit codes are done here, the
 * same for every kind of input.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { formatPlace, validationBeyond, type ImportedRecord, type PlacedFinding } from '../io/imported-record.js';
import { UnusableInputError } from '../io/read-records.js';
import { isValid } from '../validate/finding.js';
import { MAX_FINDINGS_PER_REPORT } from '../validate/validate-case-report.js';
import { importCsvPackage } from '../tabular/import-tabular.js';
import { importAnySubmission, importAnyWorkbook, type HtcdsOptions } from '../htcds/import-htcds.js';
import { FileOutput } from './output.js';
import { keyFingerprint, readKey } from '../share/key-file.js';
import { parseStrictJson, StrictJsonError } from '../io/strict-json.js';

export interface Importer {
  /** What it reads, for messages. */
  name: string;
  accepts(path: string, info: Stats): boolean;
  /** `htcds`: what HTCDS inputs need besides the file (a base report, the group key); other inputs ignore it. */
  read(path: string, htcds: HtcdsOptions): AsyncIterable<ImportedRecord>;
}

/** The kinds of input `htfds import` reads, tried in this order. */
export const IMPORTERS: Importer[] = [
  { name: 'a filled workbook (.xlsx), of HTFDS or of HTCDS v2.0', accepts: (path, info) => info.isFile() && /\.xlsx$/i.test(path), read: (path, htcds) => importAnyWorkbook(path, htcds) },
  { name: 'a folder holding a filled CSV package', accepts: (_, info) => info.isDirectory(), read: (path) => importCsvPackage(path) },
  { name: 'an ODK or KoboToolbox form submission (.xml), of the HTFDS form or of the HTCDS v2.0 XLSForm', accepts: (path, info) => info.isFile() && /\.xml$/i.test(path), read: (path, htcds) => importAnySubmission(path, htcds) },
];

/** What HTCDS inputs need besides the file: the base report (a JSON object) and the group key, read and checked. */
export async function htcdsImportOptions(base?: string, keyFile?: string, keyId?: string): Promise<HtcdsOptions> {
  const options: HtcdsOptions = {};
  if (base) {
    const text = await readFile(base, 'utf8').catch(() => {
      throw new UnusableInputError('the base report does not exist or cannot be read', base);
    });
    let parsed: unknown;
    try {
      parsed = parseStrictJson(text);
    } catch (error) {
      if (!(error instanceof StrictJsonError)) throw error;
      throw new UnusableInputError(`the base report is not valid JSON (line ${error.line}, column ${error.column})`, base);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UnusableInputError('the base report must be one JSON object, part of a case report', base);
    options.base = parsed as Record<string, unknown>;
  }
  if (keyFile) {
    options.key = await readKey(keyFile);
    options.keyId = keyId ?? keyFingerprint(options.key);
  }
  return options;
}

/** The reports in one input, read by the importer that takes it. */
export async function* importRecords(path: string, htcds: HtcdsOptions = {}): AsyncGenerator<ImportedRecord> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UnusableInputError('no such file or folder', path);
  const importer = IMPORTERS.find((i) => i.accepts(path, info));
  if (!importer) throw new UnusableInputError(`htfds import reads ${IMPORTERS.map((i) => i.name).join(', or ')}; this is none of them`, path);
  yield* importer.read(path, htcds);
}

export interface ValidatedImport extends ImportedRecord {
  /** The import findings, then the validation findings placed in the input (those at a value import already reported are left out). */
  all: PlacedFinding[];
  /** Validation findings beyond the cap, counted and not kept. */
  omitted: number;
  valid: boolean;
}

/** Validates an imported report, keeping at most `maxFindings` of validation's findings, and places each where its value came from. */
export function validateImported(imported: ImportedRecord, options: { maxFindings?: number } = {}): ValidatedImport {
  const all = [...imported.findings];
  if (imported.record === undefined) return { ...imported, all, omitted: 0, valid: false };
  const checked = validationBeyond(imported.findings, imported.record, options.maxFindings ?? MAX_FINDINGS_PER_REPORT);
  for (const finding of checked.findings) all.push({ ...finding, place: imported.locate(finding.path) ?? imported.origin });
  return { ...imported, all, omitted: checked.omitted, valid: checked.valid && isValid(imported.findings) };
}

export interface ImportOptions {
  out?: string;
  /** Validation findings kept per report (default MAX_FINDINGS_PER_REPORT); the rest are counted. */
  maxFindings?: number;
  format: 'text' | 'json';
  /** For HTCDS inputs: a partial report giving what HTCDS does not record, and the group key for keyed hashes. */
  htcds?: HtcdsOptions;
  stdout: Writable;
  stderr: Writable;
}

/** One line per finding: severity, code, place in the input, JSON pointer, message and hint. */
export function formatPlacedFinding(f: PlacedFinding): string {
  return `${f.severity} ${f.code} at ${f.place ? formatPlace(f.place) : '(no place)'} [${f.path || '/'}]: ${f.message} ${f.hint}`;
}

export async function importCommand(inputs: string[], options: ImportOptions): Promise<number> {
  // Reports go to --out, or to standard output as NDJSON; then the findings go to standard output, or else to standard error.
  const report = options.out ? options.stdout : options.stderr;
  // Opened first, so that an output that cannot be written stops the command before any work.
  const out = options.out ? new FileOutput(options.out) : undefined;
  const writer = new ReportWriter(out ?? options.stdout, out !== undefined && /\.json$/i.test(out.path));
  // Each report is written as soon as it is read and checked; only its findings are kept for the account
  // (`isReport` false: findings that belong to no report).
  const results: (Omit<ValidatedImport, 'record' | 'locate'> & { isReport: boolean })[] = [];
  const unusable: UnusableInputError[] = [];
  let reports = 0;
  try {
    for (const input of inputs) {
      try {
        for await (const imported of importRecords(input, options.htcds)) {
          const { record, locate: _, ...checked } = validateImported(imported, { maxFindings: options.maxFindings });
          if (record !== undefined) {
            reports++;
            await writer.add(record);
          }
          results.push({ ...checked, isReport: record !== undefined });
        }
      } catch (error) {
        if (!(error instanceof UnusableInputError)) throw error;
        unusable.push(error);
      }
    }
    writer.end();
  } finally {
    out?.end();
  }

  const read = results.filter((r) => r.isReport);
  const errors = results.some((r) => (r.isReport ? !r.valid : !isValid(r.all)));
  const omitted = read.reduce((n, r) => n + r.omitted, 0);
  const summary = { inputs: inputs.length, reports, valid: read.filter((r) => r.valid).length, invalid: read.filter((r) => !r.valid).length, unusable: unusable.length, ...(omitted > 0 ? { findingsNotKept: omitted } : {}) };
  if (options.format === 'json') {
    report.write(`${JSON.stringify({
      reports: read.map((r) => ({ origin: r.origin, valid: r.valid, findings: r.all, ...(r.omitted > 0 ? { findingsNotKept: r.omitted } : {}) })),
      findings: results.filter((r) => !r.isReport).flatMap((r) => r.all),
      unusable: unusable.map((u) => ({ file: u.file, ...(u.place ? { place: u.place } : {}), reason: u.reason })),
      summary,
    })}\n`);
  } else {
    for (const u of unusable) report.write(`htfds: ${u.message}\n`);
    for (const r of results) {
      for (const f of r.all) report.write(`${formatPlacedFinding(f)}\n`);
      if (r.omitted > 0) report.write(`${r.omitted.toLocaleString('en')} more finding(s) of the report at ${formatPlace(r.origin)} were counted but not kept (--max-findings to change); fix these first and import again.\n`);
    }
    const word = (n: number, s: string) => `${n} ${s}${n === 1 ? '' : 's'}`;
    report.write(`${word(summary.reports, 'report')} from ${word(summary.inputs, 'input')}: ${summary.valid} valid, ${summary.invalid} invalid${unusable.length ? `, ${word(unusable.length, 'unusable input')}` : ''}.\n`);
  }
  return unusable.length > 0 ? 2 : errors ? 1 : 0;
}

/** Writes reports as they come: NDJSON, or for a .json file one report as an object and several as an array. */
class ReportWriter {
  private first: unknown;
  private count = 0;

  constructor(
    private readonly stream: Writable,
    private readonly asJson: boolean,
  ) {}

  async add(record: unknown): Promise<void> {
    if (!this.asJson) return this.write(`${JSON.stringify(record)}\n`);
    // The first report is held: alone it is written as an object, with others as the first item of an array.
    if (this.count++ === 0) {
      this.first = record;
      return;
    }
    if (this.count === 2) await this.write(`[\n${item(this.first)}`);
    await this.write(`,\n${item(record)}`);
  }

  end(): void {
    if (!this.asJson) return;
    if (this.count === 1) this.stream.write(`${JSON.stringify(this.first, null, 2)}\n`);
    else this.stream.write(this.count === 0 ? '[]\n' : '\n]\n');
  }

  private async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }
}

/** One report as an item of a pretty-printed array, as JSON.stringify(list, null, 2) writes it. */
const item = (record: unknown) => `  ${JSON.stringify(record, null, 2).replaceAll('\n', '\n  ')}`;
