import { afterEach, describe, expect, it, vi } from 'vitest';

import { i18n } from '@/i18n/config';

import type * as OffenseMatcherModule from './offense-matcher';
import { createOffenseMatcher } from './offense-matcher';
import { offenseMatcher, prepareOffenseSearch } from './offense-matcher-cache';

// Counts how often the search index is built.
vi.mock('./offense-matcher', async (original) => {
  const real = await original<typeof OffenseMatcherModule>();
  return { ...real, createOffenseMatcher: vi.fn(real.createOffenseMatcher) };
});
const builds = () => vi.mocked(createOffenseMatcher).mock.calls.length;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the offense search, kept', () => {
  it('is built ahead in idle time, for the current language, and then only looked up', () => {
    let idle: (() => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (run: () => void) => ((idle = run), 1));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    prepareOffenseSearch();
    expect(builds()).toBe(0);
    idle?.();
    expect(builds()).toBe(1);
    const english = offenseMatcher('en');
    expect(offenseMatcher('en')).toBe(english);
    expect(builds()).toBe(1);
    expect(english('petty theft').entries.map((e) => e.code)).toContain('PC 488');
  });

  it('is built again when another language’s names arrive, to find by those words too', async () => {
    const english = offenseMatcher('en');
    expect(english('hurto menor').entries.map((e) => e.code)).not.toContain('PC 488');
    await i18n.changeLanguage('es');
    const spanish = offenseMatcher('es');
    expect(spanish).not.toBe(english);
    const bilingual = offenseMatcher('en');
    expect(bilingual).not.toBe(english);
    expect(bilingual('hurto menor').entries.map((e) => e.code)).toContain('PC 488');
    await i18n.changeLanguage('en');
  });

  it('still finds by the words of any language used before a switch, not only English and Spanish', async () => {
    await i18n.changeLanguage('vi');
    await i18n.changeLanguage('en');
    expect(offenseMatcher('en')('ăn cắp vặt').entries.map((e) => e.code)).toContain('PC 488');
  });
});
