import { describe, expect, it } from 'vitest';

import { flatten } from './locale-files';
import {
  baseKeys,
  counterpart,
  hasNoWords,
  mentions,
  missingTerms,
  pluralBases,
  pluralCategories,
  speaksToReader,
  variables,
  voiceVariantProblems,
} from './locale-rules';

describe('locale checks', () => {
  it('finds variables, plural bases and nested keys', () => {
    expect(variables('Hi {{name}}, {{ count }} left, {{name}}')).toEqual(['count', 'name']);
    expect([...pluralBases(['a.b_one', 'a.b_other', 'c'])]).toEqual([['a.b', ['one', 'other']]]);
    expect(baseKeys(['a_one', 'a_other', 'b'])).toEqual(['a', 'b']);
    expect([...flatten({ a: { b: 'x' }, c: 'y' }).keys()]).toEqual(['a.b', 'c']);
  });

  it('knows each language’s plural categories', () => {
    expect(pluralCategories('ko')).toEqual(['other']);
    expect(pluralCategories('zh-Hant')).toEqual(['other']);
    expect(pluralCategories('vi')).toEqual(['other']);
    expect(pluralCategories('tl')).toEqual(['one', 'other']);
    expect(pluralCategories('es')).toEqual(['many', 'one', 'other']);
  });

  it('maps a plural English key to the language’s _other form', () => {
    expect(counterpart(new Map([['n_other', '{{count}}개']]), 'n_one')).toBe('{{count}}개');
  });

  it('matches glossary forms as whole words, case-insensitively', () => {
    expect(mentions('The Court said', 'court')).toBe(true);
    expect(mentions('a courtesy call', 'court')).toBe(false);
    expect(mentions('intimate partner violence.', 'partner violence')).toBe(true);
  });

  it('reports a term the translation does not render as agreed', () => {
    const terms = { court: { en: ['court'], use: ['tribunal', 'corte'] } };
    expect(missingTerms('Ask the court', 'Pregunte al tribunal', terms)).toEqual([]);
    expect(missingTerms('Ask the court', 'Pregunte al juez', terms)).toEqual(['court']);
    expect(missingTerms('Ask a friend', 'Pregunte a alguien', terms)).toEqual([]);
    expect(missingTerms('Remove {{court}}?', '¿Quitar {{court}}?', terms)).toEqual([]);
  });

  it('treats codes and numbers as having no words', () => {
    expect(hasNoWords('PC 236.14')).toBe(true);
    expect(hasNoWords('{{count}}')).toBe(true);
    expect(hasNoWords('No')).toBe(false);
  });

  it('requires both voices, as sentences with the same placeholders, wherever one is given', () => {
    expect(voiceVariantProblems({ a: { self: 'You {{n}}', person: 'They {{n}}' }, b: 'x', c: { d: 'y' } })).toEqual([]);
    expect(voiceVariantProblems({ a: { self: 'You' } })).toEqual(['a: needs both self and person']);
    expect(voiceVariantProblems({ c: { a: { person: 'They', self: { x: 'y' } } } })).toEqual([
      'c.a: needs both self and person',
    ]);
    expect(voiceVariantProblems({ a: { self: '{{n}} you', person: 'they' } })).toEqual(['a: {{n}} vs {{}}']);
    expect(voiceVariantProblems({ a: { self: 'You', person: 'They', other: 'x' } })).toEqual(['a: unexpected other']);
    // An option whose value is "self" is not a variant.
    expect(voiceVariantProblems({ options: { self: 'For myself', helper: 'For someone' } })).toEqual([]);
  });

  it('finds a second-person "you" or "your", not words that only contain it', () => {
    expect(speaksToReader('Your safety comes first.')).toBe(true);
    expect(speaksToReader('They can ask once you are out.')).toBe(true);
    expect(speaksToReader('The person’s safety comes first. Young people too.')).toBe(false);
    expect(speaksToReader('Record {{your}} only')).toBe(false);
  });
});
