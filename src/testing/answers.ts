import type { Answers } from '@/machines/answers';

/**
 * A first journey's answers: for myself, one petty-theft conviction in California,
 * tied to trafficking that has ended, probation done, a letter from a support service.
 */
export const pettyTheftTiedToTrafficking = (extra: Partial<Answers> = {}): Answers => ({
  audience: 'self',
  harms: { trafficking: 'yes', intimatePartnerViolence: 'no', sexualViolence: 'no' },
  situation: 'ended',
  records: [
    {
      id: 'r1',
      stage: 'conviction',
      court: 'california',
      offense: 'PC 488',
      age: 'adult',
      duringHarm: 'yes',
      becauseOfHarm: 'yes',
      sentence: 'probation',
      sentenceDone: 'yes',
    },
  ],
  evidence: { reply: 'documents', kinds: ['service_provider_letter'] },
  noncitizen: 'no',
  ...extra,
});
