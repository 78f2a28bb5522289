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
