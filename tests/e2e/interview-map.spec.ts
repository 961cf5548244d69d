import { expect, expectAxeClean, expectNothingLeft, expectStorageEmpty, test } from './fixtures';

/**
 * A law-clinic student opens the interview map on a 360 px phone: it is part of the page already
 * loaded (no request), fits the screen, passes axe, prints without the page's controls, and closes
 * back to where they were.
 */
test('the interview map: in the page, 360 px wide, accessible, printable, closes back', async ({ page, privacy }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  await page.getByRole('button', { name: 'See every question (the interview map)' }).first().click();

  const title = page.getByRole('heading', { level: 1, name: 'The whole interview as a map' });
  await expect(title).toBeFocused();
  expect(await page.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(20);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAxeClean(page, '.interview-map');

  await page.emulateMedia({ media: 'print' });
  await expect(title).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the map' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Back to where I was' }).first().click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});
