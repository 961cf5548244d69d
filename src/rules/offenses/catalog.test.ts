import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import en from '../../../locales/en/offenses.json';
import es from '../../../locales/es/offenses.json';
import { OFFENSE_CODE_PATTERN } from '../facts';
import { OFFENSE_CATALOG } from './catalog';
import { findOffense, normaliseOffenseCode, OFFENSE_BY_ID } from './lookup';
import type { OffenseEntry } from './types';

/** The reviewers' notes on each entry: documentation, so kept out of the page's code. */
const REVIEWER_NOTES = readFileSync(join(process.cwd(), 'docs', 'offense-notes.md'), 'utf8');

type Names = Readonly<Record<string, { name: string; searchWords: string }>>;
const LOCALES: Readonly<Record<'en' | 'es', Names>> = { en, es };

const codesOf = (entry: OffenseEntry): string[] => [entry.code, ...(entry.aliases ?? [])];
const isFederal = (entry: OffenseEntry): boolean => entry.flags.federal === true;
const byCode = (code: string): OffenseEntry => {
  const entry = OFFENSE_CATALOG.find((e) => e.code === code);
  if (!entry) throw new Error(`no catalog entry with code ${code}`);
  return entry;
};

describe('offense catalog: shape', () => {
  it('has unique, snake-case ids', () => {
    const ids = OFFENSE_CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^(pc|hs|vc|bp|wi|usc)_[a-z0-9_]+$/.test(id))).toEqual([]);
    expect(OFFENSE_BY_ID.size).toBe(ids.length);
  });

  it('has unique codes and aliases, even after normalising', () => {
    const all = OFFENSE_CATALOG.flatMap(codesOf).map(normaliseOffenseCode);
    const duplicates = all.filter((code, i) => all.indexOf(code) !== i);
    expect(duplicates).toEqual([]);
  });

  it('writes every code and alias in canonical form, accepted by the facts schema', () => {
    const notCanonical = OFFENSE_CATALOG.flatMap(codesOf).filter((code) => normaliseOffenseCode(code) !== code);
    expect(notCanonical).toEqual([]);
    expect(OFFENSE_CATALOG.flatMap(codesOf).filter((code) => !OFFENSE_CODE_PATTERN.test(code))).toEqual([]);
  });

  it('finds every entry by its own code and aliases', () => {
    const misses = OFFENSE_CATALOG.flatMap((entry) =>
      codesOf(entry).filter((code) => findOffense(code)?.id !== entry.id),
    );
    expect(misses).toEqual([]);
  });

  it('gives every entry exactly one reviewer note in docs/offense-notes.md, in catalog order', () => {
    const notes = [...REVIEWER_NOTES.matchAll(/^- `([a-z0-9_]+)` \((.+?)\): (.*)$/gm)].map(
      ([, id, code, note = '']) => ({
        id,
        code,
        note: note.trim(),
      }),
    );
    expect(notes.map((n) => n.id)).toEqual(OFFENSE_CATALOG.map((e) => e.id));
    expect(notes.map((n) => n.code)).toEqual(OFFENSE_CATALOG.map((e) => e.code));
    expect(notes.filter((n) => n.note.length < 10).map((n) => n.id)).toEqual([]);
  });
});

describe('offense catalog: names in every language', () => {
  it.each(['en', 'es'] as const)('%s has a name and search words for exactly the catalog ids', (lng) => {
    const names = LOCALES[lng];
    expect(Object.keys(names).sort()).toEqual(OFFENSE_CATALOG.map((e) => e.id).sort());
    const empty = Object.entries(names).filter(([, v]) => v.name.trim() === '' || v.searchWords.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(['en', 'es'] as const)('%s search words include the section number people type', (lng) => {
    const missing = OFFENSE_CATALOG.filter((entry) => {
      const section = /(\d+(?:\.\d+)?[a-z]?)/i.exec(entry.code.replace(/^USC \d+ /, ''))?.[1] ?? '';
      return !LOCALES[lng][entry.id]?.searchWords.toLowerCase().includes(section.toLowerCase());
    });
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('uses different Spanish and English names (nothing left untranslated)', () => {
    const same = OFFENSE_CATALOG.filter((e) => en[e.id as keyof typeof en].name === es[e.id as keyof typeof es].name);
    expect(same.map((e) => e.id)).toEqual([]);
  });
});

describe('offense catalog: PC 667.5(c) (docs/law-sources.md)', () => {
  const items = Array.from({ length: 23 }, (_, i) => `(c)(${i + 1})`);

  it('covers every item except (c)(8), which is an enhancement the engine asks about', () => {
    const covered = new Set(OFFENSE_CATALOG.map((e) => e.violentItem).filter((x) => x !== undefined));
    expect([...covered].sort()).toEqual(items.filter((item) => item !== '(c)(8)').sort());
  });

  it('gives every yes/depends entry a list item, and no list item to the others', () => {
    const bad = OFFENSE_CATALOG.filter((e) =>
      e.violent === 'no' ? e.violentItem !== undefined : !items.includes(e.violentItem ?? ''),
    );
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('marks every entry for the UNCERTAIN items (c)(20), (c)(22) and (c)(23) as uncertain', () => {
    const uncertainItems = OFFENSE_CATALOG.filter((e) =>
      ['(c)(20)', '(c)(22)', '(c)(23)'].includes(e.violentItem ?? ''),
    );
    expect(uncertainItems.length).toBeGreaterThanOrEqual(3);
    expect(uncertainItems.filter((e) => e.violentUncertain !== true).map((e) => e.id)).toEqual([]);
  });

  it('keeps every misdemeanor-only and infraction offense nonviolent (docs/law-sources.md)', () => {
    const bad = OFFENSE_CATALOG.filter(
      (e) => (e.level === 'misdemeanor' || e.level === 'infraction') && e.violent !== 'no',
    );
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('has at least 80 nonviolent California offenses', () => {
    expect(OFFENSE_CATALOG.filter((e) => e.violent === 'no' && !isFederal(e)).length).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['PC 187', 'yes', '(c)(1)'],
    ['PC 192(a)', 'yes', '(c)(1)'],
    ['PC 211', 'yes', '(c)(9)'],
    ['PC 212.5', 'yes', '(c)(9)'],
    ['PC 664/187', 'yes', '(c)(12)'],
    ['PC 215(a)', 'yes', '(c)(17)'],
    ['PC 451(a)', 'yes', '(c)(10)'],
    ['PC 451(b)', 'yes', '(c)(10)'],
    ['PC 287(d)', 'yes', '(c)(5)'],
    ['PC 518', 'depends', '(c)(19)'],
    ['PC 136.1', 'depends', '(c)(20)'],
    ['PC 460(a)', 'depends', '(c)(21)'],
    ['PC 459', 'depends', '(c)(21)'],
    ['PC 11418(b)', 'yes', '(c)(23)'],
  ] as const)('%s is %s under %s', (code, violent, item) => {
    expect(byCode(code)).toMatchObject({ violent, violentItem: item });
  });

  it.each([
    'PC 451(c)',
    'PC 451(d)',
    'PC 245(a)(1)',
    'PC 273.5',
    'PC 460(b)',
    'PC 266h',
    'PC 266i',
    'PC 422',
    'PC 192(b)',
    'PC 236.1(a)',
    'PC 236.1(b)',
    'PC 69',
    'VC 23153',
  ])('%s is not violent by itself', (code) => {
    expect(byCode(code).violent).toBe('no');
  });

  it('marks serious-but-not-violent felonies (docs/law-sources.md)', () => {
    expect(byCode('PC 245(a)(1)').flags.serious11927).toBe(true);
    expect(byCode('PC 422').flags.serious11927).toBe(true);
    expect(byCode('PC 484').flags.serious11927).toBeUndefined();
  });

  it('flags attempts other than attempted murder for review and keeps them nonviolent (docs/law-sources.md)', () => {
    const attempts = OFFENSE_CATALOG.filter((e) => e.code.startsWith('PC 664/'));
    expect(attempts.map((e) => e.code)).toContain('PC 664/211');
    for (const entry of attempts) {
      if (entry.code === 'PC 664/187') expect(entry.flags.attempt).toBeUndefined();
      else expect(entry).toMatchObject({ violent: 'no', flags: { attempt: true } });
    }
    expect(OFFENSE_CATALOG.filter((e) => e.flags.attempt && !e.code.startsWith('PC 664/'))).toEqual([]);
  });

  it('requires registration for the listed sex offenses', () => {
    const sexItems = ['(c)(3)', '(c)(4)', '(c)(5)', '(c)(6)', '(c)(11)', '(c)(16)', '(c)(18)'];
    const bad = OFFENSE_CATALOG.filter(
      (e) =>
        (sexItems.includes(e.violentItem ?? '') || e.category === 'sex_offense') && e.flags.registration290 !== true,
    );
    expect(bad.map((e) => e.id)).toEqual([]);
    expect(byCode('PC 647(b)').flags.registration290).toBeUndefined();
  });
});

describe('offense catalog: relief flags (docs/law-sources.md)', () => {
  it('flags only PC 647(b) for PC 1203.49 and only PC 653.22 for PC 653.29', () => {
    expect(OFFENSE_CATALOG.filter((e) => e.flags.prostitution647b).map((e) => e.code)).toEqual(['PC 647(b)']);
    expect(OFFENSE_CATALOG.filter((e) => e.flags.loitering65322).map((e) => e.code)).toEqual(['PC 653.22']);
  });

  it("keeps sex_work to the person's own selling of sex (a minor's sex_work record is trafficking)", () => {
    const sexWork = OFFENSE_CATALOG.filter((e) => e.category === 'sex_work').map((e) => e.code);
    expect(sexWork.sort()).toEqual(['PC 315', 'PC 647(b)', 'PC 647f', 'PC 653.22']);
  });

  it('flags the Prop 47 offenses and not the others', () => {
    const prop47 = new Set(OFFENSE_CATALOG.filter((e) => e.flags.prop47).map((e) => e.code));
    for (const code of [
      'HS 11350',
      'HS 11377',
      'HS 11357(a)',
      'PC 459.5',
      'PC 490.2',
      'PC 496',
      'PC 473',
      'PC 476a',
      'PC 666',
    ]) {
      expect(prop47).toContain(code);
    }
    for (const code of ['HS 11351', 'HS 11378', 'HS 11357', 'PC 530.5', 'PC 211', 'PC 647(b)']) {
      expect(prop47).not.toContain(code);
    }
  });
});

describe('offense catalog: federal offenses (docs/law-sources.md)', () => {
  it('marks exactly the USC codes as federal', () => {
    const bad = OFFENSE_CATALOG.filter((e) => isFederal(e) !== codesOf(e).every((code) => code.startsWith('USC ')));
    expect(bad.map((e) => e.id)).toEqual([]);
    expect(OFFENSE_CATALOG.filter((e) => codesOf(e).some((code) => code.startsWith('USC ')) && !isFederal(e))).toEqual(
      [],
    );
  });

  it('states the crime-of-violence level for every federal entry, and for no other', () => {
    expect(OFFENSE_CATALOG.filter((e) => isFederal(e) && e.flags.federalCrimeOfViolence === undefined)).toEqual([]);
    expect(OFFENSE_CATALOG.filter((e) => !isFederal(e) && e.flags.federalCrimeOfViolence !== undefined)).toEqual([]);
    expect(OFFENSE_CATALOG.filter((e) => isFederal(e) && e.violent !== 'no')).toEqual([]);
  });

  it('has the offenses of the test fact patterns and the clear crimes of violence', () => {
    expect(byCode('USC 18 1028').flags.federalCrimeOfViolence).toBe(false);
    expect(byCode('USC 21 846').flags.federalCrimeOfViolence).toBe(false);
    expect(byCode('USC 18 1951').flags.federalCrimeOfViolence).toBe(true);
    expect(byCode('USC 18 2113').flags.federalCrimeOfViolence).toBe(true);
    expect(byCode('USC 18 1591')).toMatchObject({ violentUncertain: true, flags: { federalCrimeOfViolence: true } });
  });
});
