import './offense-search.css';

import { type KeyboardEvent, useMemo, useState } from 'react';

import { keyExists, useTranslation } from '@/i18n/use-translation';
import { findOffense, type OffenseEntry } from '@/rules';

import { offenseMatcher } from './offense-matcher-cache';

/**
 * The offense search box and its matches, as radios. Controlled: the step owns the values.
 *
 * On a phone the keyboard takes about 40% of the screen, so on focus the box scrolls to the top
 * of the screen and the list stays short (6), with its one-line descriptions right under it.
 * Enter searches (it announces the matches) and never submits the page.
 */
export interface OffenseSearchProps {
  /** The search box id: the step's heading is its label (`<label htmlFor>`). */
  inputId: string;
  /** Ids of the hint and error texts. */
  describedBy: string;
  invalid: boolean;
  query: string;
  onQueryChange: (query: string) => void;
  /** The chosen answer: a catalog code, a typed code or words, `unsure` or `prefer_not`. */
  value: string | null | undefined;
  onChange: (value: string) => void;
  /** How many matches to list (few, so they stay above a phone keyboard). */
  limit?: number;
}

const OTHER_ANSWERS = ['unsure', 'prefer_not'] as const;

export function OffenseSearch({
  inputId,
  describedBy,
  invalid,
  query,
  onQueryChange,
  value,
  onChange,
  limit = 6,
}: OffenseSearchProps) {
  const { t } = useTranslation('wizard');
  const { t: tOffense, i18n } = useTranslation('offenses');
  const [announced, setAnnounced] = useState(0);
  const match = offenseMatcher(i18n.resolvedLanguage ?? 'en');
  const found = useMemo(() => match(query, limit), [match, query, limit]);
  const translate = tOffense as unknown as (key: string) => string;
  const hasText = query.trim() !== '';

  // Keep the current choice on screen even when the search no longer finds it.
  const chosen =
    value && !OTHER_ANSWERS.includes(value as (typeof OTHER_ANSWERS)[number]) ? findOffense(value) : undefined;
  const entries: OffenseEntry[] =
    chosen && !found.entries.some((e) => e.id === chosen.id) ? [chosen, ...found.entries] : [...found.entries];
  const keptTyped =
    value && !chosen && !OTHER_ANSWERS.includes(value as (typeof OTHER_ANSWERS)[number]) ? value : undefined;
  // What they typed before stays choosable (and chosen) while they try other words.
  const typedOptions = [...new Set([keptTyped, found.typed].filter((v): v is string => v !== undefined))];
  const count = found.entries.length;
  const legend = hasText ? t('steps.recordOffense.matches', { count }) : t('steps.recordOffense.choose');

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter in the box searches; only Continue moves on.
    event.preventDefault();
    setAnnounced((n) => n + 1);
  };
  const onFocus = (event: React.FocusEvent<HTMLInputElement>) => {
    // Narrow screens: bring the box to the top so the matches show above the keyboard.
    if (typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 40rem)').matches) {
      event.currentTarget.scrollIntoView?.({ block: 'start', behavior: 'instant' });
    }
  };

  return (
    <div className="offense-search">
      <input
        className="input offense-search__input"
        id={inputId}
        type="search"
        inputMode="search"
        enterKeyHint="search"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={80}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-controls={`${inputId}-results`}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      />
      <fieldset className="fieldset offense-search__results" id={`${inputId}-results`}>
        <legend className="fieldset__legend fieldset__legend--s">{legend}</legend>
        {/* The key changes on Enter, so the same count is read again when asked for. */}
        <p className="visually-hidden" role="status" key={announced}>
          {hasText ? legend : ''}
        </p>
        {hasText && count === 0 ? <p className="hint">{t('steps.recordOffense.noMatches')}</p> : null}
        <div className="radios">
          {entries.map((entry) => {
            const description = keyExists('offenses', `${entry.id}.description`)
              ? translate(`${entry.id}.description`)
              : undefined;
            const id = `${inputId}-${entry.id}`;
            return (
              <div className="radios__item" key={entry.id}>
                <input
                  className="radios__input"
                  id={id}
                  type="radio"
                  name={`${inputId}-answer`}
                  value={entry.code}
                  checked={value === entry.code}
                  onChange={() => onChange(entry.code)}
                  aria-describedby={description ? `${id}-description` : undefined}
                />
                <label className="radios__label" htmlFor={id}>
                  {translate(`${entry.id}.name`)} <span className="code">({entry.code})</span>
                </label>
                {description ? (
                  <p className="radios__hint offense-search__description" id={`${id}-description`}>
                    {description}
                  </p>
                ) : null}
              </div>
            );
          })}
          {typedOptions.map((typed, index) => {
            const id = `${inputId}-typed${index === 0 ? '' : `-${index}`}`;
            return (
              <div className="radios__item" key={typed}>
                <input
                  className="radios__input"
                  id={id}
                  type="radio"
                  name={`${inputId}-answer`}
                  value={typed}
                  checked={value === typed}
                  onChange={() => onChange(typed)}
                  aria-describedby={`${id}-hint`}
                />
                <label className="radios__label" htmlFor={id}>
                  {t('steps.recordOffense.options.typed', { code: typed })}
                </label>
                <p className="radios__hint" id={`${id}-hint`}>
                  {t('steps.recordOffense.typedHint')}
                </p>
              </div>
            );
          })}
          <p className="radios__divider">{t('or')}</p>
          {OTHER_ANSWERS.map((answer) => (
            <div className="radios__item" key={answer}>
              <input
                className="radios__input"
                id={`${inputId}-${answer}`}
                type="radio"
                name={`${inputId}-answer`}
                value={answer}
                checked={value === answer}
                onChange={() => onChange(answer)}
              />
              <label className="radios__label" htmlFor={`${inputId}-${answer}`}>
                {t(`steps.recordOffense.options.${answer}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
