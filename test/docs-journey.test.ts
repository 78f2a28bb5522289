/**
 * A caseworker's journey on the documentation site, in Chromium: from the home page to "Prepare a case for
 * sharing"; a case file with mistakes is checked (the findings come in one round and link to the fields' pages;
 * those of a case filled in online lead back to the form's question),
 * fixed, prepared under the tactical profile with the group's key file, compared side by side and downloaded.
 * The downloaded file is byte for byte what `htfds anonymise` writes for the same input, key and profile; the
 * same for a filled workbook dropped on the page. Every request is recorded: none to another origin, none at all
 * after the page has loaded. axe-core checks every page of the journey (no serious or critical violation), at a
 * laptop's width and at a tablet's (768 px), where nothing may be wider than the screen. Screenshots of each
 * step go to test-artifacts/journey/. All data is synthetic.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import runtimeModel from '../src/generated/runtime-model.js';
import { exportWorkbook } from '../src/tabular/export-tabular.js';
import { importWorkbook } from '../src/tabular/import-tabular.js';
import { htfds } from './helpers/run-cli.js';
import { answerMinimalCase, byKeyboard, choiceLabel, choose, container, pickDate, question } from './helpers/odk-form.js';
import { tabToVisibly } from './helpers/keyboard.js';
import { currentSite } from './helpers/current-site.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const ARTIFACTS = resolve('test-artifacts/journey');
mkdirSync('.cache', { recursive: true });
const scratch = resolve(mkdtempSync(join('.cache', 'journey-')));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The synthetic case: an example report with identifiers in clear, a name and a date of birth, as a caseworker's file has. */
function syntheticCase(): Record<string, any> {
  const report = JSON.parse(readFileSync('examples/money-mule-operation.json', 'utf8'));
  report.recordId = '0d6f3c9a-52b1-4e8e-9a41-7c2f1e3b5a68';
  const person = report.persons[0];
  delete person.ageBand;
  person.fullName = 'Synthetic Testperson';
  person.dateOfBirth = '1981-04-17';
  const type = Object.keys(runtimeModel.codelists[runtimeModel.fields.find((f) => f.path === '/persons/*/identifiers/*/type')!.codelist!]!.codes)[0]!;
  person.identifiers = [{ id: 'P1-ID1', type, value: 'SYNTH-00-1234567' }];
  report.accounts[0].identifiers = [{ id: 'ACC-1-ID1', scheme: 'iban', value: 'GB33BUKB20201555555555' }];
  return report;
}
/** The same case as a caseworker first writes it: an age typed as a number, codes joined by commas, a payment to an account that is not listed. */
function caseWithMistakes(): Record<string, any> {
  const report = syntheticCase();
  report.persons[1].ageBand = '28';
  report.exploitationTypes = [Object.keys(runtimeModel.codelists.exploitationType!.codes).slice(0, 2).join(',')];
  report.transactions[0].toRef = 'ACC-99';
  return report;
}
/** A second case marked TLP:RED, which the tactical profile may not take. */
function redCase(): Record<string, any> {
  const report = syntheticCase();
  report.recordId = '6a0e2d4c-8b13-4f7a-b2c5-93d1e0f4a7b6';
  report.sharing.tlp = 'TLP:RED';
  delete report.sharing.fieldLevelTlp;
  return report;
}

const files = {
  mistakes: join(scratch, 'case.json'),
  fixed: join(scratch, 'fixed', 'case.json'),
  red: join(scratch, 'red-case.json'),
  workbook: join(scratch, 'filled-workbook.xlsx'),
  key: join(scratch, 'group.key'),
};

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Every request of the browser, in order, with the moment the pages had finished loading marked. */
const requests: { url: string; afterLoad: boolean }[] = [];
let loaded = false;

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

/** axe-core in the page: the serious and critical violations, each with the elements it found. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const page = globalThis as any;
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]).map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.slice(0, 5).join(', ')}`);
}

/** Nothing on the page is wider than the window (no sideways scrolling of the whole page). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => {
    const window = globalThis as any;
    return window.document.documentElement.scrollWidth - window.innerWidth;
  });

/** "Prepare a case for sharing" ready to use, and the online form. */
const PREPARE_READY = '[data-testid="prepare-status"][data-ready="true"]';
const FORM_READY = '.question-container';

/** Opens a page (`go`: a navigation, a click, a key) and waits until it is ready: its requests until then are its loading. */
async function opening(page: Page, go: () => Promise<unknown>, ready: string): Promise<void> {
  loaded = false;
  await go();
  // Generous: in the full suite this page can load while the docs site test builds a whole site on both cores.
  await page.locator(ready).first().waitFor({ timeout: 150_000 });
  await page.waitForLoadState('networkidle');
  loaded = true;
}

async function openPrepare(page: Page): Promise<void> {
  await opening(
    page,
    async () => {
      await page.goto(`${server.origin}/`);
      await page.getByRole('link', { name: 'Prepare for sharing' }).first().click();
      await page.waitForURL(/\/prepare\/$/);
    },
    PREPARE_READY,
  );
}

/** Chooses the tactical profile and the key file, prepares, and downloads the shared file; returns its bytes. */
async function prepareAndDownload(page: Page, step: string): Promise<Buffer> {
  await page.getByTestId('profile-tactical').check();
  await page.getByTestId('key-input').setInputFiles(files.key);
  await page.getByTestId('key-ready').waitFor();
  await shot(page, `${step}-3-profile-and-key`);
  await page.getByTestId('prepare-button').click();
  await page.getByTestId('comparison').waitFor();
  await shot(page, `${step}-4-what-will-be-shared`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-ndjson').click()]);
  expect(download.suggestedFilename()).toBe('htfds-shared-tactical.ndjson');
  return readFileSync((await download.path())!);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(join(scratch, 'fixed'), { recursive: true });
  writeFileSync(files.mistakes, JSON.stringify(caseWithMistakes(), null, 2));
  writeFileSync(files.fixed, JSON.stringify(syntheticCase(), null, 2));
  writeFileSync(files.red, JSON.stringify(redCase(), null, 2));
  writeFileSync(files.workbook, await exportWorkbook([syntheticCase()]));
  writeFileSync(files.key, randomBytes(32));

  server = await serveStatic(await currentSite());
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  context = await newContext();
}, 600_000);

/** A browser profile of its own (its own storage), whose every request is recorded. */
async function newContext(): Promise<BrowserContext> {
  const created = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  created.on('request', (request) => requests.push({ url: request.url(), afterLoad: loaded }));
  // Anything not for this site is refused (and recorded above), so that a test can never pass by reaching out.
  await created.route('**/*', (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
  return created;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a caseworker prepares a case for sharing in the browser', () => {
  test('a case file: findings in one round, fixed, prepared under the tactical profile, downloaded as the command line writes it', async () => {
    const page = await context.newPage();
    await openPrepare(page);
    await shot(page, 'json-0-prepare-page');
    expect(await accessibilityProblems(page)).toEqual([]);

    // 1. The file with mistakes: every finding at once, each with what to do and a link to the field's page.
    await page.getByTestId('case-input').setInputFiles(files.mistakes);
    await page.getByTestId('ready-count').waitFor();
    expect(await page.getByTestId('ready-count').textContent()).toMatch(/^No case can be prepared yet/);
    const findings = await page.locator('li[data-code]').evaluateAll((items) => items.map((li) => ({ code: li.getAttribute('data-code'), path: li.getAttribute('data-path'), text: li.textContent })));
    expect(findings.map((f) => `${f.code} ${f.path}`).sort()).toEqual(['code-unknown /exploitationTypes/0', 'code-unknown /persons/1/ageBand', 'reference-unresolved /transactions/0/toRef']);
    expect(findings.find((f) => f.path === '/persons/1/ageBand')!.text).toContain('“27-29”');
    expect(findings.find((f) => f.path === '/exploitationTypes/0')!.text).toMatch(/separated by ; \(a semicolon\)/);
    const link = page.locator('li[data-path="/persons/1/ageBand"] [data-testid="field-link"]');
    expect(await link.getAttribute('href')).toBe('/docs/reference/fields/persons/#ageBand');
    await shot(page, 'json-1-findings');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The fixed file, with a second case that the tactical profile must refuse.
    await page.getByTestId('case-input').setInputFiles([files.fixed, files.red]);
    await page.getByText('2 cases ready to prepare').waitFor();

    // 2. and 3. The profile, chosen with the keyboard, and the key file.
    await page.getByTestId('profile-internal').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('profile-tactical').isChecked()).toBe(true);
    const bytes = await prepareAndDownload(page, 'json');
    const refusal = await page.getByTestId('refusal').textContent();
    expect(refusal).toContain('red-case.json');
    expect(refusal).toMatch(/marked TLP:RED, which the tactical profile does not accept/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // Side by side: the name and date of birth go, the identifiers are replaced by keyed hashes, the age becomes a band.
    const outcome = (pointer: string) => page.locator(`tr[data-pointer="${pointer}"]`).first().getAttribute('data-outcome');
    expect(await outcome('/persons/0/fullName')).toBe('removed');
    expect(await outcome('/persons/0/dateOfBirth')).toBe('banded');
    expect(await outcome('/persons/0/identifiers/0/value')).toBe('hashed');
    expect(await outcome('/accounts/0/identifiers/0/value')).toBe('hashed');
    expect(await page.locator('tr[data-outcome="kept"]').count()).toBe(0);
    await page.getByLabel('Also list the data points shared as they are').check();
    expect(await outcome('/reportingCountry')).toBe('kept');

    // 5. Byte for byte the command line's output for the same input, key and profile.
    const cli = await htfds('anonymise', '--profile', 'tactical', '--key-file', files.key, files.fixed, files.red);
    expect(cli.code).toBe(1); // one report refused
    expect(cli.stdout.length).toBeGreaterThan(1000);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(cli.stdout).digest('hex'));
    expect(bytes.toString('utf8')).not.toMatch(/Synthetic Testperson|1981-04-17|SYNTH-00-1234567|GB33BUKB20201555555555/);
    await shot(page, 'json-5-downloaded');

    // A tablet's width: the page and the side-by-side table stay within the screen.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'json-6-tablet');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 180_000);

  test('a filled workbook dropped on the page gives the same file as the command line', async () => {
    const page = await context.newPage();
    await openPrepare(page);
    // Dropped, as a person drags a file from their folder.
    const transfer = await page.evaluateHandle(
      ({ name, bytes }) => {
        const window = globalThis as any;
        const data = new window.DataTransfer();
        data.items.add(new window.File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
        return data;
      },
      { name: 'filled-workbook.xlsx', bytes: [...readFileSync(files.workbook)] },
    );
    await page.getByTestId('case-drop').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByText('1 case ready to prepare').waitFor();
    await shot(page, 'workbook-1-checked');
    const bytes = await prepareAndDownload(page, 'workbook');
    const cli = await htfds('anonymise', '--profile', 'tactical', '--key-file', files.key, files.workbook);
    expect(cli.code, cli.stderr).toBe(0);
    expect(bytes.toString('utf8')).toBe(cli.stdout);

    // The same cases as a workbook, which reads back as the shared reports.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-workbook').click()]);
    expect(saved.suggestedFilename()).toBe('htfds-shared-tactical.xlsx');
    const back = [];
    for await (const imported of importWorkbook((await saved.path())!)) back.push(imported);
    expect(back.flatMap((r) => r.findings)).toEqual([]);
    expect(back.map((r) => r.record)).toEqual(cli.stdout.trim().split('\n').map((line) => JSON.parse(line)));
    await page.close();
  }, 180_000);

  test('a case filled in online is kept in this browser only, then checked and prepared like a file', async () => {
    const page = await context.newPage();
    await openPrepare(page);
    await opening(page, () => page.getByRole('link', { name: 'Fill in a case online' }).click(), FORM_READY);
    expect(page.url()).toMatch(/\/fill\/$/);
    await shot(page, 'form-0-fill-in');
    expect(await accessibilityProblems(page)).toEqual([]);
    await answerMinimalCase(page);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('saved-case').waitFor();
    await shot(page, 'form-1-saved-in-this-browser');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-draft-json').click()]);
    const draftFile = join(scratch, 'filled-online.json');
    writeFileSync(draftFile, readFileSync((await json.path())!));
    const draft = JSON.parse(readFileSync(draftFile, 'utf8'));
    expect(draft).toMatchObject({ recordType: 'caseSummary', reportingCountry: 'GB', sharing: { tlp: 'TLP:AMBER' } });
    // The same case as a workbook, which reads back as the case.
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-draft-workbook').click()]);
    expect(workbook.suggestedFilename()).toBe('htfds-case.xlsx');
    const fromWorkbook = [];
    for await (const imported of importWorkbook((await workbook.path())!)) fromWorkbook.push(imported);
    expect(fromWorkbook.map((r) => r.record)).toEqual([draft]);
    // The sent case, and the answers as they were given (the draft of the form): nothing else.
    expect(await page.evaluate(() => Object.keys((globalThis as any).localStorage).sort())).toEqual(['htfds-case-filled-online', 'htfds-form-in-progress']);

    await opening(page, () => page.getByTestId('to-prepare').click(), PREPARE_READY);
    await page.getByTestId('use-draft').click();
    await page.getByText('1 case ready to prepare').waitFor();
    const bytes = await prepareAndDownload(page, 'form');
    const cli = await htfds('anonymise', '--profile', 'tactical', '--key-file', files.key, draftFile);
    expect(cli.code, cli.stderr).toBe(0);
    expect(bytes.toString('utf8')).toBe(cli.stdout);
    await page.close();
  }, 240_000);

  test("a finding about a case filled in online takes the caseworker back to the form's question, where it is fixed", async () => {
    const own = await newContext(); // storage of its own: no case from the other tests
    const page = await own.newPage();
    await opening(page, () => page.goto(`${server.origin}/fill/`), FORM_READY);
    // The end of the exploitation typed before its start: the form takes it, the check does not.
    await answerMinimalCase(page);
    await pickDate(page, question('/exploitationStart'), '2025-06-01');
    await pickDate(page, question('/exploitationEnd'), '2025-01-01');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('saved-case').waitFor();
    expect(await page.getByTestId('saved-case').textContent()).toContain('The check found 1 problem');

    await opening(page, () => page.getByTestId('to-prepare').click(), PREPARE_READY);
    await page.getByTestId('use-draft').click();
    const finding = page.locator('li[data-path="/exploitationEnd"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('“Exploitation ended” is before “Exploitation started”');
    expect(await page.getByTestId('ready-count').textContent()).toMatch(/^No case can be prepared yet: change the answers the findings below lead to in the form/);
    await shot(page, 'form-2-finding-links-to-the-question');
    // From a case of a file, findings link to the field's entry only; from the form, to the question first.
    expect(await page.locator('[data-testid="answer-link"]').count()).toBe(1);

    await opening(page, () => finding.getByTestId('answer-link').click(), '.htfds-shown-answer');
    expect(page.url()).toMatch(/\/fill\/#answer=%2FexploitationEnd$/);
    // The question is marked, scrolled to and focused, with the answer given before.
    const ended = container(page, question('/exploitationEnd'));
    expect(await page.locator('.htfds-shown-answer').count()).toBe(1);
    expect(await ended.evaluate((element) => element.classList.contains('htfds-shown-answer') && element.contains(element.ownerDocument.activeElement))).toBe(true);
    expect(await ended.isVisible()).toBe(true);
    expect(await ended.locator('input').first().inputValue()).toBe('01/01/2025');
    // What the window shows (the whole form is tens of thousands of pixels long).
    await page.screenshot({ path: join(ARTIFACTS, 'form-3-back-at-the-question.png') });

    await pickDate(page, question('/exploitationEnd'), '2025-12-01');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByTestId('saved-case').textContent()).not.toContain('The check found');
    await opening(page, () => page.getByTestId('to-prepare').click(), PREPARE_READY);
    await page.getByTestId('use-draft').click();
    await page.getByText('1 case ready to prepare').waitFor();
    expect(await page.locator('li[data-code]').count()).toBe(0);
    await own.close();
  }, 240_000);

  test('the keyboard only, on a tablet (768 px): fill in, check, prepare and download, the focus always visible, nothing wider than the screen', async () => {
    const own = await newContext(); // storage of its own: no case from the other tests
    const page = await own.newPage();
    await page.setViewportSize({ width: 768, height: 1024 });
    const fitsTheScreen = async (where: string) => expect(await pageOverflow(page), where).toBeLessThanOrEqual(0);
    /** Tab to the control, see its focus, and press it (Enter). */
    const press = async (control: Locator) => {
      expect(await tabToVisibly(page, control, { max: 120 }), `focus visible on “${await control.textContent()}”`).toBe(true);
      await page.keyboard.press('Enter');
    };
    await opening(page, () => page.goto(`${server.origin}/`), 'main');
    await fitsTheScreen('home');

    // The site's menu, opened with the keyboard, to "Prepare for sharing"; from there to the form.
    await press(page.getByRole('button', { name: 'Toggle navigation bar' }));
    await opening(page, () => press(page.locator('.navbar-sidebar').getByRole('link', { name: 'Prepare for sharing', exact: true })), PREPARE_READY);
    await fitsTheScreen('prepare');
    await opening(page, () => press(page.getByRole('link', { name: 'Fill in a case online' })), FORM_READY);
    await fitsTheScreen('form');
    await shot(page, 'keyboard-0-form');

    // Every answer with the keyboard: Tab, arrow keys, Space and Enter, and dates typed.
    await answerMinimalCase(page, byKeyboard);
    await fitsTheScreen('form, answered');
    await press(page.getByRole('button', { name: 'Send' }));
    const saved = page.getByTestId('saved-case');
    await saved.waitFor();
    await shot(page, 'keyboard-1-sent');

    // Back up the page to the saved case's link to the check.
    expect(await tabToVisibly(page, saved.getByTestId('to-prepare'), { max: 400, backwards: true })).toBe(true);
    await opening(page, () => page.keyboard.press('Enter'), PREPARE_READY);
    await press(page.getByTestId('use-draft'));
    await page.getByText('1 case ready to prepare').waitFor();

    // The profile: Tab into the choice, the arrow keys to the tactical profile.
    const profiles = page.locator('fieldset').filter({ has: page.getByTestId('profile-tactical') });
    expect(await tabToVisibly(page, profiles)).toBe(true);
    for (let presses = 0; !(await page.getByTestId('profile-tactical').isChecked()); presses++) {
      expect(presses, 'the arrow keys reach the tactical profile').toBeLessThan(10);
      await page.keyboard.press('ArrowDown');
    }
    // The key file: the file input opened with the keyboard; the file is picked in the computer's own dialog.
    expect(await tabToVisibly(page, page.getByTestId('key-input'))).toBe(true);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(files.key);
    await page.getByTestId('key-ready').waitFor();
    await press(page.getByTestId('prepare-button'));
    await page.getByTestId('comparison').waitFor();
    await fitsTheScreen('prepared');
    await shot(page, 'keyboard-2-prepared');
    expect(await tabToVisibly(page, page.getByTestId('download-ndjson'))).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('htfds-shared-tactical.ndjson');
    const shared = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    expect(shared.map((line) => JSON.parse(line).sharing.tlp)).toEqual(['TLP:AMBER']);
    await fitsTheScreen('downloaded');
    await shot(page, 'keyboard-3-downloaded');
    await own.close();
  }, 480_000);

  test('a half-filled form is kept in this browser only: a reload or a closed tab loses nothing, and "Start again" empties it', async () => {
    const own = await newContext(); // storage of its own: no draft from the other tests
    const kept = (page: Page) => page.evaluate(() => (globalThis as any).localStorage.getItem('htfds-form-in-progress') as string | null);
    const openForm = (page: Page) => opening(page, () => page.goto(`${server.origin}/fill/`), FORM_READY);
    let page = await own.newPage();
    await openForm(page);
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    const country = question('/reportingCountry');
    const dateReported = container(page, question('/dateReported')).locator('input').first();

    const before = requests.length;
    await choose(page, question('/recordType'), ['caseSummary']);
    await choose(page, country, ['GB']);
    await pickDate(page, question('/dateReported'), '2026-03-02');
    await page.waitForFunction(() => /<reportingCountry>GB<\/reportingCountry>.*<dateReported>2026-03-02<\/dateReported>/s.test((globalThis as any).localStorage.getItem('htfds-form-in-progress') ?? ''));
    expect(requests.slice(before), 'answering and keeping the draft sends nothing').toEqual([]);
    await shot(page, 'draft-0-half-filled');

    // A reload: the answers are back, with the control to discard them.
    await openForm(page);
    await page.getByTestId('draft-restored').waitFor();
    expect(await container(page, country).textContent()).toContain(choiceLabel(country, 'GB'));
    expect(await dateReported.inputValue()).toBe('03/02/2026');
    expect(await accessibilityProblems(page)).toEqual([]);
    await shot(page, 'draft-1-restored');

    // An answer given just before the page goes is kept too (written as the page is hidden, not a moment later).
    await choose(page, question('/reportingOrgType'), ['NGO']);
    await page.close();
    page = await own.newPage();
    await openForm(page);
    await page.getByTestId('draft-restored').waitFor();
    expect(await container(page, question('/reportingOrgType')).textContent()).toContain(choiceLabel(question('/reportingOrgType'), 'NGO'));
    expect(await container(page, country).textContent()).toContain(choiceLabel(country, 'GB'));

    // Start again: asked first, then an empty form and nothing kept.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('start-again').click();
    await page.getByTestId('draft-restored').waitFor({ state: 'detached' });
    await page.locator('.question-container').first().waitFor();
    expect(await container(page, country).textContent()).not.toContain(choiceLabel(country, 'GB'));
    expect(await kept(page)).toBeNull();
    await openForm(page);
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await kept(page)).toBeNull();
    await own.close();
  }, 180_000);

  test("the form's style sheets apply to the form only: the site around it looks as on other pages, and they leave with it in the site's in-page navigation", async () => {
    const page = await context.newPage();
    const look = () =>
      page.evaluate(() => {
        const window = globalThis as any;
        const style = (selector: string) => {
          const computed = window.getComputedStyle(window.document.querySelector(selector));
          return { font: computed.fontFamily, lineHeight: computed.lineHeight, color: computed.color, background: computed.backgroundColor };
        };
        return {
          body: style('body'),
          heading: style('h1'),
          navbar: style('.navbar__link'),
          search: style('.navbar__search-input'),
          footer: style('.footer__col'),
          styleElements: window.document.head.querySelectorAll('style').length,
        };
      });
    loaded = false;
    await page.goto(`${server.origin}/validator/`);
    await page.waitForLoadState('networkidle');
    const unvisited = await look();
    // Marks this page load: a full reload would lose it.
    await page.evaluate(() => ((globalThis as any).sameLoad = true));
    const navbar = page.locator('.navbar');
    const openForm = async () => {
      await navbar.getByRole('link', { name: 'Prepare for sharing', exact: true }).click();
      await page.getByRole('link', { name: 'Fill in a case online' }).click();
      await page.waitForURL(/\/fill\/$/);
      await page.locator('.question-container').first().waitFor({ timeout: 60_000 });
      return look();
    };
    const withForm = await openForm();
    await shot(page, 'form-site-around-it');
    // The engine's sheets are in the page while the form is, and restyle nothing of the site's: its header, heading,
    // search box and footer look as on the validator's page.
    expect(withForm.styleElements).toBeGreaterThan(unvisited.styleElements);
    // Inside the form they apply: its font, its round radio buttons.
    expect(await page.evaluate(() => {
      const window = globalThis as any;
      const style = (selector: string) => window.getComputedStyle(window.document.querySelector(selector));
      return [style('.question-container').fontFamily, style('.p-radiobutton-box').borderRadius];
    })).toEqual(['Roboto, sans-serif', '50%']);
    const { styleElements: _withForm, ...siteWithForm } = withForm;
    const { styleElements: _unvisited, ...site } = unvisited;
    expect(siteWithForm).toEqual(site);
    const leaveForm = async () => {
      await navbar.getByRole('link', { name: 'Validator', exact: true }).click();
      await page.waitForURL(/\/validator\/$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      return look();
    };
    expect(await leaveForm()).toEqual(unvisited);
    // The form again, in the same page load: its sheets come back with it, and go again with it.
    const { styleElements: _again, ...siteAgain } = await openForm();
    expect(siteAgain).toEqual(site);
    expect(await leaveForm()).toEqual(unvisited);
    expect(await page.evaluate(() => (globalThis as any).sameLoad)).toBe(true);
    await page.waitForLoadState('networkidle');
    loaded = true;
    await page.close();
  }, 180_000);

  test("a validator message's words, typed in the site's search, find the field's row first, also where a code list has the field's title", async () => {
    /** Types the field's title, as the finding quotes it, in the search; the first result must be the field's row. */
    const searchFindsTheField = async (page: Page, path: string, title: string) => {
      const finding = page.locator(`li[data-path="${path}"]`).first();
      await finding.waitFor();
      expect(await finding.textContent()).toContain(`“${title}”`);
      const fieldPage = await finding.getByTestId('field-link').getAttribute('href');
      // The search loads its index from this site when it is first used.
      loaded = false;
      await page.locator('.navbar__search-input').pressSequentially(title);
      const first = page.locator('[role="listbox"] [role="option"]').first();
      await expect.poll(() => first.textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^${title}`));
      await shot(page, `search-${path.split('/').pop()}`);
      await first.click();
      await page.waitForURL(`${server.origin}${fieldPage}`);
      const row = page.locator('tr', { has: page.locator(`[id="${fieldPage!.split('#')[1]}"]`) });
      // The heading's text, without the zero-width space of its link to the row.
      expect((await row.getByRole('heading', { level: 3 }).textContent())!.replace('\u200b', '')).toBe(title);
    };

    // A case with indicators and no catalogue version: the finding names the field by its title.
    let page = await context.newPage();
    await openPrepare(page);
    const report = syntheticCase();
    expect(report.indicators.length).toBeGreaterThan(0);
    delete report.indicatorCatalogueVersion;
    const file = join(scratch, 'no-catalogue-version.json');
    writeFileSync(file, JSON.stringify(report, null, 2));
    await page.getByTestId('case-input').setInputFiles(file);
    await searchFindsTheField(page, '/indicatorCatalogueVersion', 'Indicator catalogue version');
    await page.close();

    // An age typed as a number: the field “Age band” has a code list of the same title, which must not come first.
    page = await context.newPage();
    await openPrepare(page);
    await page.getByTestId('case-input').setInputFiles(files.mistakes);
    expect(runtimeModel.codelists.ageBand!.title).toBe('Age band');
    await searchFindsTheField(page, '/persons/1/ageBand', 'Age band');
    await page.close();
  }, 180_000);

  test('the validator page and the home page of the journey pass the accessibility check, at a laptop\'s and a tablet\'s width', async () => {
    const page = await context.newPage();
    loaded = false; // pages are opened here: their requests are loading
    for (const path of ['/', '/validator/', '/docs/reference/downloads/']) {
      for (const width of [1280, 768]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${server.origin}${path}`);
        await page.waitForLoadState('networkidle');
        expect(await accessibilityProblems(page), `${path} at ${width} px`).toEqual([]);
        expect(await pageOverflow(page), `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
    await page.close();
  }, 120_000);

  test('no request ever left the site, and none at all was made after the pages had loaded', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((r) => !r.url.startsWith(`${server.origin}/`) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'))).toEqual([]);
    // Not the code of a page a link points to (nothing is prefetched), not the site's icon (it is in the page): nothing.
    expect(requests.filter((r) => r.afterLoad && !r.url.startsWith('blob:') && !r.url.startsWith('data:')).map((r) => r.url)).toEqual([]);
  });
});
