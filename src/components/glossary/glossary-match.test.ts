import { describe, expect, it } from 'vitest';

import en from '../../../locales/en/glossary.json';
import es from '../../../locales/es/glossary.json';
import zhHant from '../../../locales/zh-Hant/glossary.json';
import { GLOSSARY_TERMS, glossaryForms, splitGlossary } from './glossary-match';

type Bundle = Record<(typeof GLOSSARY_TERMS)[number], { matches: string }>;
const BUNDLES: Record<string, Bundle> = { en, es, 'zh-Hant': zhHant };
const languageOf = (bundle: Bundle) => Object.keys(BUNDLES).find((code) => BUNDLES[code] === bundle);

const forms = (bundle: Bundle) =>
  glossaryForms(Object.fromEntries(GLOSSARY_TERMS.map((term) => [term, bundle[term].matches])), languageOf(bundle));

const marked = (text: string, bundle: Bundle = en) =>
  splitGlossary(text, forms(bundle))
    .filter((s) => s.term)
    .map((s) => `${s.term}:${s.text}`);

describe('splitGlossary', () => {
  it('marks each glossary word in a sentence, any case, and keeps the text whole', () => {
    const text = 'A Felony is more serious than a misdemeanor.';
    const segments = splitGlossary(text, forms(en));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(marked(text)).toEqual(['felony:Felony', 'misdemeanor:misdemeanor']);
  });

  it('finds every term of the glossary in its own words', () => {
    for (const term of GLOSSARY_TERMS) {
      expect(marked(`About the ${en[term].matches.split(',')[0]!.trim()} here.`)).toEqual([
        `${term}:${en[term].matches.split(',')[0]!.trim()}`,
      ]);
    }
  });

  it('matches whole words only, and plural forms', () => {
    expect(marked('felonyish words')).toEqual([]);
    expect(marked('Some felonies')).toEqual(['felony:felonies']);
  });

  it('marks only the first use of a term, across texts that share what was seen', () => {
    const seen = new Set<(typeof GLOSSARY_TERMS)[number]>();
    const first = splitGlossary('A petition, then another petition.', forms(en), seen);
    expect(first.filter((s) => s.term)).toHaveLength(1);
    expect(
      splitGlossary('The petition goes to the prosecutor.', forms(en), seen)
        .filter((s) => s.term)
        .map((s) => s.term),
    ).toEqual(['prosecutor']);
  });

  it('prefers the longest form in Spanish', () => {
    expect(marked('Un delito grave es más serio.', es)).toEqual(['felony:delito grave']);
    expect(marked('Los delitos menores y el fiscal.', es)).toEqual([
      'misdemeanor:delitos menores',
      'prosecutor:fiscal',
    ]);
  });

  describe('in Chinese, which has no spaces between words', () => {
    it('finds a term inside a sentence', () => {
      expect(marked('如果這是重罪，檢察官可能會反對。', zhHant)).toEqual(['felony:重罪', 'prosecutor:檢察官']);
      expect(marked('法院可以撤銷這個定罪。', zhHant)).toEqual(['vacate:撤銷', 'conviction:定罪']);
    });

    it('does not mark letters that only look like a term across two words', () => {
      // 嚴重 (serious) + 罪行 (crime): "重罪" (felony) is not a word here.
      expect(marked('它被列為嚴重罪行。', zhHant)).toEqual([]);
    });

    it('still finds terms where the browser has no word breaker', () => {
      const plain = { ...forms(zhHant), words: undefined };
      const found = splitGlossary('如果這是重罪。', plain).filter((s) => s.term);
      expect(found.map((s) => s.text)).toEqual(['重罪']);
    });
  });
});
