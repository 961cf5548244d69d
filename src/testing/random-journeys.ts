import type { ScreeningContext, ScreeningEvent } from '@/machines/contract';
import { answeredPath, questionOf } from '@/machines/flow';
import { HARM_EXCLUSIVE, harmRepliesFor } from '@/machines/replies';
import { EVIDENCE_KINDS, HARM_KINDS } from '@/rules';

/**
 * Seeded random journeys through the interview: what a person might do on each page (answer, pass
 * over, go Back, change an answer, add, change or remove a record). The same seed always gives the
 * same journey, so a failure can be replayed.
 */

/** mulberry32: a small, fast, seeded PRNG (good enough for test journeys, not for secrets). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OFFENSES = ['PC 488', 'PC 211', 'unsure', 'HS 11377', 'PC 647(b)', 'PC 459', 'not a code', 'USC 18 1028'];

export function randomEvent(context: ScreeningContext, random: () => number): ScreeningEvent {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const { step } = context.position;
  const roll = random();
  if (step === 'start') return { type: 'flow.start' };
  if (roll < 0.08) return { type: 'nav.back' };
  if (step === 'records') {
    const count = context.answers.records.length;
    if (count > 0 && roll < 0.16) return { type: 'record.remove', record: Math.floor(random() * count) };
    if (count > 0 && roll < 0.26) return { type: 'record.change', record: Math.floor(random() * count) };
    if (count === 0 || (count < 4 && roll < 0.45)) return { type: 'record.add' };
    return { type: 'answer.submit' };
  }
  if (step === 'checkAnswers' || step === 'results') {
    if (roll < 0.3) {
      const target = pick([...answeredPath(context.answers), { step: 'records' as const, record: 0 }]);
      return { type: 'nav.change', step: target.step, record: target.record };
    }
    return step === 'results' ? { type: 'nav.back' } : { type: 'answer.submit' };
  }
  return { type: 'answer.submit', value: roll < 0.12 ? undefined : randomValue(step, random) };
}

function randomValue(step: ScreeningContext['position']['step'], random: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const question = questionOf(step);
  if (!question) return undefined;
  const some = <T>(items: readonly T[]) => items.filter(() => random() < 0.4);
  switch (question.control) {
    case 'radios':
      return random() < 0.03 ? 'not-a-real-answer' : pick(question.options ?? []).value;
    case 'offense':
      return pick(OFFENSES);
    case 'harms': {
      const kinds = some(HARM_KINDS);
      return harmRepliesFor(kinds, kinds.length > 0 ? undefined : pick(HARM_EXCLUSIVE));
    }
    case 'whichHarm':
      return random() < 0.2 ? pick(['unsure', 'prefer_not']) : some(HARM_KINDS);
    case 'evidence': {
      const kinds = some(EVIDENCE_KINDS);
      return kinds.length > 0
        ? { reply: 'documents', kinds }
        : { reply: pick(['none', 'unsure', 'prefer_not']), kinds: [] };
    }
    default:
      return undefined;
  }
}
