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
  /** The language of the words: its word breaker is made only when a text needs it (see below). */
  readonly language?: string;
}

/** `language` is the BCP 47 code of the words (`zh-Hant`): it decides where words begin and end. */
export function glossaryForms(
  matches: Readonly<Partial<Record<GlossaryTermId, string>>>,
  language?: string,
): GlossaryForms {
  const forms = GLOSSARY_TERMS.flatMap((term) =>
    (matches[term] ?? '')
      .split(',')
      .map((form) => form.trim())
      .filter((form) => form !== '')
      .map((form) => ({ form, term })),
  ).sort((a, b) => b.form.length - a.form.length);
  return { forms, language };
}

/**
 * One word breaker per language, shared: a results page has dozens of texts with glossary words.
 * Made on first need only: making one costs about 9 ms on a slow phone (it loads the language's
 * word data), and in a language with spaces between words most texts never need it.
 */
const segmenters = new Map<string | undefined, Intl.Segmenter | undefined>();
function wordSegmenter(language: string | undefined): Intl.Segmenter | undefined {
  if (!segmenters.has(language))
    segmenters.set(
      language,
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(language, { granularity: 'word' }) : undefined,
    );
  return segmenters.get(language);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const formsPattern = (forms: GlossaryForms['forms']) => new RegExp(forms.map((f) => escape(f.form)).join('|'), 'giu');

/** Most texts hold no glossary word, so nothing is seen yet and every one can share one pattern. */
const fullPatterns = new WeakMap<GlossaryForms, RegExp>();
function fullPattern(glossary: GlossaryForms): RegExp {
  let pattern = fullPatterns.get(glossary);
  if (!pattern) fullPatterns.set(glossary, (pattern = formsPattern(glossary.forms)));
  return pattern;
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Chinese writes no spaces between words: without a segmenter, any place between two characters may end a word. */
const IDEOGRAPH = /\p{Script=Han}/u;

/**
 * Where words begin and end in `text`. Between a letter and a space or a comma there is always a
 * word boundary; between two letters (as in Chinese, which has no spaces) the language's own word
 * breaker decides, so "重罪" (felony) is found in "這是重罪。" but not inside "嚴重罪行" (a serious crime).
 */
function wordBoundaries(text: string, language: string | undefined): (index: number) => boolean {
  let breaks: Set<number> | undefined;
  return (index) => {
    const before = text[index - 1];
    const after = text[index];
    if (before === undefined || after === undefined) return true;
    if (!WORD_CHARACTER.test(before) || !WORD_CHARACTER.test(after)) return true;
    const words = wordSegmenter(language);
    if (!words) return IDEOGRAPH.test(before) || IDEOGRAPH.test(after);
    breaks ??= new Set([...words.segment(text)].map((segment) => segment.index));
    return breaks.has(index);
  };
}

/**
 * Splits `text` into plain runs and glossary words. Only the first use of each term is marked
 * (`seen` is shared across the texts of one page part), so a paragraph is not a field of buttons.
 * Whole words only, any case: "Felony" and "felonies" match, "felonyish" does not.
 */
export function splitGlossary(text: string, glossary: GlossaryForms, seen: Set<GlossaryTermId> = new Set()): Segment[] {
  const wanted = seen.size === 0 ? glossary.forms : glossary.forms.filter((f) => !seen.has(f.term));
  if (wanted.length === 0 || text === '') return [{ text }];
  const pattern = seen.size === 0 ? fullPattern(glossary) : formsPattern(wanted);
  pattern.lastIndex = 0;
  const isBoundary = wordBoundaries(text, glossary.language);
  const lower = text.toLocaleLowerCase();
  const segments: Segment[] = [];
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = match.index;
    // The longest form that starts here and is a whole word (a shorter one may be, when a longer is not).
    const hit = wanted.find(
      (f) =>
        !seen.has(f.term) &&
        lower.startsWith(f.form.toLocaleLowerCase(), at) &&
        isBoundary(at) &&
        isBoundary(at + f.form.length),
    );
    if (!hit) {
      pattern.lastIndex = at + 1;
      continue;
    }
    seen.add(hit.term);
    const end = at + hit.form.length;
    if (at > last) segments.push({ text: text.slice(last, at) });
    segments.push({ text: text.slice(at, end), term: hit.term });
    last = end;
    pattern.lastIndex = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
