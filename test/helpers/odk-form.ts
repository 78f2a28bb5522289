/**
 * Answering the generated HTFDS form in ODK Web Forms as a person would, in Chromium: questions found by their
 * label, choices by the label the engine shows (radio buttons, a drop-down, a multi-select), text typed key by
 * key, dates through the engine's picker; or with the keyboard only (`byKeyboard`). Shared by the form engine's
 * test and the site's journey test.
 */
import type { Locator, Page } from 'playwright-core';
import { holdsFocus, tabToVisibly } from './keyboard.js';
import { loadFieldModel } from '../../generators/load-model.js';
import { buildQuestionnaire, isGroup, type FormNode, type Question } from '../../generators/forms/questionnaire/build-questionnaire.js';

export const model = loadFieldModel('schema');
export const questionnaire = buildQuestionnaire(model);

const flatten = (nodes: FormNode[]): FormNode[] => nodes.flatMap((n) => [n, ...(isGroup(n) ? flatten(n.children) : [])]);
export const nodes = flatten(questionnaire.root.children);

/** The question asked for a JSON path (the value question, or with `companion` the reason question). */
export function question(path: string, companion = false): Question {
  const found = nodes.find((n): n is Question => n.kind === 'question' && n.path === path && (n.role.of === 'missing') === companion);
  if (!found) throw new Error(`no question for ${path}`);
  return found;
}
/** The label the engine shows for a code of a question's choice list. */
export const choiceLabel = (q: Question, value: string) => questionnaire.lists.get(q.list!)!.choices.find((c) => c.value === value)!.label;

const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** The container of a question, found by its label (within `scope`, e.g. one repeat instance). */
export const container = (page: Page, q: Question, scope: Page | Locator = page) =>
  scope.locator('.question-container').filter({ has: page.locator('label', { hasText: exact(q.label) }) }).first();

/** Chooses answers the way the engine shows them: radio buttons, a drop-down, or a multi-select drop-down. */
export async function choose(page: Page, q: Question, values: string[], scope: Page | Locator = page): Promise<void> {
  const c = container(page, q, scope);
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

export async function type(page: Page, q: Question, text: string, scope: Page | Locator = page): Promise<void> {
  const input = container(page, q, scope).locator('input, textarea').first();
  await input.fill('');
  // Number inputs format as they go, so they are typed key by key, as a person would.
  await input.pressSequentially(text);
  await input.press('Tab');
}

/** The engine's date picker reads dates as mm/dd/yyyy. */
export async function pickDate(page: Page, q: Question, isoDate: string): Promise<void> {
  const [y, m, d] = isoDate.split('-');
  const input = container(page, q).locator('input').first();
  await input.click();
  // A date already there is replaced, not added to.
  await input.press('Control+a');
  await input.pressSequentially(`${m}/${d}/${y}`);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

/** How a person answers: with a pointer and the keyboard (`choose`, `pickDate`) or with the keyboard only. */
export interface Answering {
  choose(page: Page, q: Question, values: string[], scope?: Page | Locator): Promise<void>;
  pickDate(page: Page, q: Question, isoDate: string): Promise<void>;
  type(page: Page, q: Question, text: string, scope?: Page | Locator): Promise<void>;
  /** Adds an instance of a repeat (e.g. a victim profile) with its "Add …" button. */
  addRepeat(page: Page, title: string): Promise<void>;
}

export const byPointer: Answering = {
  choose,
  pickDate,
  type,
  addRepeat: async (page, title) => page.getByRole('button', { name: `Add ${title}` }).click(),
};

/** The label of the option the engine's open drop-down list has put the keyboard on (none until an arrow key). */
async function focusedOption(page: Page): Promise<string | null> {
  const option = page.locator('[role="option"][data-p-focused="true"]');
  return (await option.count()) > 0 ? option.first().getAttribute('aria-label') : null;
}

/** Moves through an open drop-down list with the arrow keys to the option with this label. */
async function arrowToOption(page: Page, label: string): Promise<void> {
  for (let presses = 0; (await focusedOption(page)) !== label; presses++) {
    if (presses === 400) throw new Error(`no option “${label}” in the list`);
    await page.keyboard.press('ArrowDown');
  }
}

/**
 * The keyboard only: Tab to the question, its focus visible; then a drop-down opened with Enter, the option
 * reached with the arrow keys and taken with Enter (Space for each of several); radio buttons moved through with
 * the arrow keys (which choose), check boxes with Tab and Space.
 */
export const byKeyboard: Answering = {
  async choose(page, q, values, scope = page) {
    const c = container(page, q, scope);
    const labels = values.map((v) => choiceLabel(q, v));
    const dropDown = c.locator('.p-select, .p-multiselect').first();
    const several = (await c.locator('.p-multiselect').count()) > 0;
    if ((await dropDown.count()) > 0) {
      if (!(await tabToVisibly(page, dropDown))) throw new Error(`no visible focus on the drop-down of “${q.label}”`);
      await page.keyboard.press('Enter');
      for (const label of labels) {
        await arrowToOption(page, label);
        await page.keyboard.press(several ? 'Space' : 'Enter');
      }
      if (several) await page.keyboard.press('Escape');
      return;
    }
    if (!(await tabToVisibly(page, c))) throw new Error(`no visible focus in “${q.label}”`);
    const focusedValue = () => page.evaluate(() => (globalThis as any).document.activeElement?.value as string | undefined);
    const radios = (await c.locator('input[type="radio"]').count()) > 0;
    for (const value of values) {
      for (let presses = 0; (await focusedValue()) !== value; presses++) {
        if (presses === 40) throw new Error(`no choice “${value}” in “${q.label}”`);
        await page.keyboard.press(radios ? 'ArrowDown' : 'Tab');
      }
      // A radio button reached with an arrow key is chosen; the first one, reached with Tab, is chosen with Space.
      if (!radios || !(await c.locator('input[type="radio"]:checked').count())) await page.keyboard.press('Space');
    }
  },
  async pickDate(page, q, isoDate) {
    const [y, m, d] = isoDate.split('-');
    const input = container(page, q).locator('input').first();
    if (!(await tabToVisibly(page, input, { region: container(page, q) }))) throw new Error(`no visible focus in “${q.label}”`);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(`${m}/${d}/${y}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
  },
  async type(page, q, text, scope = page) {
    const input = container(page, q, scope).locator('input, textarea').first();
    if (!(await holdsFocus(input)) && !(await tabToVisibly(page, input, { region: container(page, q, scope) }))) throw new Error(`no visible focus in “${q.label}”`);
    await page.keyboard.type(text);
  },
  async addRepeat(page, title) {
    const button = page.getByRole('button', { name: `Add ${title}` });
    if (!(await tabToVisibly(page, button))) throw new Error(`no visible focus on “Add ${title}”`);
    await page.keyboard.press('Enter');
    // The page takes the focus to the new item's first question (the engine would leave it on the button, below).
    const inAnItem = () =>
      page.evaluate((text) => {
        const active = (globalThis as any).document.activeElement;
        const item = active?.closest('.p-panel.is-repeat');
        return Boolean(item && active.closest('.question-container') && item.textContent.includes(text));
      }, title);
    for (let tries = 0; !(await inAnItem()); tries++) {
      if (tries === 100) {
        const where = await page.evaluate(() => {
          const active = (globalThis as any).document.activeElement;
          const chain: string[] = [];
          for (let e = active; e && chain.length < 8; e = e.parentElement) chain.push(`${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
          return chain.join(' < ');
        });
        throw new Error(`after “Add ${title}” the focus is not in the new item but at ${where}`);
      }
      await page.waitForTimeout(20);
    }
  },
};

/** The answers of a small valid case: what every report needs, nothing more. */
export async function answerMinimalCase(page: Page, how: Answering = byPointer): Promise<void> {
  await how.choose(page, question('/recordType'), ['caseSummary']);
  await how.choose(page, question('/reportingOrgType'), ['NGO']);
  await how.choose(page, question('/reportingCountry'), ['GB']);
  await how.pickDate(page, question('/dateReported'), '2026-03-02');
  // No date for "information as of": the companion question takes the reason.
  await how.choose(page, question('/informationAsOf', true), ['unknown']);
  await how.choose(page, question('/traffickingStatus'), ['PossibleVictimOfTrafficking']);
  await how.choose(page, question('/exploitationTypes'), ['ForcedLabour']);
  await how.choose(page, question('/sharing/tlp'), ['TLP:AMBER']);
  await how.choose(page, question('/sharing/permittedPurposes'), ['investigation']);
  await how.choose(page, question('/sharing/onwardSharing'), ['withinOrganisation']);
  await how.choose(page, question('/consent/consentStatus'), ['explicitConsent']);
  await how.choose(page, question('/provenance/informationSources'), ['survivorInterview']);
  // One victim profile, a repeat instance, answered within it.
  await how.addRepeat(page, model.containers.find((c) => c.path === '/victimProfiles')!.title);
  const profile = victimProfile(page);
  await how.type(page, question('/victimProfiles/*/id'), 'VP1', profile);
  await how.choose(page, question('/victimProfiles/*/financialControl/debtBondage'), ['false'], profile);
  await how.choose(page, question('/victimProfiles/*/financialControl/takesEarnings'), ['true'], profile);
  await how.choose(page, question('/victimProfiles/*/financialControl/restrictsFinancialAccess'), ['_notAsked'], profile);
  await how.choose(page, question('/victimProfiles/*/financialControl/withholdsDocuments'), ['false'], profile);
  await how.choose(page, question('/victimProfiles/*/financialControl/accountControlledByOther'), ['_unknown'], profile);
  await how.choose(page, question('/victimProfiles/*/victimFinancialMisuse/usedAsMoneyMule'), ['false'], profile);
}

/** The first victim profile (a repeat instance) on the page. */
export const victimProfile = (page: Page) =>
  page.locator('.p-panel.is-repeat').filter({ hasText: model.containers.find((c) => c.path === '/victimProfiles')!.title }).first();
