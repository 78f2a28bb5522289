/**
 * Imports one CSV package in this process and prints its wall time and peak RSS as JSON: `stream` as `htfds import`
 * does it (case by case), or `whole` the way it was read before (every file parsed into memory, then assembled).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { importCommand } from '../src/cli/import-command.js';
import { validateImported } from '../src/cli/import-command.js';
import { parseCsv } from '../src/tabular/csv/csv-text.js';
import { reportsFrom } from '../src/tabular/import-tabular.js';
import type { SourceTable } from '../src/tabular/source-table.js';

const [dir, mode] = [process.argv[2]!, process.argv[3] ?? 'stream'];
const discard = new Writable({ write: (_chunk, _enc, done) => done() });
const start = process.hrtime.bigint();
let reports = 0;
if (mode === 'stream') {
  await importCommand([dir], { format: 'json', stdout: new Writable({ write: (chunk, _enc, done) => ((reports += String(chunk).split('\n').length - 1), done()) }), stderr: discard });
} else {
  const tables: SourceTable[] = readdirSync(dir).filter((f) => f.endsWith('.csv') && f !== 'codelists.csv').map((f) => {
    const [header, ...rows] = parseCsv(readFileSync(join(dir, f), 'utf8'));
    return { name: f.slice(0, -4), file: join(dir, f), columns: header!.fields, headerAt: 1, rows: rows.map((r) => ({ at: r.line, cells: r.fields.map((c) => (c === '' ? undefined : c)) })) };
  });
  for (const imported of reportsFrom(tables, dir)) if (validateImported(imported).record !== undefined) reports++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, reports }));
