/**
 * `htfds export <inputs…> --to xlsx|csv --out <path>`: case reports into the same templates import reads
 * (for review, correction by a colleague, or migration). Nothing is written unless every report reads back
 * exactly as it is; a report that cannot is named with the JSON pointer of the value that does not fit.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { InputRecord } from '../io/read-records.js';
import { exportCsvPackage, exportWorkbook, ExportRefused } from '../tabular/export-tabular.js';
import { eachRecord, expandInputs, placeOf } from './inputs.js';
import { makeOutputFolder, OutputError } from './output.js';

export interface ExportOptions {
  to: 'xlsx' | 'csv';
  out: string;
  stdout: Writable;
  stderr: Writable;
}

export async function exportCommand(inputs: string[], options: ExportOptions): Promise<number> {
  const { files, unusable } = await expandInputs(inputs);
  const records: InputRecord[] = [];
  for await (const record of eachRecord(files, unusable)) records.push(record);
  if (unusable.length > 0) {
    for (const u of unusable) options.stderr.write(`htfds: ${u.message}\n`);
    options.stderr.write('htfds: nothing was exported\n');
    return 2;
  }
  if (records.length === 0) {
    options.stderr.write('htfds: the inputs hold no reports; nothing was exported\n');
    return 2;
  }
  const reports = records.map((r) => r.data);
  try {
    if (options.to === 'xlsx') {
      const bytes = await exportWorkbook(reports);
      await writeFile(options.out, bytes).catch((error: unknown) => {
        throw new OutputError(options.out, error);
      });
    } else {
      const files = exportCsvPackage(reports);
      makeOutputFolder(options.out);
      for (const file of files) {
        await writeFile(join(options.out, file.path), file.content).catch((error: unknown) => {
          throw new OutputError(join(options.out, file.path), error);
        });
      }
    }
  } catch (error) {
    if (!(error instanceof ExportRefused)) throw error;
    for (const p of error.problems) options.stderr.write(`error at ${placeOf(records[p.report]!)} [${p.path || '/'}]: ${p.message}\n`);
    options.stderr.write(`htfds: ${error.problems.length === 1 ? 'a report does' : `${error.problems.length} reports do`} not fit the templates; nothing was exported\n`);
    return 1;
  }
  options.stdout.write(`${records.length} report${records.length === 1 ? '' : 's'} written to ${options.out}\n`);
  return 0;
}
