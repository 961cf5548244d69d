import { describe, expect, it } from 'vitest';

import { PSEUDO_GROWTH, pseudoLocalize, pseudoLocalizeTree } from './pseudo';

describe('the pseudo-locale', () => {
  it('accents every letter and makes text about 40% longer', () => {
    const text = 'Check if you can clear a record';
    const pseudo = pseudoLocalize(text);
    expect(pseudo).not.toMatch(/[a-zA-Z]/);
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.round(text.length * (1 + PSEUDO_GROWTH)));
    expect(pseudo.length).toBeLessThanOrEqual(Math.round(text.length * (1 + PSEUDO_GROWTH)) + 2);
  });

  it('keeps placeholders, nesting, tags and web addresses intact', () => {
    const pseudo = pseudoLocalize('Call {{number}} or see https://www.lawhelpca.org, $t(common:back) <1>here</1>');
    for (const kept of ['{{number}}', 'https://www.lawhelpca.org,', '$t(common:back)', '<1>', '</1>'])
      expect(pseudo).toContain(kept);
  });

  it('leaves numbers alone and works through nested bundles', () => {
    expect(pseudoLocalize('911')).toBe('911');
    expect(pseudoLocalizeTree({ a: { b: 'Yes' } }).a.b).toMatch(/^Ýéš /);
  });
});
