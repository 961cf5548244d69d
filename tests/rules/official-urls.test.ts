import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { CITATIONS } from '@/rules/citations';

/**
 * Citations link to the official text only: California codes on leginfo.legislature.ca.gov (one URL
 * pattern for every section), federal law on uscode.house.gov, https only. Research sources that
 * are not official belong in docs/law-sources.md. This walks every file in src/rules (code,
 * comments, README) and every citation the engine can give.
 */

const ROOT = join(__dirname, '..', '..', 'src', 'rules');
const OFFICIAL_HOSTS = new Set(['leginfo.legislature.ca.gov', 'uscode.house.gov']);
const CALIFORNIA_SECTION =
  /^https:\/\/leginfo\.legislature\.ca\.gov\/faces\/codes_displaySection\.xhtml\?lawCode=(PEN|VEH)&sectionNum=\d+(\.\d+)?[a-z]?\.$/;
const FEDERAL_SECTION =
  /^https:\/\/uscode\.house\.gov\/view\.xhtml\?req=granuleid:USC-prelim-title\d+-section\d+[A-Z]?&num=0&edition=prelim$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Anything shaped like a web address, with or without a scheme (`www.x.org`, `x.com/page`). */
const ADDRESS =
  /\b(?:https?:\/\/|www\.)[^\s'"`)<>\]]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|us|app)\/[^\s'"`)<>\]]*/gi;

describe('official citation URLs', () => {
  const found = filesUnder(ROOT).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(ADDRESS)].map((m) => ({ file: relative(ROOT, file), url: m[0] })),
  );

  it('finds the citation table (the walk itself works)', () => {
    expect(found.some((f) => f.file === 'citations.ts')).toBe(true);
  });

  it.each(filesUnder(ROOT).map((f) => relative(ROOT, f)))('%s links only to official hosts, over https', (file) => {
    const bad = found
      .filter((f) => f.file === file)
      .filter((f) => {
        if (!f.url.startsWith('https://')) return true;
        return !OFFICIAL_HOSTS.has(new URL(f.url.replace(/\$\{[^}]*\}/g, 'x')).host);
      });
    expect(bad.map((b) => b.url)).toEqual([]);
  });

  it.each(Object.entries(CITATIONS))('%s follows the one URL pattern for its code', (_, citation) => {
    const pattern = citation.url.startsWith('https://uscode.house.gov/') ? FEDERAL_SECTION : CALIFORNIA_SECTION;
    expect(citation.url).toMatch(pattern);
  });

  it('names the same section in the URL as in the citation', () => {
    for (const citation of Object.values(CITATIONS)) {
      const section = /sectionNum=([\d.a-z]+)\.$|section(\d+[A-Z]?)&/.exec(citation.url);
      const number = section?.[1] ?? section?.[2];
      expect(citation.section, citation.url).toContain(number);
    }
  });
});
