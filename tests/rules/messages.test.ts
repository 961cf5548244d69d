import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Message, OUTCOMES, PATHWAY_IDS, screen, type ScreeningResult } from '@/rules';

import en from '../../locales/en/rules.json';
import { factsArb } from './arbitraries';

/**
 * Every message the engine can emit must exist in locales/en/rules.json (the i18n test then keeps
 * Spanish in lockstep), and every {{variable}} in its text must come with the message's params.
 */

type Tree = { readonly [key: string]: string | Tree };
/** A key's texts: one sentence, or its `{ self, person }` variants (both must be there). */
function lookup(key: string): string[] | undefined {
  let node: string | Tree | undefined = en;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  if (typeof node === 'string') return [node];
  const { self, person } = node ?? {};
  return typeof self === 'string' && typeof person === 'string' ? [self, person] : undefined;
}

function messagesOf(result: ScreeningResult): Message[] {
  return [
    ...result.notes,
    ...result.records.flatMap((r) =>
      Object.values(r.pathways).flatMap((p) => [
        ...p.elements.flatMap((e) => [e.label, e.explanation]),
        ...p.whatWouldChange,
        ...p.evidenceThatHelps,
        ...p.nextSteps,
        ...p.notes,
      ]),
    ),
  ];
}

/** Returns a problem, or undefined; plain checks keep 200 runs × thousands of messages fast. */
function problemWith(m: Message): string | undefined {
  const texts = lookup(m.key);
  if (texts === undefined) return `missing key rules:${m.key}`;
  for (const [, name] of texts.join('\n').matchAll(/{{\s*(\w+)\s*}}/g)) {
    if (m.params?.[name as string] === undefined) return `${m.key} needs {{${name}}}`;
  }
  return undefined;
}

describe('rules messages', () => {
  it('has an outcome headline for every outcome and a title and summary for every pathway', () => {
    for (const o of OUTCOMES) expect(lookup(`outcome.${o}.headline`)).toBeDefined();
    for (const p of PATHWAY_IDS) {
      expect(lookup(`pathway.${p}.title`)).toBeDefined();
      expect(lookup(`pathway.${p}.summary`)).toBeDefined();
    }
  });

  it('every emitted message exists and gets the variables its text uses', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(factsArb, fc.constantFrom('2021-06-01', '2022-12-31', '2026-11-28', '2027-06-01'), (facts, asOf) => {
        const outcome = screen(facts, { asOf });
        if (!outcome.ok) throw new Error('valid facts rejected');
        const problems = new Set<string>();
        for (const m of messagesOf(outcome.result)) {
          seen.add(m.key);
          const problem = problemWith(m);
          if (problem) problems.add(problem);
        }
        expect([...problems]).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // The generator reaches most of the vocabulary; a drop here means a rule stopped emitting keys.
    expect(seen.size).toBeGreaterThan(180);
  }, 60_000);

  it('never puts phone numbers in the rules texts (help lines come from a vetted list)', () => {
    expect(JSON.stringify(en)).not.toMatch(/\d{3}[-. )]\d{3}[-. ]\d{4}/);
  });
});
