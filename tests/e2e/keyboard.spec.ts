import { expect, expectNothingLeft, test } from './fixtures';
import { oneRecordJourney } from './journey-steps';
import { answerWithKeys } from './keyboard';

/**
 * An intake worker goes from the first question to the results with keys only. Each new page puts
 * focus on its heading; beyond choosing the answer, a simple question then takes at most 2 presses:
 * one Tab to the first choice, and Enter to submit.
 */
test('keys only, one record: at most 2 presses per simple question', async ({ page, privacy }) => {
  const keys = answerWithKeys(page);
  await oneRecordJourney(page);

  const [startPage, ...interview] = keys.pages;
  console.log(`keys: ${keys.total()} in all, per page: ${keys.pages.map((p) => p.presses).join(' ')}`);
  expect(startPage?.kind).toBe('button');
  expect(interview.filter((p) => !p.startedAtHeading).map((p) => p.heading)).toEqual([]);
  const simple = interview.filter((p) => p.kind === 'choice' || p.kind === 'checkboxes');
  expect(simple.length).toBeGreaterThan(10);
  expect(simple.filter((p) => p.presses > 2).map((p) => `${p.heading}: ${p.presses}`)).toEqual([]);
  // The offense: Tab to the search box, type, Tab to the match, Enter.
  expect(interview.filter((p) => p.kind === 'search').map((p) => p.presses)).toEqual([3]);
  await expectNothingLeft(page, privacy);
});
