import { expect, expectAxeClean, test } from './fixtures';
import { begin } from './journey-steps';

/**
 * Dialogs over a question, in a real browser with real history: Back closes the dialog and leaves
 * the question where it was; the new-screening confirmation passes axe and Cancel keeps the answer;
 * Tab reaches "Exit this page" inside a dialog, and it leaves like the bar does. One test, one
 * question in: short on purpose.
 */
const EXIT_URL = 'https://www.weather.gov/';

test('a dialog over a question: Back closes it, axe passes, Tab reaches its own Exit this page', async ({ page }) => {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
  );
  await begin(page, 'helper');
  const yes = page.getByLabel('Yes', { exact: true });
  await yes.check();
  const question = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

  await page.getByRole('button', { name: 'Get help now' }).click();
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toBeVisible();
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
  await expect(yes).toBeChecked();

  await page.getByRole('contentinfo').getByRole('button', { name: 'Start a new screening' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Start a new screening?' });
  await expect(ask).toBeVisible();
  await expectAxeClean(page);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(yes).toBeChecked();

  await page.getByRole('button', { name: 'Get help now' }).click();
  const exit = page.getByRole('dialog').getByRole('button', { name: 'Exit this page' });
  for (let presses = 0; presses < 30 && !(await exit.evaluate((el) => el === document.activeElement)); presses += 1)
    await page.keyboard.press('Tab');
  await expect(exit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(EXIT_URL);
});
