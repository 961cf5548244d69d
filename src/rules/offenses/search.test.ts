import { describe, expect, it } from 'vitest';

import en from '../../../locales/en/offenses.json';
import es from '../../../locales/es/offenses.json';
import { foldText, searchOffenses } from './search';

const ids = (query: string, names: typeof en | typeof es = en, limit?: number) =>
  searchOffenses(query, names, limit).map((e) => e.id);

describe('searchOffenses', () => {
  it('finds shoplifting among the top results for "store"', () => {
    expect(ids('store').slice(0, 3)).toContain('pc_459_5');
  });

  it('finds robbery by its Spanish name ("robo" also means theft, so theft may come first)', () => {
    expect(ids('robo', es).slice(0, 3)).toContain('pc_211');
    expect(ids('robo con fuerza', es)[0]).toBe('pc_211');
  });

  it('ranks an exact code first, whatever the spelling', () => {
    expect(ids('11377')[0]).toBe('hs_11377');
    expect(ids('HS 11377')[0]).toBe('hs_11377');
    expect(ids('h&s 11377')[0]).toBe('hs_11377');
    expect(ids('647b')[0]).toBe('pc_647_b');
    expect(ids('Penal Code 647(b)')[0]).toBe('pc_647_b');
    expect(ids('459.5')[0]).toBe('pc_459_5');
    expect(ids('18 U.S.C. 1028')[0]).toBe('usc_18_1028');
    expect(ids('288a(c)')[0]).toBe('pc_287_c');
  });

  it('lists offenses whose code starts with the digits typed', () => {
    const found = ids('647', en, 20);
    expect(found).toEqual(expect.arrayContaining(['pc_647_b', 'pc_647_e', 'pc_647_f', 'pc_647_h']));
    expect(found.indexOf('pc_647_b')).toBeLessThan(found.length);
  });

  it('lists the offenses survivors are most often charged with first on a tie', () => {
    expect(ids('sex')[0]).toBe('pc_647_b');
    expect(ids('sexo', es)[0]).toBe('pc_647_b');
  });

  it('ranks a name that starts with the query before a word found elsewhere', () => {
    // "Robbery, first or second degree" starts with "robbery"; attempted robbery only contains it.
    const found = ids('robbery', en, 20);
    expect(found.indexOf('pc_212_5')).toBeGreaterThanOrEqual(0);
    expect(found.indexOf('pc_212_5')).toBeLessThan(found.indexOf('pc_664_211'));
    expect(found[0]).toBe('pc_211');
  });

  it('ignores case and accents, both ways', () => {
    expect(ids('posesion', es)).toEqual(ids('posesión', es));
    expect(ids('posesion', es).length).toBeGreaterThan(0);
    expect(ids('PROSTITUCION', es)).toContain('pc_647_b');
    expect(ids('ROBO', es)).toEqual(ids('robo', es));
    expect(ids('SHOPLIFTING')).toContain('pc_459_5');
  });

  it('needs every word of the query to match', () => {
    expect(ids('meth sell')).toContain('hs_11378');
    expect(ids('meth sell')).not.toContain('hs_11377');
    expect(ids('drogas vender', es)).toEqual(expect.arrayContaining(['hs_11351', 'hs_11378']));
  });

  it('respects the limit and is deterministic', () => {
    expect(ids('theft', en, 3)).toHaveLength(3);
    expect(ids('a')).toHaveLength(8);
    expect(ids('theft', en, 0)).toEqual([]);
    expect(ids('theft', en, 5)).toEqual(ids('theft', en, 5));
    expect(ids('theft', en, 5)).toEqual(ids('theft', en, 10).slice(0, 5));
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzzqqq')).toEqual([]);
    expect(ids('99999')).toEqual([]);
  });

  it('still finds codes when no names are given (the rules stay language-free)', () => {
    expect(searchOffenses('11377', {}).map((e) => e.id)[0]).toBe('hs_11377');
    expect(searchOffenses('store', {})).toEqual([]);
  });
});

describe('foldText', () => {
  it('lower-cases and strips accents', () => {
    expect(foldText('Posesión ÁÉÍÓÚ Ñ ü')).toBe('posesion aeiou n u');
  });
});
