import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads `locales/` from disk, as the build finds it, so the tests see exactly the files present. */
export const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'locales');
export const TERMS_DIR = join(LOCALES_DIR, 'terms');

export type Tree = { readonly [key: string]: string | Tree };

export function languageDirs(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'terms')
    .map((d) => d.name)
    .sort();
}

export function namespaces(language: string): string[] {
  return readdirSync(join(LOCALES_DIR, language))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function readNamespace(language: string, namespace: string): Tree {
  return JSON.parse(readFileSync(join(LOCALES_DIR, language, `${namespace}.json`), 'utf8')) as Tree;
}

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Every string of a language, keyed "namespace:key.path". */
export function allStrings(language: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of namespaces(language)) {
    for (const [key, text] of flatten(readNamespace(language, ns))) out.set(`${ns}:${key}`, text);
  }
  return out;
}

export interface Term {
  readonly en: readonly string[];
  readonly use: readonly string[];
}

export function readTerms(language: string): Record<string, Term> | undefined {
  const file = join(TERMS_DIR, `${language}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Term>) : undefined;
}
