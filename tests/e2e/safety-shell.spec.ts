import { expect, type Page, test } from '@playwright/test';

/**
 * The shell around the interview: other tabs are named, Back on the safety page returns to the
 * question the person left, and an error while drawing keeps the way out.
 */
const EXIT_URL = 'https://www.weather.gov/';

test.beforeEach(async ({ page }) => {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }),
  );
});

async function twoQuestionsIn(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel('For myself', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const question = page.getByRole('heading', { level: 1 });
  await expect(question).not.toHaveText('Check if you can clear a record');
  return (await question.textContent()) ?? '';
}

test('other tabs stay open: said by the exit button and on the safety page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.locator('.safety-exit-hint')).toContainText('Other tabs you opened from here stay open.');
  await page.getByRole('button', { name: 'How to use this site more safely' }).last().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Other tabs' })).toBeVisible();
  await expect(
    page.getByText('Pages you opened from here in other tabs, like help lines or laws, stay open.'),
  ).toBeVisible();
});

test('browser Back on the safety page returns to the question the person left', async ({ page }) => {
  const question = await twoQuestionsIn(page);
  await page.getByRole('button', { name: 'How to use this site more safely' }).last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Using this tool more safely');
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
  // And Back again is one question back, as usual.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(question);
});

test.describe('an error while drawing', () => {
  /**
   * Something outside the app takes away part of the page React drew (a browser's page translator
   * or an extension can): React's next change there fails. Opening the safety page replaces the
   * question, so that is where drawing fails.
   */
  async function drawingFailsNext(page: Page) {
    await page.evaluate(() => document.querySelector('main > div')?.remove());
  }

  async function breakIt(page: Page) {
    const question = await twoQuestionsIn(page);
    await drawingFailsNext(page);
    await page.getByRole('button', { name: 'How to use this site more safely' }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
    await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
    return question;
  }

  test('the exit button still works', async ({ page }) => {
    await breakIt(page);
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForURL(EXIT_URL);
  });

  test('Shift three times still works', async ({ page }) => {
    await breakIt(page);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
  });

  test('Start again clears the answers; Back keeps them', async ({ page }) => {
    const question = await breakIt(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Something went wrong');
    await page
      .getByRole('button', { name: 'Back to the questions' })
      .or(page.getByRole('button', { name: 'Back', exact: true }))
      .first()
      .click();
    await expect(page.getByLabel('For myself', { exact: true })).toBeChecked();

    await drawingFailsNext(page);
    await page.getByRole('button', { name: 'How to use this site more safely' }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check if you can clear a record');
    expect(question).not.toBe('');
  });
});
