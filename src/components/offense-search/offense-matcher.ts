import MiniSearch, { type SearchOptions } from 'minisearch';

import { findOffense, normaliseOffenseCode, type OffenseEntry } from '@/rules';
import { foldText, OFFENSE_BY_ID, OFFENSE_CATALOG, searchOffenses } from '@/rules/offenses/search';

/**
 * Finds offenses the way people write them on real papers: court codes in any spelling
 * ("PC484", "11350(a) HS", "484/490.2"), everyday words in English or Spanish, and small typos
 * ("shoplifing"). Codes are matched exactly by the rules' own normaliser (so the picker and the
 * engine never disagree); words go through MiniSearch (fuzzy, prefix, ranked).
 */

/** One language's words for an offense (`locales/<lng>/offenses.json`). */
export interface OffenseWords {
  readonly name: string;
  readonly searchWords: string;
  readonly description?: string;
}
export type OffenseBundle = Readonly<Record<string, OffenseWords>>;

export interface OffenseMatches {
  readonly entries: readonly OffenseEntry[];
  /**
   * What to keep when the person chooses "use what I typed": the code in canonical form when the
   * text is shaped like one, otherwise their words (trimmed). Undefined when the text is empty or
   * already names a catalog entry (which is then in `entries`).
   */
  readonly typed?: string;
}

/** Longest offense answer the wizard keeps (answers.ts). */
export const TYPED_MAX_LENGTH = 40;

/** Little words that would only make "AND" searches fail ("robo de tienda", "possession of meth"). */
const STOP_WORDS = new Set(
  'a al an and by con de del el en for in la las los o of on or para por the to un una y with'.split(' '),
);

/** Court papers join sections with "/" ("484/490.2", "459/460(b)"): each side is a section. */
const CODE_SEPARATOR = /\s*[/;,]\s*/;
const CODE_NAME = /^(PC|HS|VC|BP|WI|USC)\s/;
const STATE_CODE_NAMES = ['PC', 'HS', 'VC', 'BP', 'WI'] as const;

function processTerm(term: string): string | null {
  const folded = foldText(term).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return folded === '' || STOP_WORDS.has(folded) ? null : folded;
}

/** Fuzzy only for words long enough that one wrong letter is still clearly the same word. */
const fuzzy = (term: string) => (term.length >= 5 ? 0.2 : term.length === 4 ? 1 : 0);

const SEARCH: SearchOptions = {
  prefix: (term) => term.length >= 2,
  fuzzy,
  maxFuzzy: 2,
  boost: { name: 3, searchWords: 2, description: 1, otherLanguages: 2 },
  weights: { fuzzy: 0.3, prefix: 0.6 },
  combineWith: 'AND',
};

function buildIndex(primary: OffenseBundle, others: readonly OffenseBundle[]): MiniSearch<{ id: string }> {
  const index = new MiniSearch<{ id: string }>({
    idField: 'id',
    fields: ['name', 'searchWords', 'description', 'otherLanguages'],
    processTerm,
  });
  index.addAll(
    OFFENSE_CATALOG.map((entry) => {
      const own = primary[entry.id];
      return {
        id: entry.id,
        name: own?.name ?? '',
        searchWords: own?.searchWords ?? '',
        description: own?.description ?? '',
        otherLanguages: others
          .map((bundle) => `${bundle[entry.id]?.name ?? ''} ${bundle[entry.id]?.searchWords ?? ''}`)
          .join(' '),
      };
    }),
  );
  return index;
}

/** Entries named by the text as a code: whole (`664/211`), or each section of `484/490.2`. */
function codeEntries(query: string): { entries: OffenseEntry[]; exact: boolean } {
  const whole = searchOffenses(query, {}, 8);
  const exact = exactEntries(query);
  if (exact.length > 0) return { entries: unique([...exact, ...whole]), exact: true };
  if (whole.length > 0 || !CODE_SEPARATOR.test(query)) return { entries: whole, exact: false };

  // "PC 484/490.2", "11350(a)/11377 HS": the code name written once applies to every section.
  const codeName = CODE_NAME.exec(normaliseOffenseCode(query))?.[1];
  const pieces = query
    .split(CODE_SEPARATOR)
    .map((piece) => piece.trim())
    .filter((piece) => /\d/.test(piece));
  // The later section usually names the degree or the punishment (484/490.2 = petty theft): first.
  const found = pieces.reverse().flatMap((piece) => {
    const named =
      codeName && !CODE_NAME.test(normaliseOffenseCode(piece)) ? findOffense(`${codeName} ${piece}`) : undefined;
    return named ? [named] : searchOffenses(piece, {}, 2).slice(0, 1);
  });
  return { entries: unique(found), exact: found.length > 0 };
}

/** The entries a code names exactly, with or without its code name (`647b`, `11350(a) HS`). */
function exactEntries(query: string): OffenseEntry[] {
  const named = findOffense(query);
  if (named) return [named];
  if (!/^\d/.test(query.trim())) return [];
  return STATE_CODE_NAMES.map((name) => findOffense(`${name} ${query}`)).filter(
    (e): e is OffenseEntry => e !== undefined,
  );
}

function unique(entries: readonly OffenseEntry[]): OffenseEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => (seen.has(entry.id) ? false : (seen.add(entry.id), true)));
}

/** What "use what I typed" keeps: a canonical code when it looks like one, else the words. */
export function typedAnswer(query: string): string | undefined {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return undefined;
  const code = normaliseOffenseCode(trimmed);
  // Only a code the rules can read is rewritten ("pc 999" → "PC 999"); anything else stays as typed.
  const kept = CODE_NAME.test(code) ? code : trimmed;
  return kept.slice(0, TYPED_MAX_LENGTH).trim();
}

/**
 * A matcher over the catalog for one language (`primary`, whose words rank higher) plus any other
 * loaded languages, so "robo" finds robbery in the English screen too.
 */
export function createOffenseMatcher(primary: OffenseBundle, others: readonly OffenseBundle[] = []) {
  const index = buildIndex(primary, others);
  const position = new Map(OFFENSE_CATALOG.map((entry, i) => [entry.id, i] as const));
  /**
   * MiniSearch's score, nudged so that a name starting with the words typed comes first ("robbery"
   * → Robbery before Attempted robbery), attempts after the offense, and, on near-ties, the offenses survivors are most often
   * charged with (the catalog lists them first).
   */
  const wordEntries = (text: string): OffenseEntry[] => {
    let hits = index.search(text, SEARCH);
    if (hits.length === 0) hits = index.search(text, { ...SEARCH, combineWith: 'OR' });
    const folded = foldText(text);
    const weight = (id: string) => {
      const name = foldText(primary[id]?.name ?? '');
      const starts = name.startsWith(folded) ? 2 : 1;
      // An attempt is charged far less often than the offense itself: list it after.
      const attempt = OFFENSE_BY_ID.get(id)?.flags.attempt === true ? 0.5 : 1;
      return starts * attempt * (1.5 - (position.get(id) ?? OFFENSE_CATALOG.length) / OFFENSE_CATALOG.length);
    };
    return hits
      .map((hit) => ({ id: String(hit.id), score: hit.score * weight(String(hit.id)) }))
      .sort((a, b) => b.score - a.score)
      .map((hit) => OFFENSE_BY_ID.get(hit.id))
      .filter((entry): entry is OffenseEntry => entry !== undefined);
  };
  return function match(query: string, limit = 6): OffenseMatches {
    const text = query.trim();
    if (text === '' || limit <= 0) return { entries: [] };
    const byCode = /\d/.test(text) ? codeEntries(text) : { entries: [], exact: false };
    // A code that names offenses is answered by the code alone; words would only add noise.
    const entries = (byCode.entries.length > 0 ? byCode.entries : wordEntries(text)).slice(0, limit);
    const typed = byCode.exact ? undefined : typedAnswer(text);
    // Typed text that the rules would still find (say "pc 488") is a catalog entry, not "as typed".
    return { entries, typed: typed !== undefined && findOffense(typed) === undefined ? typed : undefined };
  };
}

export type OffenseMatcher = ReturnType<typeof createOffenseMatcher>;
