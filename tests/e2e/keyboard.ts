import type { Page } from '@playwright/test';

import { expect } from './fixtures';

/**
 * Answers with the keyboard alone and counts the key presses that move around or submit (Tab,
 * Shift+Tab, Enter), page by page. Choosing the answer itself (arrow keys or Space on a radio or
 * checkbox, typing in a text box) is not counted: the budget is for getting around the page.
 */
export type PageKind = 'choice' | 'checkboxes' | 'search' | 'button';

export interface PageCount {
  readonly heading: string;
  readonly kind: PageKind;
  /** Focus was on the page's heading when the page appeared (GOV.UK: where a new page starts). */
  readonly startedAtHeading: boolean;
  presses: number;
}

export interface KeyCount {
  /** Navigation and submit presses on each page, in order. */
  readonly pages: PageCount[];
  readonly total: () => number;
}

const counts = new WeakMap<Page, KeyCount>();

/** From now on, the journey steps answer on this page with the keyboard, and count. */
export function answerWithKeys(page: Page): KeyCount {
  const pages: KeyCount['pages'] = [];
  const count: KeyCount = { pages, total: () => pages.reduce((sum, p) => sum + p.presses, 0) };
  counts.set(page, count);
  return count;
}

export const keyCountOf = (page: Page): KeyCount | undefined => counts.get(page);

const MAX_TABS = 40;

interface Focused {
  tag: string;
  type: string;
  role: string | null;
  name: string;
  checked: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const label = el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.type ?? '',
      role: el?.getAttribute('role') ?? null,
      name: label.trim(),
      checked: el?.checked === true,
    };
  });
}

async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().textContent())?.trim() ?? '';
}

/** One page's presses: counted, and kept under the page's heading. */
async function onPage(page: Page, kind: PageKind, work: (press: (key: string) => Promise<void>) => Promise<void>) {
  const count = counts.get(page)!;
  const startedAtHeading = await page.evaluate(() => document.activeElement?.tagName === 'H1');
  const entry: PageCount = { heading: await heading(page), kind, startedAtHeading, presses: 0 };
  count.pages.push(entry);
  await work(async (key) => {
    entry.presses += 1;
    await page.keyboard.press(key);
  });
}

async function tabUntil(page: Page, press: (key: string) => Promise<void>, wanted: (f: Focused) => boolean) {
  for (let i = 0; i < MAX_TABS; i += 1) {
    await press('Tab');
    if (wanted(await focused(page))) return;
  }
  throw new Error(`Tab never reached the control on "${await heading(page)}"`);
}

/** Moves through a radio group with the arrow keys (not counted) until `label` is checked. */
async function arrowTo(page: Page, label: string | RegExp) {
  const matches = (name: string) => (typeof label === 'string' ? name === label : label.test(name));
  const names = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    return [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`)].map(
      (r) => r.labels?.[0]?.textContent?.trim() ?? '',
    );
  });
  const target = names.findIndex(matches);
  if (target < 0) throw new Error(`No option ${String(label)} among ${names.join(' | ')}`);
  let at = names.indexOf((await focused(page)).name);
  while (at !== target) {
    await page.keyboard.press(at < target ? 'ArrowDown' : 'ArrowUp');
    at += at < target ? 1 : -1;
  }
  if (!(await focused(page)).checked) await page.keyboard.press('Space');
}

/** Waits for the next page: a new heading has focus. */
async function nextPage(page: Page, from: string) {
  await expect(page.locator('h1').first()).not.toHaveText(from);
}

/** Reaches the radios with Tab, picks `label` with arrows, and submits with Enter. */
export async function chooseByKeys(page: Page, label: string | RegExp) {
  const from = await heading(page);
  await onPage(page, 'choice', async (press) => {
    await tabUntil(page, press, (f) => f.type === 'radio');
    await arrowTo(page, label);
    await press('Enter');
  });
  await nextPage(page, from);
}

/** Continue on a page with nothing to answer (or a checkbox page): Tab to the button, Enter. */
export async function pressButtonByKeys(page: Page, name: RegExp) {
  const from = await heading(page);
  await onPage(page, 'button', async (press) => {
    await tabUntil(page, press, (f) => f.tag === 'button' && name.test(f.name));
    await press('Enter');
  });
  await nextPage(page, from);
}

/**
 * Ticks checkboxes (Space) and submits with Enter. Tabs to the first box count; Tabs from one box
 * to the next are part of choosing, as arrow keys are on radios.
 */
export async function tickByKeys(page: Page, labels: readonly string[]) {
  const from = await heading(page);
  await onPage(page, 'checkboxes', async (press) => {
    const isBox = (label: string) => (f: Focused) => f.type === 'checkbox' && f.name.startsWith(label);
    await tabUntil(page, press, isBox(labels[0]!));
    await page.keyboard.press('Space');
    for (const label of labels.slice(1)) {
      await tabUntil(page, (key) => page.keyboard.press(key), isBox(label));
      await page.keyboard.press('Space');
    }
    await press('Enter');
  });
  await nextPage(page, from);
}

/** Types in the offense search (not counted), Tabs to the match, and submits with Enter. */
export async function searchByKeys(page: Page, search: string, option: RegExp) {
  const from = await heading(page);
  await onPage(page, 'search', async (press) => {
    await tabUntil(page, press, (f) => f.type === 'search');
    await page.keyboard.type(search);
    await expect(page.getByRole('radio', { name: option })).toBeVisible();
    await tabUntil(page, press, (f) => f.type === 'radio');
    await arrowTo(page, option);
    await press('Enter');
  });
  await nextPage(page, from);
}
