import { describe, expect, it } from 'vitest';

import { type FactsInput, screen, type ScreeningResult } from '@/rules';
import type { RecordFactsInput } from '@/rules/facts';

import en from '../../locales/en/rules.json';

/**
 * What the engine tells a person, beyond the outcome (the case files test outcomes): safety before
 * "you can ask", the record that closes a route, where to file, forms, and notes that do not state
 * more than is known.
 */

function run(facts: FactsInput): ScreeningResult {
  const outcome = screen(facts);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error.issues));
  return outcome.result;
}

const record = (extra: Partial<RecordFactsInput> = {}): RecordFactsInput => ({
  id: 'r1',
  offense: 'PC 647(b)',
  stage: 'conviction',
  court: 'california',
  ageAtOffense: 'adult',
  duringHarm: 'yes',
  becauseOfHarm: 'yes',
  sentenceDone: 'yes',
  ...extra,
});

const trafficked = (extra: Partial<FactsInput> = {}): FactsInput => ({
  harms: { trafficking: 'yes', intimatePartnerViolence: 'no', sexualViolence: 'no' },
  situation: 'ended',
  evidence: ['service_provider_letter'],
  noncitizen: 'no',
  records: [record()],
  ...extra,
});

const keys = (messages: readonly { key: string }[]) => messages.map((m) => m.key);

/** A key's English text; with `{ self, person }` variants, both, so a check covers every reader. */
function text(key: string): string {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return typeof node === 'string' ? node : Object.values(node as Record<string, string>).join('\n');
}

describe('still in the situation', () => {
  it.each(['ongoing_sought_help', 'unsure'] as const)(
    '%s: vacatur leads with safety and never says "file now"',
    (situation) => {
      const steps = keys(run(trafficked({ situation })).records[0]!.pathways.pc236_14.nextSteps);
      expect(steps[0]).toBe('next.vacatur.safetyFirst');
      expect(steps).not.toContain('next.vacatur.court');
      const timing = run(trafficked({ situation })).records[0]!.pathways.pc236_14.elements.find(
        (e) => e.id === 'timing',
      )!;
      expect(text(timing.explanation.key)).not.toMatch(/you can ask now/i);
    },
  );

  it('the timing element is flagged for a lawyer when it rests only on having sought services', () => {
    const timing = run(trafficked({ situation: 'ongoing_sought_help' })).records[0]!.pathways.pc236_14.elements.find(
      (e) => e.id === 'timing',
    )!;
    expect(timing.needsLawyerReview).toBe(true);
    expect(timing.limit).toBe('possible');
  });
});

describe('cross-record disqualifiers', () => {
  it('names the record that closes Proposition 47', () => {
    const result = run({
      ...trafficked({ harms: { trafficking: 'no', intimatePartnerViolence: 'no', sexualViolence: 'no' } }),
      records: [
        record({ offense: 'HS 11377', level: 'felony', injuryOrGunEnhancement: 'no' }),
        record({ id: 'r2', offense: 'PC 187' }),
      ],
    });
    const element = result.records[0]!.pathways.prop47.elements.find((e) => e.id === 'noRegistration')!;
    expect(element.status).toBe('not_met');
    expect(element.explanation).toEqual({
      key: 'element.noRegistration.other.superStrike',
      params: { number: 2, code: 'PC 187' },
    });
    expect(element.facts).toEqual(['records[1].offense', 'records[1].stage']);
  });

  it('does not say "we did not ask" about convictions the person listed', () => {
    expect(text('note.prop47SuperStrike')).not.toMatch(/did not ask/i);
  });
});

describe('where to file and which forms', () => {
  it('links the official court finder and names the convicting court', () => {
    const steps = keys(run(trafficked()).records[0]!.pathways.pc236_14.nextSteps);
    expect(steps).toContain('next.findCourt');
    expect(text('next.findCourt')).toContain('courts.ca.gov');
    expect(text('next.vacatur.court')).toMatch(/court that convicted you/);
    expect(text('next.vacatur.prosecutor45Days')).toMatch(/served/);
  });

  it('names the Judicial Council forms, and says plainly that PC 236.14 has none', () => {
    const { pathways } = run(trafficked()).records[0]!;
    expect(pathways.pc1203_4.forms).toEqual(['CR-180', 'CR-181']);
    expect(pathways.pc236_14.forms).toEqual([]);
    expect(keys(pathways.pc236_14.nextSteps)).toContain('next.vacatur.noForm');
    const loitering = run(trafficked({ records: [record({ offense: 'PC 653.22', offenseYear: 2019 })] })).records[0]!;
    expect(loitering.pathways.pc653_29.forms).toEqual(['CR-425', 'CR-426']);
  });
});

describe('notes that do not state more than is known', () => {
  it('PC 236.15 timing never says there is no deadline', () => {
    const ipv = run(
      trafficked({
        harms: { trafficking: 'no', intimatePartnerViolence: 'yes', sexualViolence: 'no' },
        records: [record({ offense: 'HS 11377', level: 'misdemeanor' })],
      }),
    );
    const timing = ipv.records[0]!.pathways.pc236_15.elements.find((e) => e.id === 'timing')!;
    expect(text(timing.explanation.key)).not.toMatch(/no deadline/i);
    // The AB 262 restitution note is confirmed for PC 236.14 only.
    expect(keys(ipv.notes)).not.toContain('note.restitution');
  });

  it('says the federal fee and sealing details are reported, not confirmed', () => {
    expect(text('next.usc3771a.free')).toMatch(/not confirmed/);
  });

  it('names PC 1170.22 for former PC 647f, and PC 851.8 for an arrest', () => {
    const old = run(trafficked({ records: [record({ offense: 'PC 647f' })] })).records[0]!;
    expect(keys(old.notes)).toContain('recordNote.pc1170_22');
    const arrest = run(trafficked({ records: [record({ stage: 'arrest_no_charges' })] })).records[0]!;
    expect(keys(arrest.notes)).toContain('recordNote.pc851_8');
    const wobbler = run(trafficked({ records: [record({ offense: 'PC 487', level: 'felony', offenseYear: 2009 })] }))
      .records[0]!;
    expect(keys(wobbler.notes)).toEqual(['recordNote.pc17b', 'recordNote.pc1203_42']);
  });

  it('what could change an offense on the violent list never asks about an injury finding', () => {
    const robbery = run(trafficked({ records: [record({ offense: 'PC 211' })] })).records[0]!;
    const change = keys(robbery.pathways.pc236_14.whatWouldChange);
    expect(change).toEqual(['change.nonviolent.listed']);
    expect(text('change.nonviolent.listed')).not.toMatch(/injury|gun/i);
  });
});

describe('papers to gather', () => {
  const base: FactsInput = {
    harms: { trafficking: 'yes', intimatePartnerViolence: 'no', sexualViolence: 'no' },
    situation: 'ended',
    evidence: [],
    records: [record()],
  };
  const asked = (result: ScreeningResult) =>
    result.records[0]!.pathways.pc236_14.evidenceThatHelps.map((message) => message.key);

  it('never asks a U.S. citizen for T or U visa papers', () => {
    expect(asked(run({ ...base, noncitizen: 'no' }))).not.toContain('evidence.t_or_u_visa');
    expect(asked(run({ ...base, noncitizen: 'no' }))).toContain('evidence.service_provider_letter');
  });

  it('does suggest them to someone who is not a citizen, or not sure', () => {
    expect(asked(run({ ...base, noncitizen: 'yes' }))).toContain('evidence.t_or_u_visa');
    expect(asked(run({ ...base, noncitizen: 'unsure' }))).toContain('evidence.t_or_u_visa');
  });
});
