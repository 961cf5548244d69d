import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createOffenseLookup, findOffense, normaliseOffenseCode, OFFENSE_BY_ID } from './lookup';
import type { OffenseEntry } from './types';

describe('normaliseOffenseCode', () => {
  it.each([
    // Penal Code
    ['PC 647(b)', 'PC 647(b)'],
    ['pc647b', 'PC 647(b)'],
    ['PC 647 (b)', 'PC 647(b)'],
    ['PC647(b)', 'PC 647(b)'],
    ['  pc   647 ( B ) ', 'PC 647(b)'],
    ['Penal Code 647(b)', 'PC 647(b)'],
    ['penal code § 647(b)', 'PC 647(b)'],
    ['Cal. Penal Code § 647(b)', 'PC 647(b)'],
    ['Pen. Code 647(b)', 'PC 647(b)'],
    ['PEN 647(b)', 'PC 647(b)'],
    ['P.C. 647(b)', 'PC 647(b)'],
    ['647(b) PC', 'PC 647(b)'],
    ['PC 245(a)(1)', 'PC 245(a)(1)'],
    ['pc 245a1', 'PC 245(a)(1)'],
    ['PC 245 (a) (1)', 'PC 245(a)(1)'],
    ['PC 287(c)(2)(a)', 'PC 287(c)(2)(A)'],
    ['pc 459.5', 'PC 459.5'],
    ['PC 476A', 'PC 476a'],
    ['PC 288A(C)', 'PC 288a(c)'],
    ['PC 664/211', 'PC 664/211'],
    ['PC 664 / 211', 'PC 664/211'],
    ['PC 664-187', 'PC 664/187'],
    ['PC section 484', 'PC 484'],
    // Health and Safety Code
    ['HS 11377', 'HS 11377'],
    ['HS11377', 'HS 11377'],
    ['H&S 11377', 'HS 11377'],
    ['H & S 11377(a)', 'HS 11377(a)'],
    ['HSC 11377', 'HS 11377'],
    ['H.S. 11350', 'HS 11350'],
    ['Health and Safety Code 11350', 'HS 11350'],
    ['Health & Safety Code § 11357(a)', 'HS 11357(a)'],
    ['11377 H&S', 'HS 11377'],
    ['Health & Saf. Code § 11377', 'HS 11377'],
    ['hs 11377 a', 'HS 11377(a)'],
    // Vehicle, Business and Professions, Welfare and Institutions
    ['VC 23152(a)', 'VC 23152(a)'],
    ['vc23152a', 'VC 23152(a)'],
    ['Vehicle Code 23152(b)', 'VC 23152(b)'],
    ['Veh. Code § 14601.1', 'VC 14601.1'],
    ['V.C. 12500(a)', 'VC 12500(a)'],
    ['B&P 25661', 'BP 25661'],
    ['Business and Professions Code 4060', 'BP 4060'],
    ['Bus. & Prof. Code § 25661', 'BP 25661'],
    ['Welf. & Inst. Code § 10980(c)', 'WI 10980(c)'],
    ['Veh. 23152(a)', 'VC 23152(a)'],
    ['W&I 10980', 'WI 10980'],
    ['WIC 10980(c)', 'WI 10980(c)'],
    ['Welfare and Institutions Code 871', 'WI 871'],
    // Federal
    ['USC 18 1028', 'USC 18 1028'],
    ['18 USC 1028', 'USC 18 1028'],
    ['18 U.S.C. 1028', 'USC 18 1028'],
    ['18 U.S.C. § 1028', 'USC 18 1028'],
    ['18 usc §1028(a)(7)', 'USC 18 1028(a)(7)'],
    ['usc18 1028a', 'USC 18 1028A'],
    ['Title 18 U.S.C. 2113(a)', 'USC 18 2113(a)'],
    ['8 U.S.C. 1326', 'USC 8 1326'],
    ['21 USC 841(a)(1)', 'USC 21 841(a)(1)'],
  ])('%j → %j', (raw, canonical) => {
    expect(normaliseOffenseCode(raw)).toBe(canonical);
  });

  it.each([
    ['unsure', 'unsure'],
    ['', ''],
    ['  I   do not know ', 'I do not know'],
    ['XYZ 123', 'XYZ 123'],
    ['PC', 'PC'],
    ['PC abc', 'PC abc'],
  ])('leaves text that is not a code alone: %j → %j', (raw, out) => {
    expect(normaliseOffenseCode(raw)).toBe(out);
  });

  it('is idempotent', () => {
    for (const raw of ['pc647b', '18 U.S.C. 1028', 'H&S 11377(a)', 'PC 664-187', 'unsure', 'PC 476A']) {
      const once = normaliseOffenseCode(raw);
      expect(normaliseOffenseCode(once)).toBe(once);
    }
  });
});

describe('findOffense', () => {
  it.each([
    ['PC 647(b)', 'pc_647_b'],
    ['pc647b', 'pc_647_b'],
    ['Penal Code 211', 'pc_211'],
    ['H&S 11377', 'hs_11377'],
    ['HS 11377(a)', 'hs_11377'],
    ['PC 288a(c)', 'pc_287_c'],
    ['pc 288a(d)', 'pc_287_d'],
    ['PC 12308', 'pc_18745'],
    ['PC 215', 'pc_215_a'],
    ['18 U.S.C. § 1028', 'usc_18_1028'],
    ['18 USC 1028A', 'usc_18_1028a'],
    ['8 USC 1326', 'usc_8_1326'],
    ['PC 664/187', 'pc_664_187'],
    ['PC 664-211', 'pc_664_211'],
  ])('%s → %s', (code, id) => {
    expect(findOffense(code)?.id).toBe(id);
  });

  it.each(['PC 99999', 'XYZ 12', 'unsure', '', 'PC 647', 'PC 245', 'HS 99', 'USC 18 9999', 'PC 451'])(
    'does not recognise %j',
    (code) => {
      expect(findOffense(code)).toBeUndefined();
    },
  );

  describe('subdivision fallback', () => {
    it.each([
      ['PC 488(a)', 'pc_488'],
      ['PC 647(b)(1)', 'pc_647_b'],
      ['PC 647(b)(2)', 'pc_647_b'],
      ['HS 11377(a)(1)', 'hs_11377'],
      ['PC 288(b)(1)', 'pc_288_b'],
      ['PC 286(c)(2)(A)', 'pc_286_c_2'],
      ['PC 266h(b)(1)', 'pc_266h_b'],
      ['PC 136.1(b)(1)', 'pc_136_1'],
      ['VC 23153(a)', 'vc_23153'],
      ['USC 18 1028(a)(7)', 'usc_18_1028'],
    ])('falls back from %s to %s: the catalog treats the section alike', (code, id) => {
      expect(findOffense(code)?.id).toBe(id);
    });

    it.each([
      // Assault with a firearm must never be taken for assault with a deadly weapon.
      'PC 245(a)(3)',
      'PC 245(b)',
      // 261(a)(3) (intoxicated victim) is not on 667.5(c), unlike (a)(2) and (a)(6).
      'PC 261(a)(3)',
      // The age-based paragraph of 286(c) may not be on the list.
      'PC 286(c)(1)',
      'PC 451(e)',
      'PC 236.1(d)',
      'PC 266h(c)',
      'PC 148(d)',
      'VC 23152(g)',
      'USC 18 2113(b)',
    ])('does not guess for %s: the catalog splits that section', (code) => {
      expect(findOffense(code)).toBeUndefined();
    });

    it('maps PC 245(a)(2) to its own entry, not to 245(a)(1)', () => {
      expect(findOffense('PC 245(a)(2)')?.id).toBe('pc_245_a_2');
      expect(findOffense('pc 245a2')?.id).toBe('pc_245_a_2');
    });

    const entry = (id: string, code: string, extra: Partial<OffenseEntry> = {}): OffenseEntry => ({
      id,
      code,
      level: 'felony',
      violent: 'no',
      category: 'other',
      flags: {},
      ...extra,
    });

    it('respects subdivisionsDiffer even when the catalog holds only the base', () => {
      const lookup = createOffenseLookup([entry('pc_1', 'PC 1'), entry('pc_2', 'PC 2', { subdivisionsDiffer: true })]);
      expect(lookup.find('PC 1(a)(1)')?.id).toBe('pc_1');
      expect(lookup.find('PC 2(a)')).toBeUndefined();
      expect(lookup.find('PC 2')?.id).toBe('pc_2');
    });

    it('uses the nearest listed form and stops there', () => {
      const lookup = createOffenseLookup([
        entry('pc_5', 'PC 5'),
        entry('pc_5_a', 'PC 5(a)'),
        entry('pc_5_b_1', 'PC 5(b)(1)'),
      ]);
      expect(lookup.find('PC 5(a)(2)')?.id).toBe('pc_5_a');
      expect(lookup.find('PC 5(b)(1)(A)')?.id).toBe('pc_5_b_1');
      expect(lookup.find('PC 5(b)(2)')).toBeUndefined();
      expect(lookup.find('PC 5(c)')).toBeUndefined();
      expect(lookup.byId.get('pc_5_a')?.code).toBe('PC 5(a)');
    });
  });

  it('indexes every entry by id', () => {
    expect(OFFENSE_BY_ID.get('pc_647_b')?.code).toBe('PC 647(b)');
    expect(OFFENSE_BY_ID.get('nope')).toBeUndefined();
  });
});

describe('normaliseOffenseCode and findOffense on any input', () => {
  const codeLike = fc
    .tuple(
      fc.constantFrom('PC', 'pc', 'HS', 'H&S', 'VC', 'Penal Code', '18 U.S.C.', 'USC 8', 'BP', 'W&I', ''),
      fc.constantFrom(' ', '', '  '),
      fc.stringMatching(/^[0-9]{1,5}(\.[0-9])?[a-dA-D]?(\s?\([a-z0-9]\)){0,3}$/),
    )
    .map(([code, space, section]) => `${code}${space}${section}`);

  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), codeLike), (raw) => {
        const once = normaliseOffenseCode(raw);
        expect(normaliseOffenseCode(once)).toBe(once);
        expect(() => findOffense(raw)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
