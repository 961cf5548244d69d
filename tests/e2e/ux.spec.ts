import type { Page } from '@playwright/test';

import { choose, continueOn, expect, expectAxeClean, expectNothingLeft, expectStorageEmpty, test } from './fixtures';
import { whatHappened } from './journey-steps';
/**
 * Offense search on a phone, "Get help now" on a question page, the warning before a reload, and
 * the summary for a lawyer (printed and copied) for an intake desk's three records.
 */
import { EXIT_URL } from './safety-bfcache';

async function begin(page: Page, audience: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await choose(page, audience);
}

async function toOffenseQuestion(page: Page) {
  await begin(page, 'For myself');
  await choose(page, 'Yes'); // safe now
  await continueOn(page); // content note
  await whatHappened(page, ['trafficking']);
  await choose(page, 'No, it has ended');
  await choose(page, 'Convicted');
  await choose(page, 'California');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What was the record for?');
}

test.describe('offense search', () => {
  test('on a phone with the keyboard up, the matches show above it; Enter never submits', async ({ page, privacy }) => {
    await toOffenseQuestion(page);
    // 360 x 740 with the keyboard taking 40% leaves 444 px.
    await page.setViewportSize({ width: 360, height: 444 });
    const box = page.getByRole('searchbox');
    await box.focus();
    await box.pressSequentially('shoplifing');
    await box.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What was the record for?');
    await expect(page.getByRole('alert')).toHaveCount(0);
    const first = page.getByRole('radio', { name: /shoplifting.*PC 459\.5/ });
    await expect(first).toBeInViewport();
    const label = await page.locator('label[for="offense-search-pc_459_5"]').boundingBox();
    expect(label && label.y + label.height).toBeLessThanOrEqual(444);
    await expect(box).toBeInViewport();
    await first.check();
    await expectAxeClean(page);
    await continueOn(page);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('What was the record for?');
    await expectNothingLeft(page, privacy);
    await expectStorageEmpty(page);
  });

  test('offers "use what I typed" for words not in the list, and moves on with them', async ({ page }) => {
    await toOffenseQuestion(page);
    await page.getByRole('searchbox').fill('qwzx blorp');
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('radio', { name: 'Use “qwzx blorp” as I typed it' }).check();
    await continueOn(page);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('What was the record for?');
  });
});

test.describe('Get help now', () => {
  test('opens on a question page and closes back to the same question with answers kept', async ({ page, privacy }) => {
    await toOffenseQuestion(page);
    await page.getByRole('searchbox').fill('petty theft');
    await page.getByRole('radio', { name: /PC 488/ }).check();
    const button = page.getByRole('button', { name: 'Get help now' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Get help now' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'Call 1-888-373-7888' })).toBeVisible();
    await expect(dialog.getByText('TTY: 711')).toBeVisible();
    await expectAxeClean(page);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What was the record for?');
    await expect(page.getByRole('searchbox')).toHaveValue('petty theft');
    await expect(page.getByRole('radio', { name: /PC 488/ })).toBeChecked();
    // The earlier answers are still there too.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel('California', { exact: true })).toBeChecked();
    await expectNothingLeft(page, privacy);
    await expectStorageEmpty(page);
  });
});

test.describe('a reload never silently loses work', () => {
  test('asks before leaving while there are answers', async ({ page }) => {
    await begin(page, 'For myself');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
  });

  test('does not ask with no answers', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test('does not ask after "Clear my answers", nor on "Exit this page"', async ({ page }) => {
    await page.route(`${EXIT_URL}**`, (route) =>
      route.fulfill({ body: '<title>Weather</title>neutral', contentType: 'text/html' }),
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await begin(page, 'For myself');
    await page.getByRole('button', { name: 'Clear my answers', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await page.reload();
    expect(dialogs).toEqual([]);
    await begin(page, 'For myself');
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForURL(`${EXIT_URL}**`);
    expect(dialogs).toEqual([]);
  });
});

test.describe('words people know', () => {
  test('a legal word in a question hint opens its plain definition in place', async ({ page }) => {
    await toOffenseQuestion(page);
    await page.getByRole('searchbox').fill('shoplifing');
    await page.getByRole('radio', { name: /PC 459\.5/ }).check();
    await continueOn(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('felony or a misdemeanor');
    const felony = page.getByRole('button', { name: 'felony (what it means)' });
    await felony.click();
    await expect(felony).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText('The most serious kind of crime.')).toBeVisible();
    await expectAxeClean(page);
    await felony.press('Escape');
    await expect(page.getByText('The most serious kind of crime.')).toBeHidden();
    await expect(felony).toBeFocused();
  });
});
