import { describe, expect, it } from 'vitest';

import { LAW_REVIEWED, screen } from '@/rules';

/** The contract details of screen() that the case files cannot express. */

const record = { id: 'r1', offense: 'PC 647(b)', stage: 'conviction', court: 'california' } as const;

describe('screen()', () => {
  it('lists every bad path in a typed error instead of throwing', () => {
    const outcome = screen({ situation: 'over', records: [{ ...record, stage: 'done', extra: 1 }], mood: 'ok' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.kind).toBe('invalid_facts');
    expect(outcome.error.issues.map((i) => i.path).sort()).toEqual([
      'mood',
      'records.0.extra',
      'records.0.stage',
      'situation',
    ]);
    for (const issue of outcome.error.issues) expect(issue.message).not.toBe('');
  });

  it('rejects a duplicate record id and an impossible asOf date', () => {
    const dup = screen({ records: [record, record] });
    expect(!dup.ok && dup.error.issues.map((i) => i.path)).toEqual(['records.1.id']);
    const date = screen({ records: [record] }, { asOf: '2026-02-30' });
    expect(!date.ok && date.error.issues).toEqual([
      { path: 'asOf', message: 'asOf must be a date written YYYY-MM-DD' },
    ]);
  });

  it('survives a hostile object whose getter throws', () => {
    const hostile = {
      get records(): never {
        throw new Error('boom');
      },
    };
    expect(screen(hostile).ok).toBe(false);
  });

  it('carries the law-review date and the date whose law applied', () => {
    const outcome = screen({ records: [record] });
    expect(outcome.ok && [outcome.result.lawReviewed, outcome.result.asOf]).toEqual([LAW_REVIEWED, LAW_REVIEWED]);
    const later = screen({ records: [record] }, { asOf: '2027-03-01' });
    expect(later.ok && later.result.notes.map((n) => n.key)).toContain('note.lawMayHaveChanged');
  });

  it('screens an unknown offense code as not recognised, never as an error', () => {
    const outcome = screen({ records: [{ ...record, offense: 'PC 99999', level: 'felony' }] });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.records[0]?.offense).toEqual({
      code: 'PC 99999',
      recognised: false,
      violent: 'unsure',
      level: 'felony',
    });
  });

  it('normalises a recognised code and names its catalog entry', () => {
    const outcome = screen({ records: [{ ...record, offense: 'pc 647b' }] });
    expect(outcome.ok && outcome.result.records[0]?.offense).toMatchObject({
      code: 'PC 647(b)',
      recognised: true,
      violent: 'no',
      level: 'misdemeanor',
    });
  });

  it('gives a noncitizen the immigration caution, an immigration lawyer first, and the 1203.4 warning', () => {
    const outcome = screen({
      harms: { trafficking: 'yes' },
      situation: 'ended',
      evidence: ['t_or_u_visa'],
      noncitizen: 'yes',
      records: [{ ...record, duringHarm: 'yes', becauseOfHarm: 'yes', sentence: 'probation', sentenceDone: 'yes' }],
    });
    if (!outcome.ok) throw new Error('rejected');
    const r = outcome.result.records[0];
    expect(outcome.result.immigrationCaution).toBe(true);
    expect(r?.pathways.pc236_14.nextSteps[0]?.key).toBe('next.immigrationLawyerFirst');
    expect(r?.pathways.pc1203_4.notes.map((n) => n.key)).toContain('note.notImmigrationSafe');
  });

  it('points an open case to the public defender and folds vacatur away', () => {
    const outcome = screen({ harms: { trafficking: 'yes' }, records: [{ ...record, stage: 'pending' }] });
    if (!outcome.ok) throw new Error('rejected');
    const p = outcome.result.records[0]?.pathways;
    expect(p?.pc236_14.applies).toBe(false);
    expect(p?.pc236_14.nextSteps.map((m) => m.key)).toEqual(['next.openCase.publicDefender']);
    expect(p?.pc236_23.applies).toBe(true);
  });

  it('says what would change an unsure outcome, naming the facts each element used', () => {
    const outcome = screen({
      harms: { trafficking: 'yes' },
      situation: 'ended',
      evidence: ['service_provider_letter'],
      records: [{ ...record, duringHarm: 'unsure', becauseOfHarm: 'yes' }],
    });
    if (!outcome.ok) throw new Error('rejected');
    const p = outcome.result.records[0]?.pathways.pc236_14;
    expect(p?.outcome).toBe('possible');
    expect(p?.whatWouldChange.map((m) => m.key)).toEqual(['change.duringHarm']);
    expect(p?.elements.find((e) => e.id === 'duringHarm')?.facts).toEqual(['records[0].duringHarm']);
    expect(p?.elements.find((e) => e.id === 'traffickingVictim')?.facts).toEqual(['harms.trafficking']);
    expect(p?.elements.find((e) => e.id === 'timing')?.facts).toEqual(['situation']);
    expect(p?.elements.find((e) => e.id === 'proofClearConvincing')?.facts).toEqual(['evidence']);
  });
});
