import { OFFENSE_CATALOG } from './catalog';
import type { OffenseEntry } from './types';

/**
 * Offense-code lookup for the rules engine. Pure: no I/O, no words, no clock.
 *
 * Canonical form (docs/case-format.md): `<CODE> <section>` with CODE one of PC, HS, VC, BP, WI,
 * USC; federal codes are `USC <title> <section>` (`USC 18 1028`). Subdivisions are written in
 * parentheses with the usual California/federal case: `(a)` subdivision, `(1)` paragraph, `(A)`
 * subparagraph (a letter right after a number is upper case, any other letter lower case).
 * Attempts are written with a slash: `PC 664/211`.
 */

export type CodeName = 'PC' | 'HS' | 'VC' | 'BP' | 'WI' | 'USC';

/** Ways people write the California code names, tried at the start (or the end) of the text. */
const STATE_CODE_PATTERNS: readonly (readonly [CodeName, string])[] = [
  ['HS', String.raw`HEALTH\s*(?:AND|&)\s*SAF(?:ETY|\.)?(?:\s*CODE)?|H\s*&\s*S(?:\s*C)?|H\.\s*S\.(?:\s*C\.)?|HSC|HS`],
  [
    'BP',
    String.raw`BUS(?:INESS|\.)?\s*(?:AND|&)\s*PROF(?:ESSIONS?|\.)?(?:\s*CODE)?|B\s*&\s*P(?:\s*C)?|B\.\s*P\.(?:\s*C\.)?|BPC|BP`,
  ],
  [
    'WI',
    String.raw`WELF(?:ARE|\.)?\s*(?:AND|&)\s*INST(?:ITUTIONS?|\.)?(?:\s*CODE)?|W\s*&\s*I(?:\s*C)?|W\.\s*I\.(?:\s*C\.)?|WIC|WI`,
  ],
  ['VC', String.raw`VEH(?:ICLE|\.)?(?:\s*CODE)?|V\.\s*C\.|VC`],
  ['PC', String.raw`PEN(?:AL|\.)?(?:\s*CODE)?|P\.\s*C\.|PC`],
];

const USC = String.raw`U\.?\s*S\.?\s*C\.?(?:\s*A\.?)?`;
/** `18 USC 1028`, `18 U.S.C. § 1028`, `Title 18 USC 1028`. */
const FEDERAL_TITLE_FIRST = new RegExp(String.raw`^(?:TITLE\s*)?(\d+)\s*${USC}\s*(.+)$`);
/** `USC 18 1028`, `USC18 1028`, `U.S.C. 18 1028`. */
const FEDERAL_CODE_FIRST = new RegExp(String.raw`^${USC}\s*(?:TITLE\s*)?(\d+)\s+(.+)$`);

const STATE_PREFIX = STATE_CODE_PATTERNS.map(
  ([code, pattern]) =>
    [code, new RegExp(String.raw`^(?:CAL(?:IFORNIA|\.)?\s*)?(?:${pattern})\s*[.,:]?\s*(\d.*)$`)] as const,
);
const STATE_SUFFIX = STATE_CODE_PATTERNS.map(
  ([code, pattern]) => [code, new RegExp(String.raw`^(\d.*?)\s*,?\s*(?:${pattern})\.?$`)] as const,
);

/**
 * California sections whose number itself ends in a letter (`PC 476a`, `PC 288a`, `PC 484e`), so
 * `PC 476A` stays `PC 476a` while `pc647b` becomes `PC 647(b)`. Taken from the catalog, plus a few
 * well-known ones, so the normaliser and the catalog cannot disagree.
 */
const LETTER_SECTIONS: ReadonlySet<string> = new Set([
  ...OFFENSE_CATALOG.flatMap((entry) => [entry.code, ...(entry.aliases ?? [])])
    .filter((code) => !code.startsWith('USC '))
    .flatMap((code) => (code.split(' ')[1] ?? '').split('/'))
    .map((section) => /^\d+(?:\.\d+)?[a-z]+/.exec(section)?.[0])
    .filter((section): section is string => section !== undefined),
  '273a',
  '273d',
  '288a',
  '476a',
  '484e',
  '484f',
  '484g',
  '1203.4a',
]);

/** One section number with its subdivisions, or undefined when it is not shaped like one. */
function normaliseSection(raw: string, federal: boolean): string | undefined {
  const text = raw.replace(/\s+/g, '');
  const head = /^(\d+(?:\.\d+)?)([A-Z]*)(.*)$/.exec(text);
  if (!head) return undefined;
  const [, number = '', letters = '', rest = ''] = head;
  let section = number;
  let tail = rest;
  if (federal) {
    // Federal section letters are part of the number and upper case (18 U.S.C. 1028A).
    section += letters;
  } else if (letters && LETTER_SECTIONS.has(`${number}${letters[0]?.toLowerCase() ?? ''}`)) {
    section += letters[0]?.toLowerCase() ?? '';
    tail = letters.slice(1) + rest;
  } else {
    tail = letters + rest;
  }
  // The rest is subdivisions: `(a)(1)`, or bare `a1`, `b`.
  const parts: string[] = [];
  let consumed = 0;
  for (const match of tail.matchAll(/\(([A-Z]+|\d+)\)|([A-Z]+)|(\d+)/g)) {
    if (match.index !== consumed) return undefined;
    consumed += match[0].length;
    const token = match[1] ?? match[2] ?? match[3] ?? '';
    if (/^[A-Z]+$/.test(token) && token.length > 1 && match[2] !== undefined) {
      // Bare letters run together (`ab`) are ambiguous; only accept one letter per level.
      return undefined;
    }
    const previous = parts[parts.length - 1];
    const afterNumber = previous !== undefined && /^\d+$/.test(previous);
    parts.push(/^\d+$/.test(token) ? token : afterNumber ? token.toUpperCase() : token.toLowerCase());
  }
  if (consumed !== tail.length) return undefined;
  return section + parts.map((part) => `(${part})`).join('');
}

/** Sections joined by `/` (attempts, `664/211`) or a dash used the same way (`664-211`). */
function normaliseSections(raw: string, federal: boolean): string | undefined {
  const pieces = raw.replace(/^(664)\s*-\s*(?=\d)/, '$1/').split('/');
  const out = pieces.map((piece) => normaliseSection(piece.trim(), federal));
  return out.every((piece): piece is string => piece !== undefined && piece !== '') ? out.join('/') : undefined;
}

/**
 * Canonical form of an offense code as people write it: `pc647b`, `PC 647 (b)`, `Penal Code
 * 647(b)`, `647(b) PC` → `PC 647(b)`; `H&S 11377`, `HS11377` → `HS 11377`; `18 U.S.C. § 1028`,
 * `USC 18 1028` → `USC 18 1028`. Text that is not shaped like a code (including `unsure`) comes
 * back trimmed with single spaces, otherwise unchanged, so it simply finds nothing.
 */
export function normaliseOffenseCode(raw: string): string {
  const collapsed = raw.trim().replace(/\s+/g, ' ');
  const text = collapsed
    .toUpperCase()
    .replace(/§+/g, ' ')
    .replace(/\bSECTIONS?\b|\bSECS?\.?(?=\s|\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  for (const pattern of [FEDERAL_TITLE_FIRST, FEDERAL_CODE_FIRST]) {
    const match = pattern.exec(text);
    if (match) {
      const section = normaliseSections(match[2] ?? '', true);
      if (section !== undefined) return `USC ${Number(match[1])} ${section}`;
    }
  }
  for (const [code, pattern] of [...STATE_PREFIX, ...STATE_SUFFIX]) {
    const match = pattern.exec(text);
    if (match) {
      const section = normaliseSections(match[1] ?? '', false);
      if (section !== undefined) return `${code} ${section}`;
    }
  }
  return collapsed;
}

/** `PC 245(a)(1)` → `PC 245(a)`; undefined when there is no subdivision left to drop. */
function dropLastSubdivision(code: string): string | undefined {
  const match = /^(.*\d[a-zA-Z]*(?:\([^()/]+\))*)\([^()/]+\)$/.exec(code);
  return match?.[1];
}

export interface OffenseLookup {
  readonly byId: ReadonlyMap<string, OffenseEntry>;
  readonly find: (code: string) => OffenseEntry | undefined;
}

/**
 * A lookup over a catalog. The app uses the one over `OFFENSE_CATALOG` (`findOffense`,
 * `OFFENSE_BY_ID`); tests build others to check the matching rules on small catalogs.
 *
 * Matching: the code is normalised, then compared with every entry's canonical code and aliases.
 *
 * Subdivision fallback: when the exact code is not in the catalog but a shorter form is
 * (`PC 488(a)` → `PC 488`, `HS 11377(a)(1)` → `HS 11377(a)`), the shorter form's entry is returned
 * ONLY when the catalog treats the whole section alike, that is when:
 *  1. an entry's code or alias is exactly the shorter form (the nearest one found, dropping one
 *     subdivision at a time);
 *  2. no catalog code or alias is a subdivision of that shorter form (if the catalog lists
 *     `PC 245(a)(1)` and `PC 245(a)(4)`, an unlisted `PC 245(a)(2)` could be anything, so it is
 *     not recognised rather than silently taken as one of them); and
 *  3. the entry is not marked `subdivisionsDiffer` (a section whose subdivisions are classified
 *     differently although the catalog holds only the base).
 * Otherwise the result is undefined: "offense not recognised" is better than a wrong answer.
 */
export function createOffenseLookup(catalog: readonly OffenseEntry[]): OffenseLookup {
  const byId: ReadonlyMap<string, OffenseEntry> = new Map(catalog.map((entry) => [entry.id, entry]));
  // Catalog codes and aliases are written in canonical form already (catalog.test.ts checks it), so
  // they are keys as they are: normalising all 254 of them cost about 60 ms of a slow phone's start.
  const byCode: ReadonlyMap<string, OffenseEntry> = new Map(
    catalog.flatMap((entry) => [entry.code, ...(entry.aliases ?? [])].map((code) => [code, entry] as const)),
  );
  const allCodes: readonly string[] = [...byCode.keys()];
  const find = (code: string): OffenseEntry | undefined => {
    const normalised = normaliseOffenseCode(code);
    const exact = byCode.get(normalised);
    if (exact) return exact;
    for (let base = dropLastSubdivision(normalised); base !== undefined; base = dropLastSubdivision(base)) {
      const entry = byCode.get(base);
      if (entry === undefined) continue;
      const splitBySubdivision = allCodes.some((other) => other.startsWith(`${base}(`));
      return splitBySubdivision || entry.subdivisionsDiffer === true ? undefined : entry;
    }
    return undefined;
  };
  return { byId, find };
}

const CATALOG_LOOKUP = createOffenseLookup(OFFENSE_CATALOG);

/** Every catalog entry by its stable id. */
export const OFFENSE_BY_ID: ReadonlyMap<string, OffenseEntry> = CATALOG_LOOKUP.byId;

/**
 * The catalog entry for an offense code in any common spelling, or undefined when the catalog does
 * not know it (the engine then screens it as "offense not recognised"; it is never an error). See
 * `createOffenseLookup` for the matching and subdivision-fallback rules.
 */
export function findOffense(code: string): OffenseEntry | undefined {
  return CATALOG_LOOKUP.find(code);
}
