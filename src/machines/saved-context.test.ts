import { describe, expect, it } from 'vitest';

import { MAX_RECORDS } from '@/lib/record-limit';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';

import type { ScreeningContext } from './contract';
import { readSavedContext, whyItDoesNotFit } from './saved-context';

/** A context exactly as the version before the statechart saved it (same payload shape). */
const SAVED_BY_PREVIOUS_VERSION = {
  answers: pettyTheftTiedToTrafficking(),
  position: { step: 'recordAge', record: 0 },
  trail: [
    { step: 'start', record: 0 },
    { step: 'audience', record: 0 },
    { step: 'safetyCheck', record: 0 },
    { step: 'contentNote', record: 0 },
    { step: 'recordOffense', record: 0 },
  ],
  changes: [],
};

const at = (context: Partial<ScreeningContext>): ScreeningContext => ({
  ...(SAVED_BY_PREVIOUS_VERSION as ScreeningContext),
  ...context,
});

describe('opening a saved file', () => {
  it('opens a file saved by the previous version exactly', () => {
    expect(readSavedContext(JSON.parse(JSON.stringify(SAVED_BY_PREVIOUS_VERSION)))).toEqual(SAVED_BY_PREVIOUS_VERSION);
  });

  it('opens as many records as a person can add, and no more', () => {
    const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i + 1}`, stage: 'unsure' as const }));
    const full = at({
      answers: { ...pettyTheftTiedToTrafficking(), records: records(MAX_RECORDS) },
      position: { step: 'records', record: 0 },
      trail: [],
    });
    expect(readSavedContext(full)).toEqual(full);
    expect(
      readSavedContext({ ...full, answers: { ...full.answers, records: records(MAX_RECORDS + 1) } }),
    ).toBeUndefined();
  });

  it('refuses a file whose answers do not fit, saying why', () => {
    const answers = pettyTheftTiedToTrafficking();
    const cases: [string, ScreeningContext][] = [
      [
        'duplicateRecordIds',
        at({ answers: { ...answers, records: [answers.records[0]!, { ...answers.records[0]! }] } }),
      ],
      // A learner is never asked whether it is safe to answer now.
      [
        'stepDoesNotApply',
        at({ answers: { ...answers, audience: 'learner' }, position: { step: 'safetyCheck', record: 0 } }),
      ],
      ['stepDoesNotApply', at({ position: { step: 'recordAge', record: 4 } })],
      ['missingPosition', at({ trail: [{ step: 'recordStage', record: 7 }] })],
      [
        'missingPosition',
        at({ changes: [{ returnTo: { step: 'checkAnswers', record: 0 }, trailLength: 99, mode: 'followUps' }] }),
      ],
      [
        'noRecordForResults',
        at({ answers: { ...answers, records: [] }, position: { step: 'results', record: 0 }, trail: [] }),
      ],
    ];
    for (const [reason, context] of cases) {
      expect(whyItDoesNotFit(context), reason).toBe(reason);
      expect(readSavedContext(context)).toBeUndefined();
    }
  });

  it('refuses a file of the wrong shape', () => {
    expect(
      readSavedContext({ ...SAVED_BY_PREVIOUS_VERSION, position: { step: 'nowhere', record: 0 } }),
    ).toBeUndefined();
    expect(readSavedContext({ ...SAVED_BY_PREVIOUS_VERSION, extra: true })).toBeUndefined();
    expect(readSavedContext('not a context')).toBeUndefined();
  });
});
