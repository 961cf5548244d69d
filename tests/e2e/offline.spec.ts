import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { choose, continueOn, expect, test } from './fixtures';
import { whatHappened } from './journey-steps';

/**
 * The offline copy (`npm run build:offline`): one HTML file, opened from file:// with no server,
 * as a clinic would from a USB stick. The whole journey works, every language is inside the file,
 * and the page asks for nothing at all: its policy forbids every connection.
 */

const FILE = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'offline', 'questions-and-answers.html')).href;

test('the offline file completes a journey from file:// and asks for nothing', async ({ page, privacy }) => {
  await page.goto(FILE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check if you can clear a record');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'none'", "connect-src 'none'", "form-action 'none'", "base-uri 'none'"])
    expect(csp).toContain(directive);
  expect(csp).not.toContain('unsafe-inline');

  // Every language is in the file: switching fetches nothing.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('button', { name: 'Comenzar' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();

  await page.getByRole('button', { name: 'Start' }).click();
  await choose(page, 'For myself');
  await choose(page, 'Yes');
  await continueOn(page);
  await whatHappened(page, ['trafficking']);
  await choose(page, 'No, it has ended');
  await choose(page, 'Convicted');
  await choose(page, 'California');
  await page.getByRole('searchbox').fill('petty theft');
  await page.getByRole('radio', { name: /PC 488/ }).check();
  await continueOn(page);
  await choose(page, '18 or older');
  await choose(page, 'Yes');
  await choose(page, 'Yes');
  await choose(page, 'Probation'); // the kind of sentence
  await choose(page, 'Yes');
  await continueOn(page);
  await page.getByLabel('A letter from a support service').check();
  await continueOn(page);
  await choose(page, 'Yes');
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
  await expect(page.getByRole('main')).toContainText('236.14');

  expect(privacy.requests.map((r) => r.url).filter((url) => !url.startsWith('data:'))).toEqual([FILE]);
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations).toEqual([]);
});
