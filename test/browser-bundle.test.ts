/** The browser bundle is one self-contained ES module that validates like the library does. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { bundleBrowser } from '../scripts/bundle-browser.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('bundles without Node built-ins and gives the same findings as the library', async () => {
  const outfile = join(dir, 'htfds-validate.js');
  await bundleBrowser(outfile);
  const code = readFileSync(outfile, 'utf8');
  // No Node built-in imported, and no require() left for esbuild to shim (it would fail in a browser).
  expect(code).not.toMatch(/from\s*"node:|Dynamic require of/);
  const browser = await import(pathToFileURL(outfile).href);
  const library = await import('../src/index.js');
  for (const file of readdirSync('examples')) {
    const report = JSON.parse(readFileSync(`examples/${file}`, 'utf8'));
    expect(browser.validateCaseReport(report)).toEqual(library.validateCaseReport(report));
    const broken = { ...report, reportingCountry: 'gb' };
    expect(browser.validateCaseReport(broken)).toEqual(library.validateCaseReport(broken));
  }
});

test('the browser validator reads JSON as the CLI does: a key given twice is a placed finding, a __proto__ key too', async () => {
  const outfile = join(dir, 'htfds-validate-keys.js');
  await bundleBrowser(outfile);
  const engine = await import(pathToFileURL(outfile).href);
  // @ts-expect-error -- the site's components are plain JavaScript, without declarations
  const { checkFiles } = await import('../docs/src/components/Validator/check-files.js');
  const line = JSON.stringify(JSON.parse(readFileSync('examples/minimal.json', 'utf8')));
  const twice = line.replace('"reportingCountry":', '"reportingCountry":"GB","reportingCountry":');
  const proto = line.replace('{', '{"__proto__":{"isAdmin":true},');
  // Real File objects, as the page gets them from the file input.
  const results = await checkFiles(engine, [new File([`${line}\n${twice}\n${proto}\n`], 'reports.ndjson')]);
  expect(results.unusable).toEqual([]);
  expect(results.reports.map((r: { valid: boolean }) => r.valid)).toEqual([true, false, false]);
  expect(results.reports[1].place).toEqual({ file: 'reports.ndjson', line: 2 });
  expect(results.reports[1].findings).toEqual([expect.objectContaining({ code: 'key-duplicate', path: '/reportingCountry' })]);
  expect(results.reports[2].findings).toEqual([expect.objectContaining({ code: 'key-not-allowed', path: '/__proto__' })]);
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  // The same findings as the library's reader.
  const library = await import('../src/io/report-json.js');
  expect(engine.parseReportJson(twice)).toEqual(library.parseReportJson(twice));
});
