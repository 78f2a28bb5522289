/**
 * The generated XForm in a real form engine: ODK Web Forms (Vue), bundled with esbuild into a tiny page served
 * from 127.0.0.1, rendered by headless Chromium. The test answers questions as an interviewer would (radio
 * buttons, drop-downs, multi-selects, a date picker, a repeat, a reason for no answer, "there are none" for a list), checks that the
 * interview rules and constraints act in the engine, sends the form, and imports the submission the engine
 * wrote into a case report that the validator accepts. No request may leave the machine. All data synthetic.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Question } from '../generators/forms/questionnaire/build-questionnaire.js';
import { renderXForm } from '../generators/forms/xform/generate-xform.js';
import { importSubmission } from '../src/forms/import-submission.js';
import { isValid } from '../src/validate/finding.js';
import { answerMinimalCase, choose as chooseIn, container as containerIn, model, nodes, pickDate as pickDateIn, question, questionnaire, type as typeIn, victimProfile } from './helpers/odk-form.js';

const xform = renderXForm(questionnaire);
const containerTitle = (path: string) => model.containers.find((c) => c.path === path)!.title;
const firstCode = (list: string) => model.codelists.get(list)!.codes.find((c) => !c.deprecated)!.code;

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const external: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    entryPoints: ['test/fixtures/odk-web-forms/page.js'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
  const files: Record<string, [string, string | Uint8Array]> = {
    '/': ['text/html; charset=utf-8', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>HTFDS form test</title></head><body><div id="app"></div><script type="module" src="/page.js"></script></body></html>'],
    '/page.js': ['text/javascript; charset=utf-8', bundle.outputFiles[0]!.contents],
    '/form.xml': ['text/xml; charset=utf-8', xform],
  };
  server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    res.writeHead(file ? 200 : 404, file ? { 'content-type': file[0] } : {});
    res.end(file?.[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  page = await browser.newPage();
  // Every request that is not to our own server is recorded and refused.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    external.push(url);
    return route.abort();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${origin}/`);
  await page.locator('.question-container').first().waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** The helpers of test/helpers/odk-form.ts, on this test's page. */
const container = (q: Question, scope: Page | Locator = page) => containerIn(page, q, scope);
const choose = (q: Question, values: string[], scope: Page | Locator = page) => chooseIn(page, q, values, scope);
const type = (q: Question, text: string, scope: Page | Locator = page) => typeIn(page, q, text, scope);
const pickDate = (q: Question, isoDate: string) => pickDateIn(page, q, isoDate);

const addButton = (listPath: string) => page.getByRole('button', { name: `Add ${containerTitle(listPath)}` });

describe('the generated XForm in ODK Web Forms', () => {
  let submission = '';

  test('renders with no errors', async () => {
    await expect(container(question('/recordType')).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
  });

  test('an interviewer fills it in: choices, drop-downs, a date, reasons for no answer, a repeat', async () => {
    await answerMinimalCase(page);
  });

  test('"there are none" for a list hides its repeat', async () => {
    await expect(addButton('/persons').isVisible()).resolves.toBe(true);
    const none = nodes.find((n): n is Question => n.kind === 'question' && n.role.of === 'none' && n.path === '/persons')!;
    await choose(none, ['_none']);
    await expect(addButton('/persons').count()).resolves.toBe(0);
  });

  test("who held a victim's documents is asked only once that victim's documents are reported withheld", async () => {
    const profile = victimProfile(page);
    const heldBy = question('/victimProfiles/*/financialControl/documentsHeldBy');
    await expect(container(heldBy, profile).count()).resolves.toBe(0);
    await choose(question('/victimProfiles/*/financialControl/withholdsDocuments'), ['true'], profile);
    await expect(container(heldBy, profile).isVisible()).resolves.toBe(true);
  });

  test('a transaction in a repeat, with an amount; a malformed identifier is refused by the constraint', async () => {
    await addButton('/transactions').click();
    const item = page.locator('.p-panel.is-repeat').filter({ hasText: containerTitle('/transactions') }).first();
    const id = question('/transactions/*/id');
    await type(id, 'T 1', item);
    await expect(container(id, item).locator('.validation-message').textContent()).resolves.toContain('not in the expected form');
    await type(id, 'T1', item);
    await choose(question('/transactions/*/isAggregate'), ['false'], item);
    await type(nodes.find((n): n is Question => n.kind === 'question' && n.xpath === '/data/transactions/amount/amount')!, '250.5', item);
    await choose(nodes.find((n): n is Question => n.kind === 'question' && n.xpath === '/data/transactions/amount/currency')!, ['THB'], item);
    // Crypto details are asked only for crypto payments: a rule inside a repeat, on the same repeat instance.
    const cryptoDetails = item.getByText(nodes.find((n) => n.path === '/transactions/*/cryptoDetails')!.label, { exact: true });
    await choose(question('/transactions/*/method'), ['cryptoOnChain'], item);
    await expect(cryptoDetails.count()).resolves.toBe(1);
    await choose(question('/transactions/*/method'), ['cashHandover'], item);
    await expect(cryptoDetails.count()).resolves.toBe(0);
    await choose(question('/transactions/*/purpose'), [firstCode('transactionPurpose')], item);
  });

  test('sends a submission', async () => {
    await page.getByRole('button', { name: 'Send' }).click();
    // Browser-side code is given as text: this project compiles without the DOM library.
    const sentOrRefused = await page.waitForFunction('window.htfdsSubmissions.length > 0', null, { timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    // If the engine refused to send, say which questions it objected to.
    const objections = await page.evaluate<string[]>(`[...document.querySelectorAll('.validation-message')]
      .filter((e) => e.offsetParent !== null && e.textContent.trim() !== '')
      .map((e) => e.closest('.question-container')?.querySelector('label')?.textContent.trim() + ': ' + e.textContent.trim())`);
    expect(objections).toEqual([]);
    expect(sentOrRefused).toBe(true);
    const [sent] = await page.evaluate<{ status: string; xml: string }[]>('window.htfdsSubmissions');
    expect(sent!.status).toBe('ready');
    submission = sent!.xml;
    expect(submission).toMatch(/^<data id="htfds-case-report" version="[^"]+">/);
  });

  test('the submission imports into a valid case report with every answer given', () => {
    const { report, findings } = importSubmission(submission, 'web-forms.xml');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(isValid(findings)).toBe(true);
    const instanceId = /<instanceID>uuid:([^<]+)<\/instanceID>/.exec(submission)![1];
    expect(report).toEqual({
      schemaVersion: model.version,
      recordId: instanceId,
      recordType: 'caseSummary',
      reportingOrgType: 'NGO',
      reportingCountry: 'GB',
      dateReported: '2026-03-02',
      informationAsOf: { missing: 'unknown' },
      traffickingStatus: 'PossibleVictimOfTrafficking',
      exploitationTypes: ['ForcedLabour'],
      sharing: { tlp: 'TLP:AMBER', permittedPurposes: ['investigation'], onwardSharing: 'withinOrganisation' },
      consent: { consentStatus: 'explicitConsent' },
      provenance: { informationSources: ['survivorInterview'] },
      victimProfiles: [
        {
          id: 'VP1',
          financialControl: {
            debtBondage: false,
            takesEarnings: true,
            restrictsFinancialAccess: { missing: 'notAsked' },
            withholdsDocuments: true,
            accountControlledByOther: { missing: 'unknown' },
          },
          victimFinancialMisuse: { usedAsMoneyMule: false },
        },
      ],
      persons: [],
      transactions: [{ id: 'T1', isAggregate: false, amount: { amount: 250.5, currency: 'THB' }, method: 'cashHandover', purpose: firstCode('transactionPurpose') }],
    });
  });

  test('no request left the machine, and the page raised no errors', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
