import { MAX_RECORDS } from '../../src/lib/record-limit';
import { encryptAnswers } from '../../src/lib/saved-file';
import { readSavedContext } from '../../src/machines/saved-context';
import { pettyTheftTiedToTrafficking } from '../../src/testing/answers';
import { continueOn, expect, expectNothingLeft, expectStorageEmpty, test } from './fixtures';
import { begin, convictionTiedToHarm, traffickingThatHasEnded } from './journey-steps';
import { openFile, saveToFile } from './save-file-steps';

/**
 * States the app cannot stand behind, tried in a real browser: results with no record, and more
 * records than the app can save and open again.
 */

test('removing the last record never leads to results: Continue asks, kindly, for a record', async ({
  page,
  privacy,
}) => {
  await begin(page, 'self');
  await traffickingThatHasEnded(page);
  await convictionTiedToHarm(page, '488', /PC 488/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('You have added 1 record');

  await page.getByRole('button', { name: 'Remove Record 1' }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(heading).toHaveText('You have added 0 records');

  await continueOn(page);
  await expect(heading).toHaveText('You have added 0 records');
  await expect(page.getByRole('alert')).toContainText('Add a record to see results');
  await expect(page.getByRole('button', { name: 'Add a record' })).toBeVisible();
  await expectNothingLeft(page, privacy);
});

/** A person with the most records the app takes, as a saved file made with the app's own code. */
function fullSavedContext() {
  // The unit tests' one-record answers, repeated up to the limit (each record its own id).
  const template = pettyTheftTiedToTrafficking();
  const records = Array.from({ length: MAX_RECORDS }, (_, i) => ({ ...template.records[0]!, id: `r${i + 1}` }));
  const context = {
    answers: { ...template, audience: 'helper', safeNow: 'yes', records },
    position: { step: 'records', record: 0 },
    trail: [],
    changes: [],
  };
  // The same checks the app makes when it opens a file: fails here first if the shape drifts.
  expect(readSavedContext(context), 'a context the app can resume').toBeDefined();
  return context;
}

test(`${MAX_RECORDS} records: the limit is said kindly, and what the app saves there it opens again`, async ({
  page,
  privacy,
}) => {
  const passphrase = 'quiet harbor lantern';
  const file = { name: 'notes.txt', bytes: Buffer.from(await encryptAnswers(fullSavedContext(), passphrase)) };
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();

  const opened = await openFile(page, file, passphrase);
  await expect(opened).toContainText('Your saved answers are back.', { timeout: 20_000 });
  await opened.getByRole('button', { name: 'Close' }).click();

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(`You have added ${MAX_RECORDS} records`);
  await expect(page.getByText(`the most this tool can check at once`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add another record' })).toHaveCount(0);

  // Saved at the limit, cleared, and opened again: every record comes back.
  const saved = await saveToFile(page, passphrase);
  await page.getByRole('button', { name: 'Clear my answers', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  const reopened = await openFile(page, saved, passphrase);
  await expect(reopened).toContainText('Your saved answers are back.', { timeout: 20_000 });
  await reopened.getByRole('button', { name: 'Close' }).click();
  await expect(heading).toHaveText(`You have added ${MAX_RECORDS} records`);

  await expectStorageEmpty(page);
  await expectNothingLeft(page, privacy);
});
