import { describe, expect, it } from 'vitest';
import { NAMESPACES, SUPPORTED_LANGUAGES, resources } from '@/i18n/config';

/**
 * Every language must say everything English says, no more and no less: a missing Spanish string
 * would show English to a person who chose Spanish, and an extra one is a string nobody reviews.
 */

type Tree = { readonly [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function variables(text: string): string[] {
  return [...text.matchAll(/{{\s*([\w.]+)(?:\s*,[^}]*)?\s*}}/g)].map((m) => m[1] ?? '').sort();
}

/** Plural keys are compared by their base; each base must have exactly the language's categories. */
function pluralBases(keys: Iterable<string>): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) continue;
    const base = key.slice(0, -match[0].length);
    const set = bases.get(base) ?? new Set<string>();
    set.add(match[1] ?? '');
    bases.set(base, set);
  }
  return bases;
}

const reference = 'en';

describe.each(NAMESPACES)('locales/%s.json', (ns) => {
  const flat = Object.fromEntries(
    SUPPORTED_LANGUAGES.map((lng) => [lng, flatten(resources[lng][ns] as unknown as Tree)]),
  ) as Record<(typeof SUPPORTED_LANGUAGES)[number], Map<string, string>>;

  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== reference))('%s has exactly the English keys', (lng) => {
    const strip = (keys: Iterable<string>) => [...new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
    expect(strip(flat[lng].keys())).toEqual(strip(flat[reference].keys()));
  });

  it.each(SUPPORTED_LANGUAGES)('%s has no empty strings', (lng) => {
    const empty = [...flat[lng]].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s has the plural forms its language needs', (lng) => {
    const needed = [...new Intl.PluralRules(lng).resolvedOptions().pluralCategories].sort();
    for (const [base, categories] of pluralBases(flat[lng].keys())) {
      expect({ base, categories: [...categories].sort() }).toEqual({ base, categories: needed });
    }
  });

  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== reference))('%s uses the same {{variables}} as English', (lng) => {
    const mismatches: string[] = [];
    for (const [key, english] of flat[reference]) {
      const base = key.replace(PLURAL_SUFFIX, '');
      const translated = flat[lng].get(key) ?? flat[lng].get(`${base}_other`);
      if (translated === undefined) continue; // reported by the key test
      const want = new Set(variables(english));
      const have = new Set(variables(translated));
      // `count` may be implicit in a plural form (e.g. "one item"), so it is not required verbatim.
      want.delete('count');
      have.delete('count');
      if ([...want].sort().join() !== [...have].sort().join()) mismatches.push(`${key}: ${[...want].join()} vs ${[...have].join()}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('locale checker', () => {
  it('finds variables, plural bases and nested keys', () => {
    expect(variables('Hi {{name}}, {{ count }} left')).toEqual(['count', 'name']);
    expect([...pluralBases(['a.b_one', 'a.b_other', 'c'])]).toEqual([['a.b', new Set(['one', 'other'])]]);
    expect([...flatten({ a: { b: 'x' }, c: 'y' }).keys()]).toEqual(['a.b', 'c']);
  });
});
