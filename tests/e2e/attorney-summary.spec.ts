import type { Page } from '@playwright/test';

import { choose, continueOn, expect, expectNothingLeft, expectStorageEmpty, test } from './fixtures';
import { whatHappened } from './journey-steps';

/** An intake desk's journey: three records, then the summary for a lawyer, printed and copied. */

async function pickOffense(page: Page, search: string, option: RegExp) {
  await page.getByRole('searchbox').fill(search);
  await page.getByRole('radio', { name: option }).check();
  await continueOn(page);
}

async function threeRecordJourney(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await choose(page, 'For someone I’m helping');
  await choose(page, 'Yes');
  await continueOn(page);
  await whatHappened(page, ['trafficking', 'sexual']);
  await choose(page, 'No, it has ended');
  await choose(page, 'Convicted');
  await choose(page, 'California');
  await pickOffense(page, '647b', /PC 647\(b\)/);
  await choose(page, '18 or older');
  await choose(page, 'Yes');
  await choose(page, 'Yes');
  await page.getByRole('button', { name: 'Continue' }).click(); // which harm: left to the rules
  await choose(page, 'Probation'); // the kind of sentence
  await choose(page, 'Yes');
  await page.getByRole('button', { name: 'Add another record' }).click();
  await choose(page, 'Convicted');
  await choose(page, 'California');
  await pickOffense(page, 'robbery', /PC 211\)/);
  await choose(page, '18 or older');
  await choose(page, 'Yes');
  await choose(page, 'Yes');
  await page.getByRole('button', { name: 'Continue' }).click();
  await choose(page, 'Time in state prison'); // the kind of sentence
  await choose(page, 'No');
  await page.getByRole('button', { name: 'Add another record' }).click();
  await choose(page, 'Arrested, but never charged');
  await choose(page, 'California');
  await pickOffense(page, 'shoplifing', /PC 459\.5/);
  await choose(page, 'Misdemeanor');
  await choose(page, 'I’d rather not say');
  await choose(page, 'I’m not sure');
  await choose(page, 'Yes');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have added 3 records');
  await continueOn(page);
  await page.getByLabel('A police report or court record that shows what was done to the person').check();
  await page.getByLabel('A letter from a support service').check();
  await continueOn(page);
  await choose(page, 'I’d rather not say');
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for the person');
}

/** The text of a PDF, one string per page, through PDF.js (no browser, no network). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, '');

test('the summary for a lawyer prints the 3-record journey on at most 3 pages, with every answer and every reason', async ({
  page,
  privacy,
}) => {
  await threeRecordJourney(page);
  const summary = page.locator('.attorney-summary');
  // Rendered with the rest of the page, just after the answer has painted.
  await expect(summary).toBeAttached();
  const answers = await summary.locator('.attorney-summary__answers dd').allTextContents();
  const reasons = await summary.locator('.attorney-summary__reason').allTextContents();
  expect(answers.length).toBeGreaterThanOrEqual(25);
  expect(reasons.length).toBeGreaterThan(10);

  const pages = await pdfPages(await page.pdf({ format: 'Letter', printBackground: false }));
  expect(pages.length).toBeLessThanOrEqual(3);
  // Compared without white space: the PDF breaks lines wherever the page width falls.
  const printed = squash(pages.join(' '));
  expect(printed).toContain(squash('Date screened'));
  for (const answer of answers) expect(printed, `answer "${answer}"`).toContain(squash(answer));
  for (const reason of reasons) expect(printed, `reason "${reason}"`).toContain(squash(reason));
  // Links print with their addresses.
  expect(printed).toContain('https://');
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});

test('"Copy as text" puts every answer and each record’s route on the clipboard', async ({
  page,
  context,
  privacy,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await threeRecordJourney(page);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('Copied. You can paste it into your notes.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const summary = page.locator('.attorney-summary');
  const rows = summary.locator('.attorney-summary__answers > div');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(25);
  for (let i = 0; i < count; i += 1) {
    const question = await rows.nth(i).locator('dt').textContent();
    const answer = await rows.nth(i).locator('dd').textContent();
    expect(text).toContain(`${question}: ${answer}`);
  }
  for (const recommended of await summary.locator('.attorney-summary__recommended').allTextContents()) {
    expect(text).toContain(recommended);
  }
  expect(text).toMatch(/Record 3: .*PC 459\.5/);
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});
