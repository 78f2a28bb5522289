/**
 * A CSV package whose files begin with a UTF-8 byte-order mark (Excel's "CSV UTF-8" writes one into every file)
 * is read exactly as the same package without: the same reports, findings and places, through importCsvPackage
 * (which the browser importer also calls) and through `htfds import`. Synthetic reports (two examples), with an
 * unknown code and a row of an unknown case planted so that there are placed findings to compare.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ImportedRecord } from '../src/io/imported-record.js';
import { exportCsvPackage } from '../src/tabular/export-tabular.js';
import { importCsvPackage } from '../src/tabular/import-tabular.js';
import { htfds } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-csv-bom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const reports = ['fishing', 'minimal'].map((n) => JSON.parse(readFileSync(`examples/${n}.json`, 'utf8')) as Record<string, unknown>);
const files = exportCsvPackage(reports).map((f) => {
  if (f.path !== 'countriesInvolved.csv') return f;
  // An unknown country on the second data row, and a row naming a case the package does not hold.
  const lines = f.content.split('\r\n');
  lines[2] = lines[2]!.replace(',MU,', ',QQ,');
  lines.splice(-1, 0, '00000000-0000-4000-8000-00000000beef,FR,transit,,');
  return { ...f, content: lines.join('\r\n') };
});

/** The package written to `name`, with a byte-order mark before the files `withBom` picks. */
function writePackage(name: string, withBom: (file: string) => boolean): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const f of files) writeFileSync(join(folder, f.path), Buffer.concat([withBom(f.path) ? BOM : Buffer.alloc(0), Buffer.from(f.content, 'utf8')]));
  return folder;
}

const plain = writePackage('plain', () => false);
const variants = { 'every file': writePackage('bom-all', () => true), 'one child file (countriesInvolved.csv)': writePackage('bom-one', (f) => f === 'countriesInvolved.csv') };

/** What an import gave, with the folder's name taken out of every place. */
const comparable = (items: ImportedRecord[], folder: string) =>
  JSON.parse(JSON.stringify(items.map((i) => ({ record: i.record, origin: i.origin, findings: i.findings, places: i.record ? ['/countriesInvolved/1/country', '/recordType'].map((p) => i.locate(p)) : [] }))).replaceAll(folder, '<package>'));

async function imported(folder: string): Promise<ImportedRecord[]> {
  const out: ImportedRecord[] = [];
  for await (const item of importCsvPackage(folder)) out.push(item);
  return out;
}

describe('a CSV package with byte-order marks', () => {
  test('the plain package has the planted findings to compare', async () => {
    const codes = (await imported(plain)).flatMap((i) => i.findings.map((f) => f.code));
    expect(codes).toEqual(expect.arrayContaining(['case-not-found']));
    expect((await imported(plain)).filter((i) => i.record)).toHaveLength(2);
  });

  for (const [which, folder] of Object.entries(variants)) {
    test(`a BOM on ${which}: importCsvPackage gives the same reports, findings and places`, async () => {
      expect(comparable(await imported(folder), folder)).toEqual(comparable(await imported(plain), plain));
    });

    test(`a BOM on ${which}: htfds import prints and writes the same`, async () => {
      const run = async (f: string) => {
        const out = join(dir, `${f.split('/').pop()}.ndjson`);
        const r = await htfds('import', f, '--format', 'json', '--out', out);
        return { code: r.code, stdout: r.stdout.replaceAll(f, '<package>'), written: readFileSync(out, 'utf8') };
      };
      const expected = await run(plain);
      expect(expected.code).toBe(1);
      // The unknown code is a validation finding, placed through the imported report's cells.
      expect(expected.stdout).toContain('case-not-found');
      expect(expected.stdout).toContain('"code":"code-unknown"');
      expect(await run(folder)).toEqual(expected);
    });
  }
});
