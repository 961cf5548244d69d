import { describe, expect, it } from 'vitest';

import { allOf, when } from './conditions';
import { QUESTIONS } from './questions';

describe('conditions', () => {
  const adult = when('adult', (_person, record) => record.age === 'adult');
  const helper = when('helper', (person) => person.audience === 'helper');

  it('holds when every part holds, and lists every part’s words in order', () => {
    const both = allOf(helper, adult);
    expect(both.says).toEqual(['helper', 'adult']);
    expect(both.holds({ audience: 'helper' }, { age: 'adult' })).toBe(true);
    expect(both.holds({ audience: 'helper' }, { age: 'minor' })).toBe(false);
    expect(both.holds({ audience: 'self' }, { age: 'adult' })).toBe(false);
  });

  it('gives every conditional page of the question table words, each said once', () => {
    for (const page of QUESTIONS) {
      const says = page.applies?.says ?? [];
      expect(new Set(says).size, page.id).toBe(says.length);
      if (page.applies) expect(says.length, page.id).toBeGreaterThan(0);
    }
  });
});
