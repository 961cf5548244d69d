import { describe, expect, it } from 'vitest';

import { screen } from '@/rules';

import { readSavedContext } from './saved-context';
import { answersToFacts } from './to-facts';

/**
 * Files saved by the version that asked about each harm on its own page (`harmTrafficking`,
 * `harmPartner`, `harmSexual`), exactly as that version wrote them (JSON inside the locked file).
 */
const record = {
  id: 'r1',
  stage: 'conviction',
  court: 'california',
  offense: 'PC 488',
  age: 'adult',
  duringHarm: 'yes',
  becauseOfHarm: 'yes',
  sentence: 'probation',
  sentenceDone: 'yes',
};
const step = (name: string, n = 0) => ({ step: name, record: n });
const THROUGH_THE_HARMS = [
  step('start'),
  step('audience'),
  step('safetyCheck'),
  step('contentNote'),
  step('harmTrafficking'),
  step('harmPartner'),
  step('harmSexual'),
];
const oldFile = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.parse(
    JSON.stringify({
      answers: { audience: 'self', safeNow: 'yes', ...answers },
      position: step('checkAnswers'),
      trail: [...THROUGH_THE_HARMS, step('situation'), step('recordStage'), step('records'), step('evidence')],
      changes: [],
      ...extra,
    }),
  ) as unknown;
const finished = {
  situation: 'ended',
  records: [record],
  evidence: { reply: 'none', kinds: [] },
  noncitizen: 'no',
};

describe('opening a file saved before "what happened" was one page', () => {
  it('keeps each harm answer exactly, even when they differ, and screens the same facts', () => {
    const context = readSavedContext(
      oldFile({ harmTrafficking: 'yes', harmPartner: 'unsure', harmSexual: 'no', ...finished }),
    );
    expect(context?.answers.harms).toEqual({
      trafficking: 'yes',
      intimatePartnerViolence: 'unsure',
      sexualViolence: 'no',
    });
    expect(context?.answers).not.toHaveProperty('harmTrafficking');
    const facts = answersToFacts(context!.answers);
    expect(facts.harms).toEqual({ trafficking: 'yes', intimatePartnerViolence: 'unsure', sexualViolence: 'no' });
    expect(screen(facts).ok).toBe(true);
    // The three pages on the Back trail became the one page, once.
    expect(context?.trail.map((p) => p.step)).toEqual([
      'start',
      'audience',
      'safetyCheck',
      'contentNote',
      'harms',
      'situation',
      'recordStage',
      'records',
      'evidence',
    ]);
  });

  it('screens three "rather not say" answers as they always were: nothing assumed, no follow-up asked', () => {
    const context = readSavedContext(
      oldFile({
        harmTrafficking: 'prefer_not',
        harmPartner: 'prefer_not',
        harmSexual: 'prefer_not',
        records: [{ ...record, duringHarm: undefined, becauseOfHarm: undefined }],
        evidence: { reply: 'none', kinds: [] },
        noncitizen: 'no',
      }),
    );
    expect(context?.answers.harms).toEqual({
      trafficking: 'prefer_not',
      intimatePartnerViolence: 'prefer_not',
      sexualViolence: 'prefer_not',
    });
    const facts = answersToFacts(context!.answers);
    expect(facts.harms).toEqual({
      trafficking: 'skipped',
      intimatePartnerViolence: 'skipped',
      sexualViolence: 'skipped',
    });
    expect(facts.situation).toBe('skipped');
    expect(facts.records[0]).toMatchObject({ duringHarm: 'skipped', becauseOfHarm: 'skipped' });
  });

  it('a file saved part-way through the three opens on the one page, to be answered as a whole', () => {
    const context = readSavedContext({
      answers: { audience: 'self', safeNow: 'yes', harmTrafficking: 'yes', records: [] },
      position: step('harmPartner'),
      trail: THROUGH_THE_HARMS.slice(0, 5),
      changes: [],
    });
    expect(context?.position).toEqual(step('harms'));
    expect(context?.answers.harms).toBeUndefined();
    // Back goes to the page before it, never to the same page again.
    expect(context?.trail.at(-1)).toEqual(step('contentNote'));
  });

  it('a change in progress keeps its place on the shorter Back trail', () => {
    const trail = [...THROUGH_THE_HARMS, step('situation'), step('checkAnswers')];
    const context = readSavedContext(
      oldFile(
        { harmTrafficking: 'yes', harmPartner: 'no', harmSexual: 'no', ...finished },
        {
          position: step('harmSexual'),
          trail,
          changes: [{ returnTo: step('checkAnswers'), trailLength: trail.length, mode: 'followUps' }],
        },
      ),
    );
    expect(context?.position).toEqual(step('harms'));
    expect(context?.changes[0]?.trailLength).toBe(context?.trail.length);
    expect(context?.trail.at(-1)).toEqual(step('checkAnswers'));
  });

  it('a file that stopped on "which harm", now not asked, opens on the next page', () => {
    const context = readSavedContext(
      oldFile(
        { harmTrafficking: 'no', harmPartner: 'yes', harmSexual: 'yes', situation: 'ended', records: [record] },
        { position: step('recordWhichHarm'), trail: THROUGH_THE_HARMS },
      ),
    );
    expect(context?.position).toEqual(step('recordSentenceKind'));
  });
});
