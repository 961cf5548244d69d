import { createHash } from 'node:crypto';

import type { Page } from '@playwright/test';

import {
  choose,
  continueOn,
  expect,
  expectAxeClean,
  expectNothingLeft,
  expectStorageEmpty,
  languageFilesLoaded,
  test,
} from './fixtures';
import { words } from './journey-steps';

test.describe('the app shell keeps its promises', () => {
  test('loads privately, is accessible, and switches to Spanish', async ({ page, privacy }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await expect(page).toHaveTitle('Questions and answers');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check if you can clear a record');
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByText(/2026/).first()).toBeVisible(); // the law-review date, under the page
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expectAxeClean(page);

    expect(languageFilesLoaded(privacy), 'only the first language loads with the page').toEqual(['en']);
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Check if you can clear a record');
    await expect(page.getByRole('button', { name: 'Comenzar' })).toBeVisible();
    await expectAxeClean(page);

    // Switching loads that language's strings, one static file of this site, and nothing else.
    await expectNothingLeft(page, privacy, { switchedTo: ['es'] });
    expect(languageFilesLoaded(privacy)).toEqual(['en', 'es']);
    await expectStorageEmpty(page);
  });

  test('switching language keeps every answer and the current page', async ({ page, privacy }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await choose(page, 'For myself');
    await choose(page, 'Yes');
    await continueOn(page);
    const question = page.getByRole('heading', { level: 1 });
    await expect(question).toHaveText('Has any of this happened to you?');
    await page.getByRole('checkbox', { name: words('en').trafficking, exact: true }).check();

    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(question).not.toHaveText('Has any of this happened to you?');
    await expect(page.getByRole('checkbox', { name: words('es').trafficking, exact: true })).toBeChecked();
    await page.getByRole('button', { name: 'Atrás' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before the next questions');
    await expectNothingLeft(page, privacy, { switchedTo: ['es'] });
  });

  test.describe('in a browser set to Spanish', () => {
    test.use({ locale: 'es-MX' });

    test('the first page is in Spanish, with only the Spanish strings loaded and the review notice once', async ({
      page,
      privacy,
    }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.getByRole('button', { name: 'Comenzar' })).toBeVisible();
      await expect(page.getByRole('note')).toHaveCount(1);
      await expect(page.getByRole('note')).toContainText('hablante nativa');
      await page.waitForLoadState('networkidle');
      expect(languageFilesLoaded(privacy)).toEqual(['es']);
      await expectAxeClean(page);
      await expectNothingLeft(page, privacy);
    });
  });

  // The code runs in three parts (boot.ts); a tap is kept whichever part is still on its way.
  for (const part of ['react-first', 'screening-first', 'main']) {
    test(`a tap on Start before the app runs is not lost (${part} held back): Start is pressed once the app is there`, async ({
      page,
    }) => {
      const release = await holdTheAppBack(page, part);
      await page.goto('/', { waitUntil: 'domcontentloaded' });
      const start = page.getByRole('button', { name: 'Start' });
      await expect(start).toBeDisabled();
      await start.scrollIntoViewIfNeeded();
      const box = (await start.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      // Shown pressed in, so the person sees the tap was taken.
      await expect(start).toHaveAttribute('data-pressed', '');
      release();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you checking for?');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    });
  }

  test('when the code never arrives, a tap is not shown as taken, and Exit this page still works', async ({ page }) => {
    await page.route(/\/assets\/screening-first-[^/]*\.js$/, (route) => route.abort('connectionfailed'));
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const start = page.getByRole('button', { name: 'Start' });
    await start.scrollIntoViewIfNeeded();
    const box = (await start.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForLoadState('load');
    await expect(start).not.toHaveAttribute('data-pressed');
    await expect(start).toBeDisabled();
    const exits = page.getByRole('link', { name: 'Exit this page' });
    await expect(exits).toHaveCount(2); // the skip link and the bar
    for (const exit of await exits.all()) await expect(exit).toHaveAttribute('href', /^https:\/\//);
  });

  test.describe('on a phone in a browser set to Spanish, before the app runs', () => {
    test.use({ locale: 'es-ES', viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test('a tap on the painted (English) Start presses the live Spanish one', async ({ page }) => {
      const release = await holdTheAppBack(page);
      await page.goto('/', { waitUntil: 'domcontentloaded' });
      const start = page.getByRole('button', { name: 'Start' });
      await start.scrollIntoViewIfNeeded();
      const box = (await start.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      release();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Para quién hace esta revisión?');
    });

    test('a language chosen in the menu is the one the app starts in', async ({ page }) => {
      const release = await holdTheAppBack(page);
      await page.goto('/', { waitUntil: 'domcontentloaded' });
      // The browser says Spanish; the person picks Vietnamese before the app runs.
      await page.getByRole('combobox').selectOption('vi');
      release();
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra xem bạn có thể xóa hồ sơ không');
      await expect(page.getByRole('combobox')).toHaveValue('vi');
    });
  });

  test.describe('before any script has run', () => {
    test.use({ javaScriptEnabled: false });

    test('the start page is already painted, and Exit this page already works', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check if you can clear a record');
      const exits = page.getByRole('link', { name: 'Exit this page' });
      await expect(exits).toHaveCount(2); // the skip link and the bar
      for (const exit of await exits.all()) await expect(exit).toHaveAttribute('href', /^https:\/\//);
    });
  });

  test('the page ships a strict Content-Security-Policy and no third-party origin', async ({ page, request }) => {
    const response = await request.get('/');
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const html = await response.text();
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const directive of [
      "default-src 'self'",
      "connect-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "script-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
    // The one inline style is allowed by its own hash alone (the header leaves styles to the page).
    const inlineStyles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(inlineStyles).toHaveLength(1);
    const hash = createHash('sha256').update(inlineStyles[0]!, 'utf8').digest('base64');
    expect(/style-src ([^;]*)/.exec(csp)?.[1]).toBe(`'sha256-${hash}'`);
    expect(html).not.toContain('rel="stylesheet"');
    // No resource from another origin. (Links may point elsewhere: the prerendered start page has
    // the Exit link to a neutral site; following a link is the person's choice, not a request.)
    expect(html).not.toMatch(
      /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href|srcset)="(?:https?:)?\/\/(?!www\.w3\.org)/,
    );
    expect(html).toContain('<h1'); // the start page paints before the script runs
    expect(html).toContain('name="referrer" content="no-referrer"');
    await page.goto('/');
    expect(
      await page.evaluate(() =>
        fetch('/robots.txt')
          .then(() => 'sent')
          .catch(() => 'blocked'),
      ),
    ).toBe('blocked');
  });
});

/**
 * Holds one part of the app's code back (boot.ts runs react-first, screening-first, then main), as
 * a slow phone does, so a tap lands on the page painted at build time.
 */
async function holdTheAppBack(page: Page, part = 'main'): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${part}-[^/]*\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
