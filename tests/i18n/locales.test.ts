import { describe, expect, it } from 'vitest';

import { AVAILABLE_LANGUAGES, NAMESPACES } from '@/i18n/config';
import { LANGUAGES, SOURCE_LANGUAGE } from '@/i18n/languages';

import { allStrings, flatten, languageDirs, namespaces, readNamespace, readTerms } from './locale-files';
import {
  baseKeys,
  counterpart,
  hasNoWords,
  missingTerms,
  pluralBases,
  pluralCategories,
  speaksToReader,
  variables,
  voiceVariantProblems,
} from './locale-rules';
import { SAME_IN, SAME_IN_EVERY_LANGUAGE } from './same-as-english';
import { TERM_EXCEPTIONS } from './term-exceptions';

/**
 * Every language in `locales/` must say everything English says, no more and no less, in the
 * agreed legal words: a missing string would show a raw key to a person who chose that language,
 * an extra one is a string nobody reviews, and a legal term translated two ways reads as two things.
 */

const present = languageDirs();
const translations = present.filter((l) => l !== SOURCE_LANGUAGE);
const english = allStrings(SOURCE_LANGUAGE);

describe('the language registry', () => {
  it('registers every language that has files in locales/, once', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const lng of present) expect(codes, `locales/${lng}/ has no registry entry`).toContain(lng);
  });

  it('offers exactly the registered languages whose files are all present', () => {
    expect([...AVAILABLE_LANGUAGES].sort()).toEqual(
      LANGUAGES.map((l) => l.code)
        .filter((c) => present.includes(c))
        .sort(),
    );
    expect(NAMESPACES).toEqual(namespaces(SOURCE_LANGUAGE));
  });

  it('names each language in itself and marks only English as reviewed', () => {
    for (const l of LANGUAGES) expect(l.name.trim()).not.toBe('');
    expect(LANGUAGES.find((l) => l.code === SOURCE_LANGUAGE)?.reviewed).toBe(true);
  });
});

describe.each(translations)('locales/%s', (lng) => {
  const translated = allStrings(lng);

  it('has every namespace file English has (an incomplete language must not ship)', () => {
    expect(namespaces(lng)).toEqual(namespaces(SOURCE_LANGUAGE));
  });

  it.each(namespaces(SOURCE_LANGUAGE))('%s has exactly the English keys, plural forms folded', (ns) => {
    const own = flatten(readNamespace(lng, ns));
    expect(baseKeys(own.keys())).toEqual(baseKeys(flatten(readNamespace(SOURCE_LANGUAGE, ns)).keys()));
  });

  it('has exactly the plural forms Intl.PluralRules gives the language', () => {
    const needed = pluralCategories(lng);
    const wrong = [...pluralBases(translated.keys())].filter(([, have]) => have.join() !== needed.join());
    expect(wrong.map(([base, have]) => `${base}: ${have.join()} (needs ${needed.join()})`)).toEqual([]);
    // English plural keys must have a counterpart too, even where the language has one form only.
    const missing = [...pluralBases(english.keys()).keys()].filter((base) => !pluralBases(translated.keys()).has(base));
    expect(missing).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...translated].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('uses the same {{placeholders}} as English', () => {
    const mismatches: string[] = [];
    for (const [key, source] of english) {
      const text = counterpart(translated, key);
      if (text === undefined) continue; // reported by the key test
      // `count` may be implicit in a plural form (e.g. "one item"), so it is not required verbatim.
      const want = variables(source).filter((v) => v !== 'count');
      const have = variables(text).filter((v) => v !== 'count');
      if (want.join() !== have.join()) mismatches.push(`${key}: ${want.join()} vs ${have.join()}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('leaves no string identical to English, except names and codes', () => {
    const allowed = new Set([...SAME_IN_EVERY_LANGUAGE, ...(SAME_IN[lng] ?? [])]);
    const same = [...english]
      .filter(([key, source]) => counterpart(translated, key) === source && !allowed.has(source) && !hasNoWords(source))
      .map(([key, source]) => `${key}: ${source}`);
    expect(same).toEqual([]);
  });

  it('renders every glossary term as locales/terms says', () => {
    const terms = readTerms(lng);
    expect(terms, `locales/terms/${lng}.json is missing`).toBeDefined();
    const misses: string[] = [];
    for (const [key, source] of english) {
      const text = counterpart(translated, key);
      if (text === undefined || !terms) continue;
      for (const term of missingTerms(source, text, terms)) {
        if (!TERM_EXCEPTIONS[key]?.includes(term)) misses.push(`${key} (${term}): ${text}`);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('the two voices', () => {
  // Results and questions speak to a survivor ("you") or, for an intake worker or a student, about
  // the person; a key with one voice must have the other in every language.
  it.each(present)('locales/%s: every { self, person } key has both, with the same placeholders', (lng) => {
    const problems = namespaces(lng).flatMap((ns) =>
      voiceVariantProblems(readNamespace(lng, ns)).map((p) => `${ns}:${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('never says "you" or "your" in English words about the person', () => {
    const person = [...english].filter(([key]) => key.endsWith('.person'));
    expect(person.length).toBeGreaterThan(100);
    expect(person.filter(([, text]) => speaksToReader(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});

describe('English plural forms', () => {
  it('has exactly the categories English needs', () => {
    const needed = pluralCategories(SOURCE_LANGUAGE);
    for (const [base, have] of pluralBases(english.keys())) expect({ base, have }).toEqual({ base, have: needed });
  });
});

describe('the glossary files', () => {
  it.each(translations)('locales/terms/%s.json lists English forms and the words to use', (lng) => {
    for (const [name, term] of Object.entries(readTerms(lng) ?? {})) {
      expect(term.en.length, name).toBeGreaterThan(0);
      expect(term.use.length, name).toBeGreaterThan(0);
    }
  });
});
