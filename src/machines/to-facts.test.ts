import { describe, expect, it } from 'vitest';

import type { Answers } from './answers';
import { allHarms } from './replies';
import { toSituation } from './to-facts';

/** A survivor of trafficking: the questions about the situation apply. */
const withHarm = (answers: Partial<Answers>): Answers => ({
  records: [],
  harms: { trafficking: 'yes', intimatePartnerViolence: 'no', sexualViolence: 'no' },
  ...answers,
});

describe('toSituation: what the person said about the harm and about help, in the rules’ words', () => {
  it.each([
    ['ended', undefined, 'ended'],
    ['ongoing', 'yes', 'ongoing_sought_help'],
    ['unsure', 'yes', 'ongoing_sought_help'],
    ['ongoing', 'no', 'ongoing_no_help'],
    // They told us it has not ended: never reported back as "not sure if it has ended".
    ['ongoing', 'unsure', 'ongoing_help_unknown'],
    ['ongoing', 'prefer_not', 'ongoing_help_unknown'],
    ['ongoing', 'skipped', 'ongoing_help_unknown'],
    ['unsure', 'no', 'unsure'],
    ['unsure', 'prefer_not', 'unsure'],
    ['prefer_not', 'no', 'skipped'],
  ] as const)('"%s" and sought help "%s" → %s', (situation, soughtHelp, expected) => {
    expect(toSituation(withHarm({ situation, soughtHelp }))).toBe(expected);
  });

  it('ignores the situation when no harm is part of the story any more', () => {
    expect(toSituation(withHarm({ harms: allHarms('no'), situation: 'ongoing', soughtHelp: 'no' }))).toBe('skipped');
  });
});
