/**
 * Answering the generated HTFDS form in ODK Web Forms as a person would, in Chromium: questions found by their
 * label, choices by the label the engine shows (radio buttons, a drop-down, a multi-select), text typed key by
 * key, dates through the engine's picker. Shared by the form engine's test and the site's journey test.
 */
import type { Locator, Page } from 'playwright-core';
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
  await input.pressSequentially(`${m}/${d}/${y}`);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

/** The answers of a small valid case: what every report needs, nothing more. */
export async function answerMinimalCase(page: Page): Promise<void> {
  await choose(page, question('/recordType'), ['caseSummary']);
  await choose(page, question('/reportingOrgType'), ['NGO']);
  await choose(page, question('/reportingCountry'), ['GB']);
  await pickDate(page, question('/dateReported'), '2026-03-02');
  // No date for "information as of": the companion question takes the reason.
  await choose(page, question('/informationAsOf', true), ['unknown']);
  await choose(page, question('/traffickingStatus'), ['PossibleVictimOfTrafficking']);
  await choose(page, question('/exploitationTypes'), ['ForcedLabour']);
  await choose(page, question('/sharing/tlp'), ['TLP:AMBER']);
  await choose(page, question('/sharing/permittedPurposes'), ['investigation']);
  await choose(page, question('/sharing/onwardSharing'), ['withinOrganisation']);
  await choose(page, question('/consent/consentStatus'), ['explicitConsent']);
  await choose(page, question('/provenance/informationSources'), ['survivorInterview']);
  // One victim profile, a repeat instance, answered within it.
  const profiles = model.containers.find((c) => c.path === '/victimProfiles')!.title;
  await page.getByRole('button', { name: `Add ${profiles}` }).click();
  const profile = victimProfile(page);
  await type(page, question('/victimProfiles/*/id'), 'VP1', profile);
  await choose(page, question('/victimProfiles/*/financialControl/debtBondage'), ['false'], profile);
  await choose(page, question('/victimProfiles/*/financialControl/takesEarnings'), ['true'], profile);
  await choose(page, question('/victimProfiles/*/financialControl/restrictsFinancialAccess'), ['_notAsked'], profile);
  await choose(page, question('/victimProfiles/*/financialControl/withholdsDocuments'), ['false'], profile);
  await choose(page, question('/victimProfiles/*/financialControl/accountControlledByOther'), ['_unknown'], profile);
  await choose(page, question('/victimProfiles/*/victimFinancialMisuse/usedAsMoneyMule'), ['false'], profile);
}

/** The first victim profile (a repeat instance) on the page. */
export const victimProfile = (page: Page) =>
  page.locator('.p-panel.is-repeat').filter({ hasText: model.containers.find((c) => c.path === '/victimProfiles')!.title }).first();
