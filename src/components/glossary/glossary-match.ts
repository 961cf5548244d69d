/**
 * Finds the glossary's words in a sentence, so they can be explained where they appear. Pure: the
 * words come from the caller (the `glossary` namespace of the current language).
 */
export const GLOSSARY_TERMS = [
  'felony',
  'misdemeanor',
  'wobbler',
  'conviction',
  'vacate',
  'expunge',
  'enhancement',
  'petition',
  'prosecutor',
] as const;
export type GlossaryTermId = (typeof GLOSSARY_TERMS)[number];

export type Segment = { readonly text: string; readonly term?: GlossaryTermId };

/** Every written form of each term ("felony, felonies"), longest first so "delitos graves" wins over "delito". */
export interface GlossaryForms {
  readonly forms: readonly { readonly form: string; readonly term: GlossaryTermId }[];
}

export function glossaryForms(matches: Readonly<Partial<Record<GlossaryTermId, string>>>): GlossaryForms {
  const forms = GLOSSARY_TERMS.flatMap((term) =>
    (matches[term] ?? '')
      .split(',')
      .map((form) => form.trim())
      .filter((form) => form !== '')
      .map((form) => ({ form, term })),
  ).sort((a, b) => b.form.length - a.form.length);
  return { forms };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` into plain runs and glossary words. Only the first use of each term is marked
 * (`seen` is shared across the texts of one page part), so a paragraph is not a field of buttons.
 * Whole words only, any case: "Felony" and "felonies" match, "felonyish" does not.
 */
export function splitGlossary(text: string, glossary: GlossaryForms, seen: Set<GlossaryTermId> = new Set()): Segment[] {
  const wanted = glossary.forms.filter((f) => !seen.has(f.term));
  if (wanted.length === 0 || text === '') return [{ text }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${wanted.map((f) => escape(f.form)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const found = match[0];
    const term = wanted.find((f) => f.form.toLocaleLowerCase() === found.toLocaleLowerCase())?.term;
    if (term === undefined || seen.has(term)) continue;
    seen.add(term);
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: found, term });
    last = match.index + found.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
