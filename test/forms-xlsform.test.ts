/**
 * The generated XLSForm: the three sheets pyxform and KoboToolbox read, the same questions and choices as the
 * XForm row for row, readable by LibreOffice (an independent reader), and byte-identical from build to build.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, test } from 'vitest';
import { loadFieldModel } from '../generators/load-model.js';
import { buildQuestionnaire, isGroup, type FormNode } from '../generators/forms/questionnaire/build-questionnaire.js';
import { CHOICES_COLUMNS, renderXlsform, SETTINGS_COLUMNS, SURVEY_COLUMNS } from '../generators/forms/xlsform/generate-xlsform.js';

const model = loadFieldModel('schema');
const q = buildQuestionnaire(model);
const bytes = renderXlsform(q);
const dir = mkdtempSync(join(tmpdir(), 'htfds-xlsform-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sheets(): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await bytes) as unknown as ArrayBuffer);
  const out = new Map<string, string[][]>();
  workbook.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
    out.set(ws.name, rows);
  });
  return out;
}

/** The zip entries' DOS date and time, from the central directory. */
function entryTimes(zip: Buffer): number[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const times: number[] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    times.push(zip.readUInt32LE(p + 12));
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return times;
}

describe('XLSForm', () => {
  test('has the survey, choices and settings sheets with the XLSForm columns', async () => {
    const s = await sheets();
    expect([...s.keys()]).toEqual(['survey', 'choices', 'settings']);
    expect(s.get('survey')![0]).toEqual([...SURVEY_COLUMNS]);
    expect(s.get('choices')![0]).toEqual([...CHOICES_COLUMNS]);
    expect(s.get('settings')!.slice(0, 2)).toEqual([[...SETTINGS_COLUMNS], [q.title, 'htfds-case-report', model.version, 'English (en)', 'data']]);
  });

  test('asks the questionnaire’s questions in its order, with its groups, repeats and choice lists', async () => {
    const survey = (await sheets()).get('survey')!.slice(1);
    const expected: string[] = [];
    const visit = (n: FormNode) => {
      if (isGroup(n)) {
        expected.push(`begin ${n.kind} ${n.name}`);
        n.children.forEach(visit);
        expected.push(`end ${n.kind} ${n.name}`);
      } else expected.push(`${n.kind === 'calculate' ? 'calculate' : n.list ? `${n.type} ${n.list}` : n.type} ${n.name}`);
    };
    q.root.children.forEach(visit);
    expect(survey.map((r) => `${r[0]} ${r[1]}`)).toEqual(expected);
    const row = (name: string) => survey.find((r) => r[1] === name)!;
    expect(row('debtBondage')[4]).toBe('yes');
    expect(row('debts')[6]).toBe("not(selected(${debts_none}, '_none'))");
    expect(row('documentsHeldBy')[6]).toBe("${withholdsDocuments} = 'true'");
    expect(row('cryptoDetails')[6]).toBe("(${method} = 'cryptoOnChain') or (${method} = 'cryptoAtm') or (${method} = 'cryptoOtc')");
    // A name used more than once in the form is referred to by path, as the XForm does.
    expect(row('frontBusinessType')[6]).toBe("${isFrontBusiness} = 'true'");
    expect(survey.find((r) => r[1] === 'amount_missing')![6]).toMatch(/\.\.\/amount\/amount|\/data\//);
  });

  test('the choices sheet holds every list of the questionnaire, in order', async () => {
    const choices = (await sheets()).get('choices')!.slice(1);
    const expected = [...q.lists.values()].flatMap((l) => l.choices.map((c) => [l.name, c.value, c.label]));
    expect(choices).toEqual(expected);
    // Codes that look like numbers stay text: written as numbers, pyxform would read 1 as "1.0".
    expect(choices).toContainEqual(['countBand_missing', '1', 'One']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes) as unknown as ArrayBuffer);
    const names: unknown[] = [];
    workbook.getWorksheet('choices')!.getColumn(2).eachCell((cell) => names.push(cell.value));
    expect(names.every((v) => typeof v === 'string')).toBe(true);
  });

  test('is byte-identical from build to build, with every zip entry stamped 1980-01-01', async () => {
    const again = await renderXlsform(buildQuestionnaire(model));
    expect(again.equals(await bytes)).toBe(true);
    expect(new Set(entryTimes(await bytes))).toEqual(new Set([0x00210000]));
  });

  test('LibreOffice reads the same survey and choices', async () => {
    const file = join(dir, 'form.xlsx');
    writeFileSync(file, await bytes);
    // A profile of its own, so that this does not collide with another LibreOffice run.
    await promisify(execFile)('soffice', [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      file,
    ], { timeout: 120_000 });
    const csv = readFileSync(join(dir, 'form-survey.csv'), 'utf8');
    const lines = csv.trim().split('\n');
    const survey = (await sheets()).get('survey')!;
    expect(lines[0]).toBe(SURVEY_COLUMNS.join(','));
    expect(lines.length).toBe(survey.length);
    expect(readFileSync(join(dir, 'form-choices.csv'), 'utf8').trim().split('\n').length).toBe((await sheets()).get('choices')!.length);
  });
});
