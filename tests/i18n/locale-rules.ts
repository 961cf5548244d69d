import type { Term } from './locale-files';

/** The checks the locale tests apply, kept apart so they can be tested on small examples. */

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function pluralCategories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/** Keys with plural suffixes folded into their base ("items_one", "items_other" → "items"). */
export function baseKeys(keys: Iterable<string>): string[] {
  return [...new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
}

export function pluralBases(keys: Iterable<string>): Map<string, string[]> {
  const bases = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) continue;
    const base = key.slice(0, -match[0].length);
    bases.set(base, (bases.get(base) ?? new Set()).add(match[1] ?? ''));
  }
  return new Map([...bases].map(([base, set]) => [base, [...set].sort()]));
}

export function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/{{\s*([\w.]+)(?:\s*,[^}]*)?\s*}}/g)].map((m) => m[1] ?? ''))].sort();
}

/** The translation that stands for an English key (a plural key maps to the language's `_other`). */
export function counterpart(translated: Map<string, string>, key: string): string | undefined {
  return translated.get(key) ?? translated.get(`${key.replace(PLURAL_SUFFIX, '')}_other`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive: "court" matches "Court." but not "courtesy". */
export function mentions(text: string, form: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The glossary terms an English string uses that its translation does not render as agreed. */
export function missingTerms(english: string, translated: string, terms: Record<string, Term>): string[] {
  const lower = translated.toLocaleLowerCase();
  english = english.replace(/{{[^}]*}}/g, ' '); // "{{record}}" is a placeholder, not the word
  return Object.entries(terms)
    .filter(([, term]) => term.en.some((form) => mentions(english, form)))
    .filter(([, term]) => !term.use.some((form) => lower.includes(form.toLocaleLowerCase())))
    .map(([name]) => name);
}

/** True when a string has no words to translate: numbers, codes, placeholders, punctuation. */
export function hasNoWords(text: string): boolean {
  return !/\p{L}{2,}/u.test(text.replace(/{{[^}]*}}/g, '').replace(/\b(?:PC|HS|VC|BP|USC|CR|U\.S\.C)\b/g, ''));
}

type Tree = { readonly [key: string]: string | Tree };

/**
 * Problems with `{ self, person }` voice variants in a namespace: a key that has one of them must
 * have both, as sentences and nothing else, with the same {{placeholders}}, so neither reader ever
 * sees a raw key or a missing value.
 */
export function voiceVariantProblems(tree: Tree, prefix = ''): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    // An option may be called "self" (audience: "For myself"); variants are `person`, or `self` alone.
    const keys = Object.keys(value);
    if (!keys.includes('person') && !(keys.length === 1 && keys[0] === 'self')) {
      problems.push(...voiceVariantProblems(value, path));
      continue;
    }
    const { self, person } = value;
    const extra = keys.filter((k) => k !== 'self' && k !== 'person');
    if (typeof self !== 'string' || typeof person !== 'string') problems.push(`${path}: needs both self and person`);
    else if (variables(self).join() !== variables(person).join())
      problems.push(`${path}: {{${variables(self).join()}}} vs {{${variables(person).join()}}}`);
    if (extra.length > 0) problems.push(`${path}: unexpected ${extra.join(', ')}`);
  }
  return problems;
}

/** "you" or "your" speaking to the reader: never in a `person` variant, which is about someone else. */
export function speaksToReader(text: string): boolean {
  return /\b(?:you|your|yours|yourself|yourselves)\b/i.test(text.replace(/{{[^}]*}}/g, ' '));
}
