import { describe, expect, it } from 'vitest';

import { LANGUAGES, pickLanguage } from './languages';

const all = LANGUAGES.map((l) => l.code);

describe('the first page’s language', () => {
  it('follows the browser’s first language we have', () => {
    expect(pickLanguage(['es-MX', 'en-US'], all)).toBe('es');
    expect(pickLanguage(['fr-FR', 'ko-KR', 'en'], all)).toBe('ko');
    expect(pickLanguage(['vi'], all)).toBe('vi');
  });

  it('sends Traditional Chinese readers to zh-Hant, but not Simplified Chinese readers', () => {
    expect(pickLanguage(['zh-TW'], all)).toBe('zh-Hant');
    expect(pickLanguage(['zh-Hant-HK'], all)).toBe('zh-Hant');
    expect(pickLanguage(['zh-CN', 'en'], all)).toBe('en');
  });

  it('prefers an exact tag over a base language', () => {
    expect(pickLanguage(['en-XA'], ['en', 'en-XA'])).toBe('en-XA');
    expect(pickLanguage(['en-GB'], ['en', 'en-XA'])).toBe('en');
  });

  it('takes Filipino as Tagalog', () => {
    expect(pickLanguage(['fil-PH'], all)).toBe('tl');
  });

  it('uses English when nothing matches or a language is not offered yet', () => {
    expect(pickLanguage(['de-DE'], all)).toBe('en');
    expect(pickLanguage([], all)).toBe('en');
    expect(pickLanguage(['ko'], ['en', 'es'])).toBe('en');
  });
});
