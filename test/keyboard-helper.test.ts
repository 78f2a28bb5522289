/**
 * The keyboard walks' own check, in Chromium: a focus that cannot be seen is reported as such, whether the
 * control was reached by Tab or already had the focus; a normal focus ring is seen.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tabToVisibly } from './helpers/keyboard.js';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  page = await browser.newPage();
  await page.setContent(`<!doctype html><style>#hidden:focus { outline: none; }</style>
    <button id="first">First</button> <button id="seen">Seen</button> <button id="hidden">Hidden</button> <button id="last">Last</button>`);
});
afterAll(async () => browser?.close());

describe('tabToVisibly', () => {
  test('a control with the browser’s focus ring: seen', async () => {
    expect(await tabToVisibly(page, page.locator('#seen'))).toBe(true);
  });
  test('a control whose focus style removes every outline: not seen', async () => {
    expect(await tabToVisibly(page, page.locator('#hidden'))).toBe(false);
  });
  test('a control that already has the focus: judged from a picture without it', async () => {
    await page.locator('#last').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await tabToVisibly(page, page.locator('#last'))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await tabToVisibly(page, page.locator('#hidden'), { backwards: true })).toBe(false);
  });
});
