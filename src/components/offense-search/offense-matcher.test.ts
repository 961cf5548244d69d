import { describe, expect, it } from 'vitest';

import { findOffense } from '@/rules';
import { OFFENSE_CATALOG } from '@/rules/offenses/search';

import en from '../../../locales/en/offenses.json';
import es from '../../../locales/es/offenses.json';
import { createOffenseMatcher, TYPED_MAX_LENGTH, typedAnswer } from './offense-matcher';

const english = createOffenseMatcher(en, [es]);
const spanish = createOffenseMatcher(es, [en]);

/**
 * Spellings taken from the way court papers, rap sheets and people write offenses. `within` is how
 * far down the (short, phone-sized) list the right entry may be: codes must come first.
 */
const REAL_WORLD: readonly { query: string; id: string; within: number; lng?: 'es' }[] = [
  // Codes as courts write them.
  { query: '484/490.2', id: 'pc_490_2', within: 1 },
  { query: 'PC484', id: 'pc_484', within: 1 },
  { query: '11350(a) HS', id: 'hs_11350', within: 1 },
  { query: '647b', id: 'pc_647_b', within: 1 },
  { query: 'PC 647(b)', id: 'pc_647_b', within: 1 },
  { query: 'pen. code 459.5', id: 'pc_459_5', within: 1 },
  { query: 'H&S 11377(a)', id: 'hs_11377', within: 1 },
  { query: 'HS11378', id: 'hs_11378', within: 1 },
  { query: '23152(a) VC', id: 'vc_23152_a', within: 1 },
  { query: 'VC 12500(a)', id: 'vc_12500_a', within: 1 },
  { query: '664/211', id: 'pc_664_211', within: 1 },
  { query: 'PC 459/460(b)', id: 'pc_460_b', within: 1 },
  { query: '243(e)(1)', id: 'pc_243_e_1', within: 1 },
  { query: '148(a)(1)', id: 'pc_148_a_1', within: 1 },
  { query: '18 U.S.C. § 1028', id: 'usc_18_1028', within: 1 },
  // Small typos.
  { query: 'shoplifing', id: 'pc_459_5', within: 1 },
  { query: 'burglery', id: 'pc_459', within: 2 },
  { query: 'trespasing', id: 'pc_602', within: 1 },
  { query: 'batery', id: 'pc_242', within: 3 },
  { query: 'prostitucion', id: 'pc_647_b', within: 1 },
  // English everyday words.
  { query: 'stolen car', id: 'vc_10851', within: 1 },
  { query: 'drunk driving', id: 'vc_23152_a', within: 2 },
  { query: 'identity theft', id: 'pc_530_5', within: 1 },
  { query: 'resisting arrest', id: 'pc_148_a_1', within: 1 },
  { query: 'false id to police', id: 'pc_148_9', within: 1 },
  { query: 'possession of meth', id: 'hs_11377', within: 1 },
  { query: 'Steal from store', id: 'pc_459_5', within: 1 },
  { query: 'sex', id: 'pc_647_b', within: 1 },
  // Spanish everyday words, on the Spanish screen and on the English one.
  { query: 'robo de tienda', id: 'pc_459_5', within: 1, lng: 'es' },
  { query: 'robo de identidad', id: 'pc_530_5', within: 1, lng: 'es' },
  { query: 'manejar borracho', id: 'vc_23152_a', within: 2, lng: 'es' },
  { query: 'sin licencia', id: 'vc_12500_a', within: 1, lng: 'es' },
  { query: 'posesión de drogas', id: 'hs_11350', within: 4, lng: 'es' },
  { query: 'sexo', id: 'pc_647_b', within: 1, lng: 'es' },
  { query: 'grafiti', id: 'pc_594', within: 1 },
  { query: 'robo de tienda', id: 'pc_459_5', within: 1 },
];

describe('offense matcher: real-world spellings', () => {
  it('has at least 25 cases', () => {
    expect(REAL_WORLD.length).toBeGreaterThanOrEqual(25);
  });

  it.each(REAL_WORLD)('"$query" finds $id within the first $within', ({ query, id, within, lng }) => {
    const found = (lng === 'es' ? spanish : english)(query).entries.map((entry) => entry.id);
    expect(found.slice(0, within)).toContain(id);
  });
});

describe('offense matcher: "use what I typed"', () => {
  it.each(['asdfqwer', 'zzzz', 'xkcd blorp', '12345'])('offers the words as typed for nonsense: %s', (query) => {
    const result = english(query);
    expect(result.entries).toEqual([]);
    expect(result.typed).toBe(query);
  });

  it('keeps a code-shaped answer in the form the rules read, which they screen as not recognised', () => {
    expect(english('pc 999').typed).toBe('PC 999');
    expect(findOffense('PC 999')).toBeUndefined();
  });

  it('does not offer it when the text names a catalog entry exactly', () => {
    expect(english('PC 488').typed).toBeUndefined();
    expect(english('647b').typed).toBeUndefined();
    expect(english('484/490.2').typed).toBeUndefined();
  });

  it('still offers it next to word matches, so a person can keep their own words', () => {
    const result = english('shoplifting at a mall');
    expect(result.typed).toBe('shoplifting at a mall');
  });

  it('never keeps more than the answers allow', () => {
    expect(typedAnswer('x'.repeat(100))).toHaveLength(TYPED_MAX_LENGTH);
    expect(typedAnswer('   ')).toBeUndefined();
  });
});

describe('offense matcher: shape of the list', () => {
  it('is empty for an empty query and respects the limit', () => {
    expect(english('').entries).toEqual([]);
    expect(english('theft', 3).entries).toHaveLength(3);
    expect(english('theft', 0).entries).toEqual([]);
  });

  it('answers a code with codes only, never with word noise', () => {
    expect(english('484/490.2').entries.map((e) => e.id)).toEqual(['pc_490_2', 'pc_484']);
  });

  it('lists an offense before its attempt', () => {
    const found = english('carjacking').entries.map((e) => e.id);
    expect(found.indexOf('pc_215_a')).toBeLessThan(found.indexOf('pc_664_215'));
  });

  it('works for every catalog entry by its own English name', () => {
    const missed = OFFENSE_CATALOG.filter(
      (entry) => !english(en[entry.id as keyof typeof en].name, 20).entries.some((e) => e.id === entry.id),
    );
    expect(missed.map((e) => e.id)).toEqual([]);
  });
});
