/**
 * One measurement of bench/import-workbook.ts, alone in its process so that its peak memory is its own:
 *   tsx bench/import-probe.ts <mode> <workbook.xlsx>
 * prints {"seconds", "maxRssKb", "rows"} as JSON.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { importWorkbook } from '../src/tabular/import-tabular.js';
import { readWorkbook } from '../src/tabular/xlsx/read-workbook.js';
import { validateImported } from '../src/cli/import-command.js';

const [mode, file] = process.argv.slice(2) as [string, string];
const start = process.hrtime.bigint();
let rows = 0;
switch (mode) {
  case 'exceljs-stream': {
    // ExcelJS's streaming reader, every row of every sheet, nothing done with them.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([await readFile(file)]), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]);
    for await (const sheet of reader as AsyncIterable<AsyncIterable<unknown>>) for await (const _ of sheet) rows++;
    break;
  }
  case 'exceljs-load': {
    // ExcelJS's usual whole-workbook load.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
    workbook.eachSheet((sheet) => (rows += sheet.rowCount));
    break;
  }
  case 'read': {
    // Our reader alone: zip checks, inflating, scanning the sheets into rows of cells.
    for (const table of await readWorkbook(file, { ignore: ['instructions', 'codelists'] })) rows += table.rows.length;
    break;
  }
  case 'import': {
    // The whole import: reading, rows into reports, and validating each report with its findings placed.
    for await (const imported of importWorkbook(file)) {
      const checked = validateImported(imported);
      if (!checked.valid) throw new Error(`the benchmark workbook should import valid: ${JSON.stringify(checked.all.slice(0, 2))}`);
      rows++;
    }
    break;
  }
  default:
    throw new Error(`unknown mode ${mode}`);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, rows }));
