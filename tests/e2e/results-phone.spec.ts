import type { Locator, Page } from '@playwright/test';

import { expect, expectAxeClean, expectNothingLeft, expectStorageEmpty, test } from './fixtures';
import { type Lang, oneRecordJourney, threeRecordJourney } from './journey-steps';

/**
 * On a 360 x 740 phone, the first screen of the results answers "what now?" for every record: the
 * recommended route and how likely it looks are inside the viewport before any scrolling.
 */

const PHONE = { width: 360, height: 740 };

const TEXT = {
  en: {
    glance: 'What to ask about first',
    askFirst: 'Ask about first:',
    notAdvice: 'This is not legal advice.',
    likely: 'Looks likely',
    possible: 'Possible, ask a lawyer',
  },
  es: {
    glance: 'Qué preguntar primero',
    askFirst: 'Pregunte primero por:',
    notAdvice: 'Esto no es asesoría legal.',
    likely: 'Probable',
    possible: 'Posible, consulte a un abogado',
  },
} as const;

/** The element is wholly inside the viewport as the page first shows it (boxes are viewport-relative). */
async function expectInFirstScreen(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'rendered').not.toBeNull();
  expect(box!.y, 'top inside the first screen').toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, 'bottom inside the first screen').toBeLessThanOrEqual(PHONE.height);
}

/** Each summary card's route line (route name and likelihood) must be on the first screen. */
async function expectEveryRouteInFirstScreen(page: Page, lang: Lang, records: number) {
  const text = TEXT[lang];
  const cards = page.getByRole('region', { name: text.glance }).getByRole('listitem');
  await expect(cards).toHaveCount(records);
  for (let i = 0; i < records; i += 1) {
    const route = cards.nth(i).getByText(text.askFirst, { exact: true }).locator('..');
    await expect(route).toContainText(/\(PC \d/); // a route named with its law
    await expectInFirstScreen(route);
    await expectInFirstScreen(route.locator('.tag'));
  }
  await expectInFirstScreen(page.getByRole('main').getByText(text.notAdvice, { exact: true }));
}

async function noSidewaysScroll(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
}

for (const lang of ['en', 'es'] as const) {
  test.describe(`results on a phone (${lang})`, () => {
    test.beforeEach(async ({ page }) => page.setViewportSize(PHONE));

    test('one record: the recommended route, its likelihood and the next step are on the first screen', async ({
      page,
      privacy,
    }) => {
      await oneRecordJourney(page, lang);
      await expectEveryRouteInFirstScreen(page, lang, 1);
      const card = page.getByRole('region', { name: TEXT[lang].glance }).getByRole('listitem').first();
      await expect(card).toContainText('PC 236.14');
      await expect(card).toContainText(TEXT[lang].likely);
      await expectInFirstScreen(card); // the one next step too
      await expectAxeClean(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await noSidewaysScroll(page);
      // Choosing Spanish loads its strings, and nothing else.
      await expectNothingLeft(page, privacy, { switchedTo: lang === 'en' ? [] : [lang] });
      await expectStorageEmpty(page);
    });

    test('a tap on a record in the summary shows that record’s details on the screen', async ({ page }) => {
      await threeRecordJourney(page, lang);
      const cards = page.getByRole('region', { name: TEXT[lang].glance }).getByRole('listitem');
      await cards.nth(2).getByRole('heading', { level: 3 }).getByRole('button').click();
      const heading = page.getByRole('heading', { level: 2, name: /^(Record|Antecedente) 3:/ });
      await expect(heading).toBeFocused();
      // Still there a moment later: nothing scrolls the page back to the button that was tapped.
      await page.waitForTimeout(300);
      await expectInFirstScreen(heading);
      // And soon every folded part holds its text, though still folded, so find-in-page reaches it.
      await expect(page.locator('.results details:not(:has(> :not(summary)))')).toHaveCount(0, { timeout: 5000 });
      await expect(page.locator('.results details[open]')).toHaveCount(0);
    });

    test('three records: every recommended route and its likelihood are on the first screen', async ({
      page,
      privacy,
    }) => {
      await threeRecordJourney(page, lang);
      await expectEveryRouteInFirstScreen(page, lang, 3);
      await expectAxeClean(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await noSidewaysScroll(page);
      // Choosing Spanish loads its strings, and nothing else.
      await expectNothingLeft(page, privacy, { switchedTo: lang === 'en' ? [] : [lang] });
      await expectStorageEmpty(page);
    });
  });
}

test('what if: changing one answer updates every outcome in place, marked in words, and the real results stay', async ({
  page,
  privacy,
}) => {
  await page.setViewportSize(PHONE);
  await oneRecordJourney(page, 'en');
  const panel = page.getByRole('region', { name: 'What if an answer were different?' });
  await panel.getByLabel('Is the harm still going on?').selectOption({ label: 'Still going on, no help yet' });
  await expect(panel.getByRole('status')).toContainText(/results? changed/);
  await expect(panel.getByRole('listitem').filter({ hasText: 'PC 236.14' })).toContainText(
    /Changed.*Not yet.*before: Looks likely/,
  );
  await expect(panel).toContainText('Safety first would lead the page.');
  await expect(panel.getByText('Your answer: It has ended')).toBeVisible();
  // The real results above are untouched.
  await expect(page.getByRole('region', { name: 'What to ask about first' })).toContainText('Looks likely');
  await expect(page.getByRole('heading', { name: 'Safety first' })).toHaveCount(0);
  await expectAxeClean(page);
  await panel.getByRole('button', { name: 'Back to my real answers' }).click();
  await expect(panel.getByRole('status')).toHaveText('No answer changed. These are your real results.');
  await page.setViewportSize({ width: 320, height: 640 });
  await noSidewaysScroll(page);
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});
