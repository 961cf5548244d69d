import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

import { openFile, saveToFile } from './save-file-steps';

/**
 * The safety features in a real browser: Exit this page (button, Shift×3, skip link) leaves no way Back to
 * the answers, saving and opening a file round-trips the answers, and a bad file changes nothing.
 *
 * Selectors this spec relies on (stable names from locales/en/*.json):
 *   start page: button "Start", first question radio "For myself" + button "Continue";
 *   safety:     button "Exit this page", link "Exit this page" (skip link), buttons
 *               "Save my answers to a file", "Open saved answers", "Clear my answers";
 *   app shell:  link "Skip to main content" (first in the tab order), footer button
 *               "How to use this site more safely" (opens <SafetyPage>).
 */

const EXIT_URL = 'https://www.weather.gov/';
const START_HEADING = 'Check if you can clear a record';

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  // Record CSP violations: nothing in the safety features may need inline script or style.
  await page.addInitScript(() => {
    const store = window as unknown as { __safetyCsp: string[] };
    store.__safetyCsp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      store.__safetyCsp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // The neutral page, served locally: the test machines have no internet.
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ body: '<title>Weather</title>neutral', contentType: 'text/html' }),
  );
});

/** Start and answer the first question, so there is an answer on screen. Returns the next heading. */
async function answerOne(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel('For myself', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).not.toHaveText(START_HEADING);
  return (await heading.textContent()) ?? '';
}

async function expectLeftAndNoWayBack(page: Page, historyBefore: number) {
  await page.waitForURL(`${EXIT_URL}**`);
  await expect(page).toHaveTitle('Weather');
  // location.replace: the exit adds no history entry.
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore);

  // Back never shows a page of the app (the exit history spec covers Back and Forward in depth).
  await page.goBack({ waitUntil: 'commit' });
  expect(page.url()).not.toContain('127.0.0.1');
  await expect(page.getByRole('button', { name: 'Exit this page' })).toHaveCount(0);
}

test.describe('Exit this page', () => {
  test('by the button: stays on screen while scrolling, then leaves with no way back', async ({ page }) => {
    await answerOne(page);
    const button = page.getByRole('button', { name: 'Exit this page' });
    await page.mouse.wheel(0, 5_000);
    await expect(button).toBeInViewport();
    const box = await button.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    const before = await page.evaluate(() => history.length);
    await button.click();
    await expectLeftAndNoWayBack(page, before);
  });

  test('the sticky bar never hides the focused element (WCAG 2.4.11), on a small screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 480 });
    await answerOne(page);
    const bar = page.locator('.safety-exit-bar');
    // Walk backwards from the end of the page: each focused element is scrolled in at the top,
    // which is where a sticky bar could cover it.
    await page.getByRole('button', { name: 'Clear my answers', exact: true }).focus();
    // Jump to the bottom at once: the End key scrolls smoothly, and a scroll still running would
    // carry each newly focused element past the top of the screen (a test artefact, not a bug).
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Shift+Tab');
      // The browser scrolls the focused element into view a moment after focus moves: poll.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            const barEl = document.querySelector('.safety-exit-bar');
            if (!el || !barEl || barEl.contains(el) || el === document.body) return null;
            // Covered = what is drawn at the element's top edge or centre belongs to the exit bar.
            const r = el.getBoundingClientRect();
            const x = r.left + Math.min(r.width / 2, 20);
            for (const y of [r.top + 2, r.top + r.height / 2]) {
              const hit = document.elementFromPoint(x, y);
              if (hit && barEl.contains(hit))
                return `${el.tagName} "${el.textContent?.slice(0, 40)}" at ${Math.round(r.top)}`;
            }
            return null;
          }),
        )
        .toBeNull();
    }
    await expect(bar).toBeInViewport();
  });

  test('the button stays on top and works while a dialog is open', async ({ page }) => {
    await answerOne(page);
    await page.getByRole('button', { name: 'Save my answers to a file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save your answers to a file' });
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByLabel('Choose a passphrase').fill('half typed');
    const before = await page.evaluate(() => history.length);
    // A real click on the bar's own button (hidden from screen readers while the dialog, which has its
    // own Exit, is open): Playwright fails it if the backdrop covers the button.
    await page.locator('.safety-exit-bar button').click();
    await expectLeftAndNoWayBack(page, before);
  });

  test('by pressing Shift three times', async ({ page }) => {
    await answerOne(page);
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status').filter({ hasText: 'press 2 more times' })).toHaveCount(1);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expectLeftAndNoWayBack(page, before);
  });

  test('Shift as a modifier does not count', async ({ page }) => {
    await answerOne(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await expect(page).not.toHaveURL(/weather/);
    await expect(page.getByRole('button', { name: 'Exit this page' })).toBeVisible();
  });

  test('by the skip link, first in the tab order', async ({ page }) => {
    // On a fresh page, the very first Tab reaches the exit link, before anything else. Wait for the
    // live app: until it takes over, the page painted at build time shows its exit as a plain link.
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Exit this page' })).toBeFocused();

    await answerOne(page);
    const firstTwo = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')]
        .filter((el) => el.tabIndex >= 0 && !el.closest('[hidden]'))
        .slice(0, 2)
        .map((el) => `${el.tagName.toLowerCase()}:${el.textContent?.trim()}`),
    );
    expect(firstTwo).toEqual(['a:Exit this page', 'a:Skip to main content']);
    const link = page.getByRole('link', { name: 'Exit this page' });
    await link.focus();
    await expect(link).toBeVisible(); // hidden until focused, then on screen
    await expect(link).toBeInViewport();
    await expect(link).toHaveAttribute('href', EXIT_URL);

    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Enter');
    await expectLeftAndNoWayBack(page, before);
  });
});

test.describe('Save for later', () => {
  test('save, clear, then open: the answers come back', async ({ page }) => {
    const question = await answerOne(page);
    const file = await saveToFile(page, 'green bicycle summer');
    expect(file.name).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('{"format":"qa-notes","v":1,')).toBe(true);
    expect(text).not.toMatch(/myself|trafficking|answers/i);

    await page.getByRole('button', { name: 'Clear my answers', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(START_HEADING);

    const dialog = await openFile(page, file, 'green bicycle summer');
    await expect(dialog).toContainText('Your saved answers are back.', { timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
    // Nothing was stored along the way, and the Blob download needed nothing the CSP forbids.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __safetyCsp: string[] }).__safetyCsp)).toEqual([]);
  });

  test('a wrong passphrase and a file that is not ours: a kind message, answers untouched', async ({ page }) => {
    const question = await answerOne(page);
    const file = await saveToFile(page, 'green bicycle summer');

    const dialog = await openFile(page, file, 'green bicycle winter');
    await expect(dialog.getByRole('alert')).toContainText('That passphrase does not open this file', {
      timeout: 15_000,
    });
    await expect(dialog.getByRole('alert')).toContainText('The answers on this page have not changed.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);

    const notOurs = await openFile(
      page,
      { name: 'shopping.txt', bytes: Buffer.from('milk, eggs, bread') },
      'anything at all',
    );
    await expect(notOurs.getByRole('alert')).toContainText('does not look like a file saved by this tool');
    await notOurs.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  });
});

test.describe('Inactivity', () => {
  test('warns before clearing, "I need more time" keeps the answers, no response clears them', async ({ page }) => {
    await page.clock.install();
    const question = await answerOne(page);
    await page.clock.fastForward('14:01');
    const warning = page.getByRole('alertdialog', { name: 'Do you need more time?' });
    await expect(warning).toBeVisible();
    await warning.getByRole('button', { name: 'I need more time' }).click();
    await expect(warning).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);

    await page.clock.fastForward('14:01');
    await expect(warning).toBeVisible();
    await page.clock.fastForward('01:01');
    await expect(page.getByRole('dialog', { name: 'Your answers were cleared' })).toBeVisible();
    await page.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(START_HEADING);
  });
});

test.describe('Accessible and within the CSP', () => {
  test('dialogs and the safety page pass axe, and nothing breaks the CSP', async ({ page }) => {
    await answerOne(page);
    for (const [button, name] of [
      ['Save my answers to a file', 'Save your answers to a file'],
      ['Open saved answers', 'Open saved answers'],
      ['Clear my answers', 'Clear your answers?'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole(button === 'Clear my answers' ? 'alertdialog' : 'dialog', { name })).toBeVisible();
      await expectAxeClean(page);
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: 'How to use this site more safely' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Using this tool more safely' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 1-888-373-7888' })).toHaveAttribute('href', 'tel:+18883737888');
    await expectAxeClean(page);
    expect(await page.evaluate(() => (window as unknown as { __safetyCsp: string[] }).__safetyCsp)).toEqual([]);
  });
});
