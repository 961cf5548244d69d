import type { Page } from '@playwright/test';

import { choose, continueOn, expect, expectAxeClean, expectNothingLeft, expectStorageEmpty, test } from './fixtures';
import { openEveryFold, whatHappened, words } from './journey-steps';

/** The core journeys, each in a real browser, axe-clean, with no request after load. */

const TITLE_236_14 = /human trafficking \(PC 236\.14\)/;

async function begin(page: Page, audience: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await choose(page, audience);
}

async function pickOffense(page: Page, search: string, option: RegExp) {
  await page.getByRole('searchbox').fill(search);
  await page.getByRole('radio', { name: option }).check();
  await continueOn(page);
}

/** The pathway card in a record's details: a folded <details> whose summary names the pathway. */
function pathway(page: Page, record: number, title: RegExp) {
  return page.getByRole('region', { name: new RegExp(`^Record ${record}:`) }).locator('details.pathway', {
    has: page.locator('summary', { hasText: title }),
  });
}

/** A record's card in the summary at the top of the results. */
function summaryCard(page: Page, record: number) {
  return page
    .getByRole('region', { name: 'What to ask about first' })
    .getByRole('listitem')
    .nth(record - 1);
}

async function oneTraffickingConviction(page: Page) {
  await begin(page, 'For myself');
  await choose(page, 'Yes'); // safe now
  await continueOn(page); // content note
  await whatHappened(page, ['trafficking']);
  await choose(page, 'No, it has ended');
  await choose(page, 'Convicted');
  await choose(page, 'California');
  await pickOffense(page, 'petty theft', /PC 488/);
  await choose(page, '18 or older');
  await choose(page, 'Yes'); // during
  await choose(page, 'Yes'); // because of
  await choose(page, 'Probation'); // the sentence
  await choose(page, 'Yes'); // sentence done
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have added 1 record');
  await continueOn(page);
}

test('(a) for myself: a petty-theft conviction tied to trafficking, with a letter, is likely under PC 236.14', async ({
  page,
  privacy,
}) => {
  await oneTraffickingConviction(page);
  await page.getByLabel('A letter from a support service').check();
  await expectAxeClean(page);
  await continueOn(page);
  await choose(page, 'Yes'); // U.S. citizen
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
  await expect(summaryCard(page, 1)).toContainText(/Looks likely.*trafficking survivors \(PC 236\.14\)/);
  await expect(pathway(page, 1, TITLE_236_14).locator('summary')).toContainText('Suggested first');
  await expect(pathway(page, 1, TITLE_236_14).locator('summary')).toContainText('it looks likely');
  await openEveryFold(page);
  await expect(pathway(page, 1, TITLE_236_14)).toContainText('What to do next');
  await expectAxeClean(page);
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});

test('(b) helping someone: three records including a robbery get their own outcomes', async ({ page, privacy }) => {
  await begin(page, 'For someone I’m helping');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('the person');
  await choose(page, 'Yes');
  await continueOn(page);
  await whatHappened(page, ['trafficking']);
  await choose(page, 'No, it has ended');
  // Record 1: a prostitution conviction.
  await choose(page, 'Convicted');
  await choose(page, 'California');
  await pickOffense(page, '647', /PC 647\(b\)/);
  await choose(page, '18 or older');
  await choose(page, 'Yes');
  await choose(page, 'Yes');
  await choose(page, 'Probation'); // the sentence
  await choose(page, 'Yes');
  // Record 2: a robbery the trafficker ordered.
  await page.getByRole('button', { name: 'Add another record' }).click();
  await choose(page, 'Convicted');
  await choose(page, 'California');
  await pickOffense(page, 'robbery', /PC 211\)/);
  await choose(page, '18 or older');
  await choose(page, 'Yes');
  await choose(page, 'Yes');
  await choose(page, 'Time in state prison'); // the sentence
  await choose(page, 'Yes');
  // Record 3: an arrest for shoplifting, never charged.
  await page.getByRole('button', { name: 'Add another record' }).click();
  await choose(page, 'Arrested, but never charged');
  await choose(page, 'California');
  await pickOffense(page, 'store', /PC 459\.5/);
  await choose(page, 'Misdemeanor'); // shoplifting can be charged either way
  await choose(page, '18 or older');
  await choose(page, 'Yes');
  await choose(page, 'Yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have added 3 records');
  await expectAxeClean(page);
  await continueOn(page);
  await page.getByLabel('A police report or court record that shows what was done to the person').check();
  await continueOn(page);
  await choose(page, 'I’d rather not say');
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for the person');
  await expect(summaryCard(page, 1)).toContainText(/Looks likely.*\(PC 236\.14\)/);
  await expect(summaryCard(page, 2)).not.toContainText('PC 236.14');
  await expect(summaryCard(page, 3)).toContainText(/Looks likely.*\(PC 236\.14\)/);
  await expect(pathway(page, 1, TITLE_236_14).locator('summary')).toContainText('it looks likely');
  // Robbery is a violent felony (PC 667.5(c)(9)): PC 236.14 cannot clear it. It is folded away.
  await openEveryFold(page);
  await expect(pathway(page, 2, TITLE_236_14).locator('summary')).toContainText('does not fit');
  await expect(pathway(page, 3, TITLE_236_14).locator('summary')).toContainText('it looks likely');
  await expectAxeClean(page);
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});

test('(c) "I’m not sure" everywhere gives "possible" and next steps', async ({ page, privacy }) => {
  await begin(page, 'For myself');
  await choose(page, 'I’m not sure'); // safe now
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your safety comes first');
  await page.getByRole('button', { name: 'I want to go on' }).click();
  await continueOn(page);
  await whatHappened(page, ['unsure']);
  await choose(page, 'I’m not sure'); // still happening
  await choose(page, 'I’m not sure'); // sought help
  await choose(page, 'I’m not sure'); // stage
  await choose(page, 'I’m not sure'); // court
  await choose(page, 'I don’t know what it was for');
  await choose(page, 'I’m not sure'); // level
  await choose(page, 'I’m not sure'); // enhancement
  await choose(page, 'I’m not sure'); // age
  await choose(page, 'I’m not sure'); // during
  await choose(page, 'I’m not sure'); // because
  // Not sure what happened: which harm is not asked, and every harm stays possible.
  await choose(page, 'I’m not sure'); // sentence
  await continueOn(page); // records list
  await page.getByLabel('I’m not sure').check();
  await continueOn(page);
  await choose(page, 'I’m not sure'); // citizen
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(summaryCard(page, 1)).toContainText(/Possible, ask a lawyer.*\(PC 236\.14\)/);
  await expect(pathway(page, 1, TITLE_236_14).locator('summary')).toContainText('worth asking a lawyer');
  await pathway(page, 1, TITLE_236_14).locator('summary').click();
  await expect(pathway(page, 1, TITLE_236_14)).toContainText('What to do next');
  await expect(page.getByRole('heading', { name: 'Talk to an immigration lawyer first' })).toBeVisible();
  await expectAxeClean(page);
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});

test('(d) harm still going on with no help yet: safety comes first', async ({ page, privacy }) => {
  await begin(page, 'For myself');
  await choose(page, 'Yes');
  await continueOn(page);
  await whatHappened(page, ['trafficking']);
  await choose(page, 'Yes, it is still happening');
  await choose(page, 'No'); // no help service yet
  await choose(page, 'Arrested, but never charged');
  await choose(page, 'California');
  await pickOffense(page, '647', /PC 647\(b\)/);
  await choose(page, '18 or older');
  await choose(page, 'Yes');
  await choose(page, 'Yes');
  await continueOn(page);
  await page.getByLabel('None of these').check();
  await continueOn(page);
  await choose(page, 'Yes');
  await page.getByRole('button', { name: 'See my results' }).click();
  const safety = page.getByRole('heading', { name: 'Safety first' });
  const firstRecord = page.getByRole('heading', { level: 2, name: /^Record 1:/ });
  await expect(safety).toBeVisible();
  // Safety comes before any eligibility, in reading order.
  const order = await page.evaluate(() => {
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent ?? '');
    return [headings.findIndex((h) => h === 'Safety first'), headings.findIndex((h) => h.startsWith('Record 1:'))];
  });
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order[0]).toBeLessThan(order[1]!);
  await expect(firstRecord).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 1-888-373-7888' }).first()).toBeVisible();
  await openEveryFold(page);
  await expect(pathway(page, 1, TITLE_236_14).locator('summary')).toContainText('Not yet');
  await expect(summaryCard(page, 1)).toContainText(/Maybe later: .*\(PC 236\.14\).*Not yet/);
  await expectAxeClean(page);
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});

test('(e) a Spanish journey reaches the results in Spanish', async ({ page, privacy }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es'); // the Spanish strings have loaded
  await page.getByRole('button', { name: words('es').start, exact: true }).click();
  // Answer every question by its first option, then continue, until Check your answers.
  for (let i = 0; i < 30; i += 1) {
    const submit = page.getByRole('button', { name: 'Continuar' });
    if ((await submit.count()) === 0) break;
    const firstRadio = page.getByRole('radio').first();
    if ((await firstRadio.count()) > 0 && !(await page.getByRole('searchbox').count())) await firstRadio.check();
    // "What happened" needs a choice: its first, as for every other page.
    if ((await page.getByRole('checkbox', { name: words('es').trafficking }).count()) > 0)
      await page.getByRole('checkbox', { name: words('es').trafficking }).check();
    await submit.click();
  }
  await page.getByRole('button', { name: words('es').seeResults }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Your results');
  await expect(page.getByRole('main')).toContainText('236.14');
  // With every part open, so no English hides in a folded card.
  await openEveryFold(page);
  await expect(page.getByRole('main')).not.toContainText('it looks likely');
  await expect(page.getByRole('note')).toHaveCount(1); // not yet reviewed by a native speaker
  await expect(page.getByRole('region', { name: 'Qué preguntar primero' })).toBeVisible();
  await expectAxeClean(page);
  await expectNothingLeft(page, privacy, { switchedTo: ['es'] });
  await expectStorageEmpty(page);
});

test('(f) changing an answer from Check your answers changes the result', async ({ page, privacy }) => {
  await oneTraffickingConviction(page);
  await page.getByLabel('A letter from a support service').check();
  await continueOn(page);
  await choose(page, 'Yes');
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(pathway(page, 1, TITLE_236_14).locator('summary')).toContainText('it looks likely');
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await page.getByRole('button', { name: /Change\s+During the harm/ }).click();
  await choose(page, 'No');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See my results' }).click();
  await openEveryFold(page);
  await expect(pathway(page, 1, TITLE_236_14).locator('summary')).not.toContainText('it looks likely');
  await expect(summaryCard(page, 1)).not.toContainText(/Looks likely.*\(PC 236\.14\)/);
  await expectNothingLeft(page, privacy);
  await expectStorageEmpty(page);
});

test('browser Back goes to the previous question, keeps answers, and never grows the history', async ({
  page,
  privacy,
}) => {
  await begin(page, 'For myself');
  await choose(page, 'Yes');
  await continueOn(page);
  const lengthEarly = await page.evaluate(() => history.length);
  await whatHappened(page, ['trafficking']);
  await choose(page, 'No, it has ended');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Is this still happening to you?');
  expect(await page.evaluate(() => history.length)).toBe(lengthEarly);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is this still happening to you?');
  await expect(page.getByLabel('No, it has ended', { exact: true })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Has any of this happened to you?');
  await expect(page.getByRole('checkbox', { name: words('en').trafficking })).toBeChecked();
  expect(await page.evaluate(() => history.length)).toBe(lengthEarly);
  expect(page.url()).toBe(`${privacy.origin}/`);
  await expectNothingLeft(page, privacy);
});

test('fits a 320 px screen (the width of 640 px at 200% zoom) with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const noSidewaysScroll = async () =>
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  await page.goto('/');
  await noSidewaysScroll();
  await oneTraffickingConviction(page); // walks every kind of page up to the evidence question
  await noSidewaysScroll();
  await page.getByLabel('A letter from a support service').check();
  await continueOn(page);
  await choose(page, 'Yes');
  await noSidewaysScroll();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
  await noSidewaysScroll();
});
