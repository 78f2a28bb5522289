/** The browser bundle is one self-contained ES module that validates like the library does. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { bundleBrowser, bundleShare } from '../scripts/bundle-browser.js';
import { keyFingerprint } from '../src/share/key-file.js';

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

test('the anonymiser bundle has no Node built-ins, checks keys as the command line does, and gives its bytes for every example', async () => {
  const outfile = join(dir, 'htfds-share.js');
  await bundleShare(outfile);
  expect(readFileSync(outfile, 'utf8')).not.toMatch(/from\s*"node:|Dynamic require of/);
  // Node has Web Crypto too, so the bundle runs here as it does in a page (the Chromium journey test runs it there).
  const share = await import(pathToFileURL(outfile).href);
  const { anonymiseBatch } = await import('../src/share/batch.js');
  const keyBytes = Uint8Array.from({ length: 32 }, (_, i) => (i * 73 + 11) % 256);
  const key = await share.readGroupKey(keyBytes);
  expect(key.id).toBe(keyFingerprint(keyBytes));
  expect(await share.readGroupKey(new Uint8Array(16).fill(7))).toEqual({ refused: expect.stringMatching(/shorter than 32 bytes/) });
  const reports = readdirSync('examples').map((file) => ({ data: JSON.parse(readFileSync(`examples/${file}`, 'utf8')), place: file }));
  for (const profile of ['tactical', 'internal']) {
    const inBrowser = await share.anonymiseReports(reports, profile, key);
    let expected = '';
    for await (const event of anonymiseBatch(async function* () { yield* reports; }, { profile, key: keyBytes, keyId: keyFingerprint(keyBytes) })) if (event.type === 'shared') expected += `${JSON.stringify(event.report)}\n`;
    expect(inBrowser.ndjson.length, profile).toBeGreaterThan(1000);
    expect(inBrowser.ndjson, profile).toBe(expected);
  }
});
