import { describe, expect, it } from 'vitest';

import en from '../../../locales/en/glossary.json';
import es from '../../../locales/es/glossary.json';
import { GLOSSARY_TERMS, glossaryForms, splitGlossary } from './glossary-match';

const forms = (bundle: typeof en | typeof es) =>
  glossaryForms(Object.fromEntries(GLOSSARY_TERMS.map((term) => [term, bundle[term].matches])));

const marked = (text: string, bundle: typeof en | typeof es = en) =>
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
});
