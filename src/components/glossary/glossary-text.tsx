import './glossary.css';

import { createContext, type KeyboardEvent, type ReactNode, useContext, useId, useMemo, useState } from 'react';

import { useTranslation } from '@/i18n/use-translation';

import {
  GLOSSARY_TERMS,
  type GlossaryForms,
  glossaryForms,
  type GlossaryTermId,
  splitGlossary,
} from './glossary-match';

/**
 * Words people know: legal words in a sentence become small toggle buttons that show a plain
 * definition right under the sentence (a disclosure, so it works with touch, keyboard and screen
 * readers alike, and nothing floats over other text on a small phone). Escape closes it.
 */

/** Terms already explained in this part of the page, so each is marked once (see GlossaryScope). */
const SeenContext = createContext<Set<GlossaryTermId> | null>(null);

/** Marks each term once within its children (say, one pathway card), not once per sentence. */
export function GlossaryScope({ children }: { children: ReactNode }) {
  // Subscribes to language changes, so the scope renders (and starts counting) before its texts.
  useTranslation('glossary');
  const [seen] = useState(() => new Set<GlossaryTermId>());
  // A new render starts counting again, so the same sentence marks the same words every time.
  seen.clear();
  return <SeenContext.Provider value={seen}>{children}</SeenContext.Provider>;
}

/**
 * One glossary per language and wording, shared by every text on the page (a results page has
 * dozens): sorting the forms and building their pattern once, not once per sentence.
 */
const glossaries = new Map<string, GlossaryForms>();
function sharedGlossary(translate: (key: string) => string, language: string | undefined): GlossaryForms {
  const matches = GLOSSARY_TERMS.map((term) => translate(`${term}.matches`));
  const key = `${language}\u0000${matches.join('\u0000')}`;
  let glossary = glossaries.get(key);
  if (!glossary) {
    glossary = glossaryForms(Object.fromEntries(GLOSSARY_TERMS.map((term, i) => [term, matches[i]])), language);
    glossaries.set(key, glossary);
  }
  return glossary;
}

export function GlossaryText({ text }: { text: string }) {
  const { t, i18n } = useTranslation('glossary');
  const scoped = useContext(SeenContext);
  const language = i18n.resolvedLanguage;
  const glossary = useMemo(() => sharedGlossary(t as unknown as (key: string) => string, language), [t, language]);
  const segments = splitGlossary(text, glossary, scoped ?? new Set());
  return (
    <>
      {segments.map((segment, index) =>
        segment.term ? (
          <GlossaryTerm key={index} term={segment.term}>
            {segment.text}
          </GlossaryTerm>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

export function GlossaryTerm({ term, children }: { term: GlossaryTermId; children: string }) {
  const { t } = useTranslation('glossary');
  const [open, setOpen] = useState(false);
  const id = useId();
  const translate = t as unknown as (key: string) => string;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <span className="glossary">
      <button
        type="button"
        className="glossary__term"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
      >
        {children} <span className="visually-hidden">{translate('whatItMeans')}</span>
      </button>
      <span id={id} className="glossary__definition" hidden={!open}>
        <strong>{children}:</strong> {translate(`${term}.definition`)}
      </span>
    </span>
  );
}
