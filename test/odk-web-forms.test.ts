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
import { loadFieldModel } from '../generators/load-model.js';
import { buildQuestionnaire, isGroup, type FormNode, type Question } from '../generators/forms/questionnaire/build-questionnaire.js';
import { renderXForm } from '../generators/forms/xform/generate-xform.js';
import { importSubmission } from '../src/forms/import-submission.js';
import { isValid } from '../src/validate/finding.js';

const model = loadFieldModel('schema');
const questionnaire = buildQuestionnaire(model);
const xform = renderXForm(questionnaire);

const flatten = (nodes: FormNode[]): FormNode[] => nodes.flatMap((n) => [n, ...(isGroup(n) ? flatten(n.children) : [])]);
const nodes = flatten(questionnaire.root.children);
/** The question asked for a JSON path (the value question, or with `companion` the reason question). */
function question(path: string, companion = false): Question {
  const found = nodes.find((n): n is Question => n.kind === 'question' && n.path === path && (n.role.of === 'missing') === companion);
  if (!found) throw new Error(`no question for ${path}`);
  return found;
}
/** The label the engine shows for a code of a question's choice list. */
const choiceLabel = (q: Question, value: string) => questionnaire.lists.get(q.list!)!.choices.find((c) => c.value === value)!.label;
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

const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** The container of a question, found by its label (within `scope`, e.g. one repeat instance). */
const container = (q: Question, scope: Page | Locator = page) =>
  scope.locator('.question-container').filter({ has: page.locator('label', { hasText: exact(q.label) }) }).first();

/** Chooses answers the way the engine shows them: radio buttons, a drop-down, or a multi-select drop-down. */
async function choose(q: Question, values: string[], scope: Page | Locator = page): Promise<void> {
  const c = container(q, scope);
  const labels = values.map((v) => choiceLabel(q, v));
  if ((await c.locator('.p-select').count()) > 0) {
    await c.locator('.p-select').click();
    await page.getByRole('option', { name: labels[0]!, exact: true }).click();
  } else if ((await c.locator('.p-multiselect').count()) > 0) {
    await c.locator('.p-multiselect').click();
    for (const label of labels) await page.getByRole('option', { name: label, exact: true }).click();
    await page.keyboard.press('Escape');
  } else {
    for (const label of labels) await c.locator('label.value-option', { hasText: exact(label) }).click();
  }
}

async function type(q: Question, text: string, scope: Page | Locator = page): Promise<void> {
  const input = container(q, scope).locator('input, textarea').first();
  await input.fill('');
  // Number inputs format as they go, so they are typed key by key, as a person would.
  await input.pressSequentially(text);
  await input.press('Tab');
}

/** The engine's date picker reads dates as mm/dd/yyyy. */
async function pickDate(q: Question, isoDate: string): Promise<void> {
  const [y, m, d] = isoDate.split('-');
  const input = container(q).locator('input').first();
  await input.click();
  await input.pressSequentially(`${m}/${d}/${y}`);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

const addButton = (listPath: string) => page.getByRole('button', { name: `Add ${containerTitle(listPath)}` });

describe('the generated XForm in ODK Web Forms', () => {
  let submission = '';

  test('renders with no errors', async () => {
    await expect(container(question('/recordType')).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
  });

  test('an interviewer fills it in: choices, drop-downs, a date, reasons for no answer, a repeat', async () => {
    await choose(question('/recordType'), ['caseSummary']);
    await choose(question('/reportingOrgType'), ['NGO']);
    await choose(question('/reportingCountry'), ['GB']);
    await pickDate(question('/dateReported'), '2026-03-02');
    // No date for "information as of": the companion question takes the reason.
    await choose(question('/informationAsOf', true), ['unknown']);
    await choose(question('/traffickingStatus'), ['PossibleVictimOfTrafficking']);
    await choose(question('/exploitationTypes'), ['ForcedLabour']);
    await choose(question('/sharing/tlp'), ['TLP:AMBER']);
    await choose(question('/sharing/permittedPurposes'), ['investigation']);
    await choose(question('/sharing/onwardSharing'), ['withinOrganisation']);
    await choose(question('/consent/consentStatus'), ['explicitConsent']);
    await choose(question('/provenance/informationSources'), ['survivorInterview']);
    await choose(question('/financialControl/takesEarnings'), ['true']);
    await choose(question('/financialControl/restrictsFinancialAccess'), ['_notAsked']);
    await choose(question('/financialControl/withholdsDocuments'), ['false']);
    await choose(question('/financialControl/accountControlledByOther'), ['_unknown']);
    await choose(question('/victimFinancialMisuse/usedAsMoneyMule'), ['false']);
  });

  test('"there are none" for a list hides its repeat', async () => {
    await expect(addButton('/persons').isVisible()).resolves.toBe(true);
    const none = nodes.find((n): n is Question => n.kind === 'question' && n.role.of === 'none' && n.path === '/persons')!;
    await choose(none, ['_none']);
    await expect(addButton('/persons').count()).resolves.toBe(0);
  });

  test('debt details are offered only once debt bondage is reported', async () => {
    await expect(addButton('/debts').count()).resolves.toBe(0);
    await choose(question('/financialControl/debtBondage'), ['true']);
    await expect(addButton('/debts').isVisible()).resolves.toBe(true);
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
      financialControl: {
        debtBondage: true,
        takesEarnings: true,
        restrictsFinancialAccess: { missing: 'notAsked' },
        withholdsDocuments: false,
        accountControlledByOther: { missing: 'unknown' },
      },
      victimFinancialMisuse: { usedAsMoneyMule: false },
      persons: [],
      transactions: [{ id: 'T1', isAggregate: false, amount: { amount: 250.5, currency: 'THB' }, method: 'cashHandover', purpose: firstCode('transactionPurpose') }],
    });
  });

  test('no request left the machine, and the page raised no errors', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
