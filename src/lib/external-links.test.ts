import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { HELP_LINES } from './help-lines';

/**
 * Every web address the app can show or link to is https: a plain http link could be read or changed
 * on the way, and would tell anyone on the network which page the person opened.
 * Scans the source (not tests) and the words in locales/ for address literals.
 */
function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, keep);
    return keep(name) ? [path] : [];
  });
}

const shipped = [
  ...files('src', (n) => /\.(ts|tsx)$/.test(n) && !/\.test\.tsx?$/.test(n)).filter(
    (p) => !p.includes(join('src', 'testing')),
  ),
  ...files('locales', (n) => n.endsWith('.json')),
];

/** Address literals in code or JSON strings, not in comments. */
function addresses(text: string): string[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...withoutComments.matchAll(/["'`](https?:\/\/[^"'`\s]+)/g)].map((m) => m[1] ?? '');
}

describe('external links', () => {
  it('scans the shipped source and words', () => {
    expect(shipped.length).toBeGreaterThan(20);
    // The scan finds the help lines' sites, the court finder and the statute link patterns.
    expect(shipped.flatMap((p) => addresses(readFileSync(p, 'utf8'))).length).toBeGreaterThan(5);
  });

  it('are all https', () => {
    const plain = shipped.flatMap((p) =>
      addresses(readFileSync(p, 'utf8'))
        .filter((a) => !a.startsWith('https://'))
        .map((a) => `${p}: ${a}`),
    );
    expect(plain).toEqual([]);
  });

  it('help lines link to their own https sites', () => {
    for (const line of HELP_LINES) if (line.web) expect(line.web).toMatch(/^https:\/\/[a-z0-9.-]+\.(org|gov)(\/|$)/);
  });
});
