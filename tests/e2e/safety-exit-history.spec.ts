import { expect, type Page, test } from '@playwright/test';

import { BEFORE_URL, EXIT_URL, START_HEADING, WITH_BFCACHE } from './safety-bfcache';

/**
 * After leaving by any of the three ways (button, Shift×3, skip link), Back never shows a page of
 * the app: it goes to whatever came before the app. Forward reaches the app only as a fresh start
 * page with no answers. With the back-forward cache on, with and without the app's extra history
 * entry on top.
 */
test.use(WITH_BFCACHE);

test.beforeEach(async ({ page, baseURL }) => {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ body: '<title>Weather</title><p>Sunny</p>', contentType: 'text/html' }),
  );
  await page.route(`${BEFORE_URL}**`, (route) =>
    route.fulfill({
      body: `<title>Before</title><a href="${baseURL}/">a link to the app</a>`,
      contentType: 'text/html',
    }),
  );
  await page.addInitScript(() => {
    const w = window as unknown as { __restored: number };
    w.__restored = 0;
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) w.__restored += 1;
    });
  });
});

type Way = 'button' | 'shift' | 'skip link';
type Entry = 'extra entry on top' | 'start page, no extra entry' | 'extra entry popped by Back';

async function leave(page: Page, way: Way) {
  if (way === 'button') await page.getByRole('button', { name: 'Exit this page' }).click();
  else if (way === 'shift') for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  else {
    const link = page.getByRole('link', { name: 'Exit this page' });
    await link.focus();
    await page.keyboard.press('Enter');
  }
  await page.waitForURL(EXIT_URL);
  await expect(page).toHaveTitle('Weather');
}

/** Returns whether a Forward entry of the app is left behind the page the app came from. */
async function arrive(page: Page, entry: Entry) {
  await page.goto(BEFORE_URL);
  await page.getByRole('link', { name: 'a link to the app' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(START_HEADING);
  // The live app, not the start page painted at build time (whose exit is a plain link until then).
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  if (entry === 'start page, no extra entry') return false;
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel('For myself', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(START_HEADING);
  if (entry === 'extra entry on top') {
    expect(await page.evaluate(() => JSON.stringify(history.state))).toContain('qaExtraEntry');
    return true;
  }
  // Browser Back through the questions until the start page: the extra entry is gone.
  while ((await page.getByRole('heading', { level: 1 }).textContent()) !== START_HEADING) {
    await page.goBack({ waitUntil: 'commit' });
  }
  expect(await page.evaluate(() => JSON.stringify(history.state))).not.toContain('qaExtraEntry');
  // The popped entry is still there as a Forward entry.
  return true;
}

async function expectFreshStart(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(START_HEADING);
  await expect(page.locator('#safety-exit-overlay')).toHaveCount(0);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByLabel('For myself', { exact: true })).not.toBeChecked();
}

for (const way of ['button', 'shift', 'skip link'] as const) {
  for (const entry of ['extra entry on top', 'start page, no extra entry', 'extra entry popped by Back'] as const) {
    test(`leaving by the ${way} (${entry}): Back goes to the page before the app`, async ({ page }) => {
      const hadExtra = await arrive(page, entry);
      await leave(page, way);

      await page.goBack({ waitUntil: 'commit' });
      await expect(page).toHaveURL(BEFORE_URL);
      await expect(page).toHaveTitle('Before');

      await page.goForward({ waitUntil: 'commit' });
      await expect(page).toHaveURL(EXIT_URL);
      await expect(page).toHaveTitle('Weather');

      // Forward: either nothing, or the app as a fresh start page with no answers.
      await page.goForward({ waitUntil: 'commit' });
      if (hadExtra) {
        await expectFreshStart(page);
      } else {
        await expect(page).toHaveURL(EXIT_URL);
      }
    });
  }
}

test('the back-forward cache is really on in these tests (a control)', async ({ page }) => {
  await page.route('https://other.example/**', (route) =>
    route.fulfill({ body: '<title>Other</title>', contentType: 'text/html' }),
  );
  await page.goto(BEFORE_URL);
  await page.goto('https://other.example/');
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveTitle('Before');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __restored: number }).__restored)).toBe(1);
});
