import type { Locator, Page } from '@playwright/test';

import { expect, expectNothingLeft, expectStorageEmpty, test } from './fixtures';

/**
 * Ten seeded random journeys through the built app, driven only by what a person can see (roles and
 * labels), so they follow the interview as it is, whatever its shape. Along the way they use Back
 * (the app's link and the browser's), the safety page, Change on Check your answers and "Add another
 * record". Every journey must reach the results with no page error, no dead end (a page where no
 * choice moves on), no request after load, no CSP violation and nothing stored.
 * A failing seed is printed; rerun it alone with JOURNEY_SEED=<seed>.
 */
const SEEDS = process.env.JOURNEY_SEED ? [Number(process.env.JOURNEY_SEED)] : [11, 23, 37, 41, 59, 61, 73, 89, 97, 101];
const MAX_STEPS = 140;
const SEARCH_TERMS = ['theft', '647', 'robbery', 'drug', 'trespass', 'loitering', 'forgery', 'burglary'];
const RESULTS = /^(Your results|Results for the person)$/;
const ERROR_PAGE = 'Something went wrong';
const FORWARD = /^(Start|Continue|See my results|I want to go on)$/;

/** mulberry32: a small seeded generator, so a journey can be replayed exactly. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function heading(page: Page) {
  const h1 = page.getByRole('heading', { level: 1 }).first();
  await expect(h1).toBeVisible();
  return ((await h1.textContent()) ?? '').trim();
}

/** A control may go away while the page changes under it (a reveal, a re-render): that is fine. */
async function tryCheck(control: Locator) {
  await control.check({ timeout: 2_000 }).catch(() => undefined);
}

function pick<T>(rand: () => number, items: T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(rand() * items.length)];
}

async function answerWhatIsAsked(page: Page, rand: () => number) {
  const main = page.locator('main');
  const search = main.getByRole('searchbox');
  if ((await search.count()) > 0) {
    await search.fill(pick(rand, SEARCH_TERMS) ?? 'theft');
    await expect(main.getByRole('radio').first()).toBeVisible();
  }
  const radios = await main.getByRole('radio').all();
  const groups = new Map<string, Locator[]>();
  for (const radio of radios) {
    const name = (await radio.getAttribute('name')) ?? '';
    groups.set(name, [...(groups.get(name) ?? []), radio]);
  }
  for (const group of groups.values()) {
    const choice = pick(rand, group);
    if (choice) await tryCheck(choice);
  }
  for (const box of await main.getByRole('checkbox').all()) if (rand() < 0.4) await tryCheck(box);
}

/** One move; returns a label for the log. */
async function move(page: Page, rand: () => number, records: { count: number }): Promise<string> {
  const main = page.locator('main');
  const title = await heading(page);
  const r = rand();
  const hasExtraEntry = await page.evaluate(() => JSON.stringify(history.state).includes('qaExtraEntry'));
  if (r < 0.03 && hasExtraEntry) {
    await page.goBack({ waitUntil: 'commit' });
    return 'browser back';
  }
  if (r < 0.05) {
    await page.getByRole('button', { name: 'How to use this site more safely' }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Using this tool more safely');
    await page.goBack({ waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    return 'safety page and back';
  }
  const change = main.getByRole('link', { name: /^Change/ });
  if (r < 0.09 && (await change.count()) > 0) {
    await pick(rand, await change.all())?.click();
    return 'change';
  }
  const add = main.getByRole('button', { name: /^Add (another|a) record/ });
  if ((await add.count()) > 0 && records.count < 3 && rand() < 0.35) {
    records.count += 1;
    await add.click();
    return 'add record';
  }
  const back = main.getByRole('button', { name: /Back$/ });
  if (r < 0.12 && (await back.count()) > 0) {
    await back.first().click();
    return 'app back';
  }
  await answerWhatIsAsked(page, rand);
  const forward = main.getByRole('button', { name: FORWARD });
  // A page with no way on is a dead end.
  expect(await forward.count(), `no way on from "${title}"`).toBeGreaterThan(0);
  await forward.first().click();
  return `forward from "${title}"`;
}

for (const seed of SEEDS) {
  test(`random journey, seed ${seed}`, async ({ page, privacy }) => {
    test.setTimeout(240_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const rand = random(seed);
    const log: string[] = [];
    const records = { count: 1 };
    await page.goto('/');
    let stuck = 0;
    let last = '';
    for (let step = 0; step < MAX_STEPS; step += 1) {
      const title = await heading(page);
      expect(title, `seed ${seed}: ${log.join(' → ')}`).not.toBe(ERROR_PAGE);
      if (RESULTS.test(title)) break;
      const snapshot = `${title}|${await page.locator('main').innerText()}`;
      stuck = snapshot === last ? stuck + 1 : 0;
      expect(stuck, `seed ${seed}: dead end at "${title}" after ${log.slice(-8).join(' → ')}`).toBeLessThan(6);
      last = snapshot;
      log.push(await move(page, rand, records));
    }
    await expect(
      page.getByRole('heading', { level: 1 }),
      `seed ${seed} never reached the results: ${log.slice(-10).join(' → ')}`,
    ).toHaveText(RESULTS);
    expect(errors, `seed ${seed}`).toEqual([]);
    // Every link on the results (statutes, help lines) is https, a phone number or on the page.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^(https:\/\/|tel:|sms:|#)/.test(h))).toEqual([]);
    await expectNothingLeft(page, privacy);
    await expectStorageEmpty(page);
  });
}
