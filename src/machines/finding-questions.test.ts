import { describe, expect, it } from 'vitest';

import { factsSchema } from '@/rules';
import { start } from '@/testing/machine-flow';

import type { RecordAnswers } from './answers';
import { harmRepliesFor } from './replies';
import { answersToFacts, toHomeOccupied, toSentence } from './to-facts';

/**
 * The three record facts the rules read beyond the basics (src/rules/README.md, "Facts the wizard
 * should ask"): whether a burglary was of a home with someone inside, whether the court made a gang
 * finding, and the kind of sentence. Each is asked only when it can change the result.
 */

interface RecordPlan {
  stage: string;
  court: string;
  offense: string;
  level?: string;
  /** Answers to later questions of the record, by step; anything else is passed over. */
  replies?: Partial<Record<string, unknown>>;
}

/** Walks one record through the real machine and returns the record's pages and the facts. */
function walkRecord(plan: RecordPlan) {
  const flow = start();
  flow.actor.send({ type: 'flow.start' });
  flow.answer('self', 'yes', undefined, harmRepliesFor(['trafficking']), 'ended');
  const replies: Record<string, unknown> = {
    recordStage: plan.stage,
    recordCourt: plan.court,
    recordOffense: plan.offense,
    recordLevel: plan.level,
    ...plan.replies,
  };
  const pages: string[] = [];
  while (flow.step() !== 'records') {
    pages.push(flow.step());
    flow.submit(replies[flow.step()]);
    expect(pages.length).toBeLessThan(20);
  }
  const facts = factsSchema.parse(answersToFacts(flow.context().answers));
  return { pages, facts: facts.records[0]! };
}

describe('the home question (burglary, PC 667.5(c)(21))', () => {
  it('is asked for a California PC 459 felony conviction, and both kinds of "no" become no', () => {
    const asked = walkRecord({
      stage: 'conviction',
      court: 'california',
      offense: 'PC 459',
      level: 'felony',
      replies: { recordHome: 'not_a_home' },
    });
    expect(asked.pages).toContain('recordHome');
    expect(asked.pages).not.toContain('recordGang');
    expect(asked.facts.burglaryHomeOccupied).toBe('no');
    const inside = walkRecord({
      stage: 'conviction',
      court: 'california',
      offense: 'PC 459',
      level: 'felony',
      replies: { recordHome: 'no_one_inside' },
    });
    expect(inside.facts.burglaryHomeOccupied).toBe('no');
    const yes = walkRecord({
      stage: 'conviction',
      court: 'california',
      offense: 'PC 459',
      level: 'felony',
      replies: { recordHome: 'yes' },
    });
    expect(yes.facts.burglaryHomeOccupied).toBe('yes');
  });

  it.each([
    ['PC 460(a), fixed felony, pending', { stage: 'pending', court: 'california', offense: 'PC 460(a)' }],
    [
      'PC 459, level not known, court not known',
      { stage: 'unsure', court: 'unsure', offense: 'PC 459', level: 'unsure' },
    ],
    ['PC 459, juvenile, level passed over', { stage: 'juvenile_adjudication', court: 'prefer_not', offense: 'PC 459' }],
  ])('is asked for %s', (_name, plan) => {
    expect(walkRecord(plan).pages).toContain('recordHome');
  });

  it.each([
    ['PC 488 petty theft', { stage: 'conviction', court: 'california', offense: 'PC 488' }],
    [
      'an arrest with no charges',
      { stage: 'arrest_no_charges', court: 'california', offense: 'PC 459', level: 'felony' },
    ],
    ['charges dismissed', { stage: 'charges_dismissed', court: 'california', offense: 'PC 460(a)' }],
    ['a misdemeanor burglary', { stage: 'conviction', court: 'california', offense: 'PC 459', level: 'misdemeanor' }],
    ['a federal case', { stage: 'conviction', court: 'federal', offense: 'PC 459', level: 'felony' }],
    ['another state', { stage: 'conviction', court: 'other_state', offense: 'PC 460(a)' }],
    ['an offense not known', { stage: 'conviction', court: 'california', offense: 'unsure', level: 'felony' }],
  ])('is not asked for %s, and nothing is assumed', (_name, plan) => {
    const { pages, facts } = walkRecord({ ...plan, replies: { recordHome: 'yes' } });
    expect(pages).not.toContain('recordHome');
    expect(facts.burglaryHomeOccupied).toBe('skipped');
  });
});

describe('the gang question (PC 667.5(c)(19), (20))', () => {
  it.each([
    ['PC 518 conviction', { stage: 'conviction', court: 'california', offense: 'PC 518' }, 'yes'],
    ['PC 136.1 felony, pending', { stage: 'pending', court: 'unsure', offense: 'PC 136.1', level: 'felony' }, 'unsure'],
    [
      'PC 136.1, level not known',
      { stage: 'conviction', court: 'california', offense: 'PC 136.1', level: 'unsure' },
      'no',
    ],
  ])('is asked for %s', (_name, plan, reply) => {
    const { pages, facts } = walkRecord({ ...plan, replies: { recordGang: reply } });
    expect(pages).toContain('recordGang');
    expect(pages).not.toContain('recordHome');
    expect(facts.gangFinding).toBe(reply);
  });

  it.each([
    ['a burglary', { stage: 'conviction', court: 'california', offense: 'PC 459', level: 'felony' }],
    ['an arrest with no charges', { stage: 'arrest_no_charges', court: 'california', offense: 'PC 518' }],
    ['a misdemeanor', { stage: 'conviction', court: 'california', offense: 'PC 136.1', level: 'misdemeanor' }],
    ['a federal case', { stage: 'conviction', court: 'federal', offense: 'PC 518' }],
  ])('is not asked for %s', (_name, plan) => {
    const { pages, facts } = walkRecord({ ...plan, replies: { recordGang: 'yes' } });
    expect(pages).not.toContain('recordGang');
    expect(facts.gangFinding).toBe('skipped');
  });

  it('stores "I\'d rather not say" as skipped', () => {
    const { facts } = walkRecord({
      stage: 'conviction',
      court: 'california',
      offense: 'PC 518',
      replies: { recordGang: 'prefer_not' },
    });
    expect(facts.gangFinding).toBe('skipped');
  });
});

describe('the sentence question (PC 1203.4, 1203.4a, 1203.41, 1203.42)', () => {
  it.each([
    ['California', 'california', 'county_jail', 'county_jail'],
    ['a court not known', 'unsure', 'fine_only', 'fine_only'],
    ['a court the person would rather not say', 'prefer_not', 'unsure', 'unsure'],
    ['California, rather not say', 'california', 'prefer_not', 'skipped'],
  ])('is asked after a conviction in %s', (_name, court, reply, fact) => {
    const { pages, facts } = walkRecord({
      stage: 'conviction',
      court,
      offense: 'PC 488',
      replies: { recordSentenceKind: reply },
    });
    expect(pages).toContain('recordSentenceKind');
    // Asked before "is the sentence finished", which it helps to answer.
    expect(pages.indexOf('recordSentenceKind')).toBe(pages.indexOf('recordSentence') - 1);
    expect(facts.sentence).toBe(fact);
  });

  it.each(['arrest_no_charges', 'charges_dismissed', 'pending', 'juvenile_adjudication', 'unsure'])(
    'is not asked at stage %s',
    (stage) => {
      const { pages, facts } = walkRecord({
        stage,
        court: 'california',
        offense: 'PC 488',
        replies: { recordSentenceKind: 'state_prison' },
      });
      expect(pages).not.toContain('recordSentenceKind');
      expect(facts.sentence).toBe('skipped');
    },
  );

  it.each(['federal', 'other_state'])('is not asked for a %s conviction', (court) => {
    const { pages, facts } = walkRecord({
      stage: 'conviction',
      court,
      offense: 'PC 488',
      replies: { recordSentenceKind: 'probation' },
    });
    expect(pages).not.toContain('recordSentenceKind');
    expect(facts.sentence).toBe('skipped');
  });
});

describe('answers to facts for the new questions', () => {
  it('maps each reply to the facts vocabulary', () => {
    const home: [RecordAnswers['homeOccupied'], string][] = [
      ['yes', 'yes'],
      ['no_one_inside', 'no'],
      ['not_a_home', 'no'],
      ['unsure', 'unsure'],
      ['prefer_not', 'skipped'],
      ['skipped', 'skipped'],
      [undefined, 'skipped'],
    ];
    for (const [reply, fact] of home) expect(toHomeOccupied(reply)).toBe(fact);
    expect(toSentence('state_prison')).toBe('state_prison');
    expect(toSentence('none')).toBe('none');
    expect(toSentence('prefer_not')).toBe('skipped');
    expect(toSentence(undefined)).toBe('skipped');
  });

  it('ignores an answer once its question no longer applies', () => {
    const facts = answersToFacts({
      harms: harmRepliesFor(['trafficking']),
      records: [
        {
          id: 'r1',
          stage: 'pending',
          court: 'california',
          offense: 'PC 488',
          homeOccupied: 'yes',
          gangFinding: 'yes',
          sentence: 'state_prison',
        },
      ],
    });
    expect(facts.records[0]).toMatchObject({
      burglaryHomeOccupied: 'skipped',
      gangFinding: 'skipped',
      sentence: 'skipped',
    });
  });

  it('asks about the home again when the offense changes', () => {
    const flow = start();
    flow.actor.send({ type: 'flow.start' });
    flow.answer(
      'self',
      'yes',
      undefined,
      harmRepliesFor(['trafficking']),
      'ended',
      'conviction',
      'california',
      'PC 460(a)',
    );
    expect(flow.step()).toBe('recordEnhancement');
    flow.answer('no', 'yes');
    expect(flow.context().answers.records[0]!.homeOccupied).toBe('yes');
    flow.actor.send({ type: 'nav.back' });
    flow.actor.send({ type: 'nav.back' });
    flow.actor.send({ type: 'nav.back' });
    expect(flow.step()).toBe('recordOffense');
    flow.submit('PC 488');
    expect(flow.step()).toBe('recordAge');
    expect(flow.context().answers.records[0]!.homeOccupied).toBeUndefined();
    flow.actor.send({ type: 'nav.back' });
    flow.submit('PC 460(a)');
    flow.submit('no');
    expect(flow.step()).toBe('recordHome');
  });
});
