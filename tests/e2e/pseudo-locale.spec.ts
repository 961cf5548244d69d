import type { Page } from '@playwright/test';

import { pseudoLocalize as P } from '../../src/i18n/pseudo';
import { expect, test } from './fixtures';
import { openEveryFold, words } from './journey-steps';

/**
 * Every kind of page in the pseudo-locale (every string about 40% longer, with accents) at 320 px:
 * no sideways scrolling and no button whose words spill out or run off the screen. Real
 * translations (Tagalog and Vietnamese run long) then fit too. The pseudo-locale exists only in
 * the test build served under /pseudo/ (`vite build --mode pseudo`), never in what users get.
 */

test.use({ locale: 'en-XA', viewport: { width: 320, height: 640 } });

const seen: string[] = [];

async function fits(page: Page, kind: string) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      // Name the culprit: an element, or a run of text, that reaches past the right edge.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let culprit = '';
      for (let node = walker.nextNode(); node && !culprit; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        if (node.parentElement?.closest('.visually-hidden')) continue;
        if (range.getBoundingClientRect().right > root.clientWidth + 0.5)
          culprit = `text "${(node.textContent ?? '').slice(0, 60)}" in ${node.parentElement?.className ?? ''}`;
      }
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        if (culprit) break;
        if (el.getBoundingClientRect().right > root.clientWidth + 0.5)
          culprit = `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 60)}`;
      }
      out.push(`page scrolls sideways by ${root.scrollWidth - root.clientWidth}px: ${culprit}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('button, [role="button"], a.button, summary')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const label = (el.textContent ?? '').trim().slice(0, 40);
      if (box.left < -0.5 || box.right > root.clientWidth + 0.5) out.push(`button off screen: ${label}`);
      if (el.scrollWidth > el.clientWidth + 1) out.push(`button text clipped: ${label}`);
    }
    return out;
  });
  expect(problems, kind).toEqual([]);
  seen.push(kind);
}

async function choose(page: Page, label: string) {
  await page.getByLabel(P(label), { exact: true }).check();
  await continueOn(page);
}

async function continueOn(page: Page) {
  await page.getByRole('button', { name: P('Continue'), exact: true }).click();
}

test('every kind of page fits 320 px in the pseudo-locale', async ({ page }) => {
  await page.goto('/pseudo/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await fits(page, 'start page');
  await page.getByRole('button', { name: P('Start'), exact: true }).click();
  await fits(page, 'choice question');
  await choose(page, 'For myself');
  await choose(page, 'No'); // not safe now: the safety pause
  await fits(page, 'safety pause');
  await page.getByRole('button', { name: P('Back') }).click();
  await choose(page, 'Yes');
  await fits(page, 'content note');
  await continueOn(page);
  // What happened: harms under both laws, so the record asks which (a checkbox page of its own).
  await fits(page, 'what happened (checkboxes)');
  for (const harm of [words('en').trafficking, words('en').partner])
    await page.getByRole('checkbox', { name: P(harm), exact: true }).check();
  await continueOn(page);
  await choose(page, 'No, it has ended');
  await choose(page, 'Convicted');
  await choose(page, 'California');
  await page.getByRole('searchbox').fill('488');
  await fits(page, 'offense search');
  await page.getByRole('radio', { name: /PC 488/ }).check();
  await continueOn(page);
  await choose(page, '18 or older');
  // The remaining record questions, each by its first option, up to the list of records.
  for (let i = 0; i < 20 && (await page.locator('#records-heading').count()) === 0; i += 1) {
    if ((await page.getByRole('checkbox').count()) > 0) {
      await fits(page, 'which harm (checkboxes)');
      await page.getByRole('checkbox').first().check();
    } else {
      await page.getByRole('radio').first().check();
    }
    await continueOn(page);
  }
  await fits(page, 'records list');
  await continueOn(page);
  await fits(page, 'evidence');
  await page.getByRole('checkbox').first().check();
  await continueOn(page);
  await choose(page, 'Yes'); // U.S. citizen
  await fits(page, 'check answers');
  await page.getByRole('button', { name: P('See my results'), exact: true }).click();
  await fits(page, 'results');
  await openEveryFold(page);
  await fits(page, 'results, every pathway open');
  await page.getByRole('button', { name: P('Save my answers to a file') }).click();
  await fits(page, 'save dialog');
  await page.keyboard.press('Escape');
  await page
    .getByRole('button', { name: P('How to use this site more safely') })
    .last()
    .click();
  await fits(page, 'safety page');
  expect(seen.length).toBeGreaterThanOrEqual(12);
});
