import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { QUESTIONS } from '@/machines/questions';

/**
 * Adding a question is one table entry plus its words: this fails when a language lacks the words
 * a page of the question table needs (heading, the short label for Check your answers, options,
 * and the sentence for each condition that decides when it is asked).
 */
const LOCALES = join(process.cwd(), 'locales');
// Every language folder (locales/terms holds the per-language term lists, not a language).
const languages = readdirSync(LOCALES).filter((name) => existsSync(join(LOCALES, name, 'wizard.json')));

type Tree = { readonly [key: string]: Tree | string };
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
/** A key holds one sentence, or `{ self, person }` variants. */
const hasWords = (tree: Tree, key: string) => {
  const value = lookup(tree, key);
  return (
    typeof value === 'string' ||
    (typeof lookup(tree, `${key}.self`) === 'string' && typeof lookup(tree, `${key}.person`) === 'string')
  );
};

describe.each(languages)('words for every page of the question table (%s)', (language) => {
  const wizard = JSON.parse(readFileSync(join(LOCALES, language, 'wizard.json'), 'utf8')) as Tree;
  it.each(QUESTIONS.map((page) => [page.id, page] as const))('%s', (id, page) => {
    const missing: string[] = [];
    const need = (key: string) => (hasWords(wizard, key) ? undefined : missing.push(key));
    need(`steps.${id}.heading`);
    if (page.kind === 'question') {
      need(`steps.${id}.short`);
      for (const option of ('options' in page ? page.options : undefined) ?? [])
        need(`steps.${id}.options.${option.label ?? option.value}`);
      // The interview map describes a control without options in the table in a sentence.
      if (!page.options) need(`map.control.${page.control}`);
    }
    // The interview map says when a page is asked, from the words kept with its condition.
    for (const key of page.applies?.says ?? []) need(`conditions.${key}`);
    expect(missing).toEqual([]);
  });

  it('has no words for a condition the table no longer uses', () => {
    const used = new Set(QUESTIONS.flatMap((page) => page.applies?.says ?? []));
    const leaves = (tree: Tree, prefix: string): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
      );
    expect(leaves(lookup(wizard, 'conditions') as Tree, '').filter((key) => !used.has(key))).toEqual([]);
  });
});
