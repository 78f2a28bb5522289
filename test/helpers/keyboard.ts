/**
 * Moving through a page with the keyboard only, as a person who cannot use a pointer does, in Chromium: Tab until
 * the focus is in an element, and whether the focus can be seen there (it looks different with the focus).
 */
import type { Locator, Page } from 'playwright-core';

/** The element that has the focus, for messages: its tag, role or type, and text. */
const focusedInWords = (page: Page) =>
  page.evaluate(() => {
    const element = (globalThis as any).document.activeElement;
    return element ? `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''} “${(element.textContent || element.value || element.getAttribute('aria-label') || '').trim().slice(0, 60)}”` : 'nothing';
  });

/** Whether the focus is in `target`. */
export const holdsFocus = (target: Locator) => target.evaluate((element) => element.contains(element.ownerDocument.activeElement));

/** Presses Tab (or Shift+Tab with `backwards`) until the focus is in `target`; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}): Promise<void> {
  for (let presses = 0; !(await holdsFocus(target)); presses++) {
    if (presses === max) throw new Error(`${max} presses of Tab did not reach the element; the focus is on ${await focusedInWords(page)}`);
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
}

/** A picture of the region, centred in the window, with the few pixels around it where an outline is drawn. */
async function regionShot(page: Page, region: Locator): Promise<Buffer> {
  await region.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const view = page.viewportSize()!;
  const box = (await region.boundingBox())!;
  const x = Math.max(0, box.x - 4);
  const y = Math.max(0, box.y - 4);
  return page.screenshot({ clip: { x, y, width: Math.min(view.width, box.x + box.width + 4) - x, height: Math.min(view.height, box.y + box.height + 4) - y } });
}

/**
 * Tab to `target` as `tabTo` does; true when the focus can be seen there: `region` (the target, or the question
 * around it) looks different with the focus than it did before.
 */
export async function tabToVisibly(page: Page, target: Locator, { region = target, ...options }: { region?: Locator; max?: number; backwards?: boolean } = {}): Promise<boolean> {
  // The picture without the focus needs the focus elsewhere: a control that already has it is left first.
  for (let presses = 0; presses < 20 && (await holdsFocus(target)); presses++) await page.keyboard.press(options.backwards ? 'Tab' : 'Shift+Tab');
  const before = await regionShot(page, region);
  await tabTo(page, target, options);
  // The focus ring is drawn with the next frames; on a loaded machine the first pictures can come before them (CI once
  // saw three looks go by), so the region is looked at again for up to about two seconds once the page has painted.
  // A focus that cannot be seen stays unseen however long.
  for (let look = 0; look < 12; look++) {
    await page.evaluate(() => new Promise((painted) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(painted))));
    if (!(await regionShot(page, region)).equals(before)) return true;
    await page.waitForTimeout(100);
  }
  return false;
}
