import { OFFENSE_CATALOG } from './catalog';
import { normaliseOffenseCode } from './lookup';
import type { OffenseEntry } from './types';

/** What the UI passes in for each catalog id (from `locales/<lng>/offenses.json`). */
export interface OffenseName {
  readonly name: string;
  readonly searchWords: string;
}

/** Lower case, no accents: "Posesión" → "posesion", "ROBO" → "robo". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Only letters, digits, `.` and `/`: "PC 647(b)" → "pc647b", "459.5" → "459.5". */
function compact(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}./]/gu, '');
}

function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}.]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => word !== '');
}

interface CodeForms {
  /** Whole codes (`pc647b`) and sections alone (`647b`), compacted. */
  readonly exact: ReadonlySet<string>;
}

const CODE_FORMS: ReadonlyMap<string, CodeForms> = new Map(
  OFFENSE_CATALOG.map((entry) => {
    const exact = new Set<string>();
    // Catalog codes are canonical already (catalog.test.ts), so they need no normalising here.
    for (const normalised of [entry.code, ...(entry.aliases ?? [])]) {
      exact.add(compact(normalised));
      // The section without the code name: `PC 647(b)` → `647b`; `USC 18 1028` → `1028` and `181028`.
      const section = normalised.replace(/^(?:PC|HS|VC|BP|WI)\s+|^USC\s+\d+\s+/, '');
      exact.add(compact(section));
      const federal = /^USC\s+(\d+)\s+(.+)$/.exec(normalised);
      if (federal) exact.add(compact(`${federal[1]} ${federal[2]}`));
    }
    return [entry.id, { exact }] as const;
  }),
);

/**
 * Ranks offenses for the wizard's picker. Pure: the names come from the caller (the UI passes the
 * current language's `offenses` bundle), so the rules stay language-free.
 *
 * Rank, best first (ties keep catalog order, so results are deterministic):
 *  0. the query is the offense's code or alias, in any spelling (`pc647b`, `Penal Code 647(b)`,
 *     `18 U.S.C. 1028`), or its section number alone (`11377`, `647(b)`);
 *  1. the query starts a code or section (`1137` → HS 11377, `647` → PC 647(b), (e), (f)...), only
 *     when the query holds a digit;
 *  2. the plain-language name starts with the query;
 *  3. every word of the query starts a word of the name or of the search words (a word that
 *     matches in the name ranks before one found only in the search words).
 * Matching ignores case and accents: "robo" finds "Robo", "posesion" finds "posesión".
 */
export function searchOffenses(query: string, names: Readonly<Record<string, OffenseName>>, limit = 8): OffenseEntry[] {
  const folded = foldText(query).trim();
  if (folded === '' || !(limit > 0)) return [];
  const queryCompact = compact(query);
  const queryCode = compact(normaliseOffenseCode(query));
  const queryWords = words(query);
  const hasDigit = /\d/.test(folded);

  const scored: { entry: OffenseEntry; rank: number; index: number }[] = [];
  OFFENSE_CATALOG.forEach((entry, index) => {
    const forms = CODE_FORMS.get(entry.id);
    const text = names[entry.id];
    let rank: number | undefined;
    if (forms && queryCompact !== '' && (forms.exact.has(queryCompact) || forms.exact.has(queryCode))) {
      rank = 0;
    } else if (
      forms &&
      hasDigit &&
      queryCompact !== '' &&
      [...forms.exact].some((form) => form.startsWith(queryCompact))
    ) {
      rank = 1;
    } else if (text && foldText(text.name).startsWith(folded)) {
      rank = 2;
    } else if (text && queryWords.length > 0) {
      const nameWords = words(text.name);
      const allWords = [...nameWords, ...words(text.searchWords)];
      const matches = (pool: string[]) => queryWords.every((q) => pool.some((word) => word.startsWith(q)));
      if (matches(nameWords)) rank = 3;
      else if (matches(allWords)) rank = 4;
    }
    if (rank !== undefined) scored.push({ entry, rank, index });
  });
  scored.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return scored.slice(0, Math.floor(limit)).map((item) => item.entry);
}

// The offense search's one entry into the rules (with '@/rules'): the catalog it indexes, by id.
export { OFFENSE_CATALOG } from './catalog';
export { OFFENSE_BY_ID } from './lookup';
