import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';

import { modeValue, runJourney } from '@/testing/journey-runner';

import { modeOf } from './modes';
import { readSavedContext } from './saved-context';
import { screeningMachine, snapshotFromContext } from './screening-machine';

/**
 * Seeded random journeys through the real machine, no browser: answers, passes, Back, Change, and
 * adding, changing and removing records, checked at every step against the pure router. Each
 * journey then finishes the interview, which must always be possible (no dead end).
 */
describe('random journeys through the machine', () => {
  it('150 seeded journeys: zero errors and zero dead ends', () => {
    let events = 0;
    for (let seed = 1; seed <= 150; seed += 1) {
      const report = runJourney(seed, 20 + (seed % 7) * 30);
      events += report.events;
      expect(report.errors, `seed ${seed}`).toEqual([]);
      expect(report.reachedResults, `seed ${seed} never reached the results`).toBe(true);
    }
    expect(events).toBeGreaterThan(15_000);
  }, 60_000);
});

describe('what the app saves, it can open', () => {
  it('every state reached, saved as JSON and opened again, resumes exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 200 }), (seed, length) => {
        for (const context of runJourney(seed, length).contexts) {
          const saved: unknown = JSON.parse(JSON.stringify(context));
          const opened = readSavedContext(saved);
          expect(opened).toEqual(context);
          const resumed = createActor(screeningMachine, { snapshot: snapshotFromContext(opened!) }).start();
          expect(resumed.getSnapshot().context).toEqual(context);
          expect(modeValue(resumed.getSnapshot())).toBe(modeOf(context));
        }
      }),
      { numRuns: 12, seed: 4242 },
    );
  }, 60_000);
});
