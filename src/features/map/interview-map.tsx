import './map.css';

import { useEffect, useRef } from 'react';

import { keyExists, useTranslation } from '@/i18n/use-translation';
import { MAX_RECORDS } from '@/lib/record-limit';
import { voicedKey, voiceFor } from '@/lib/voice';
import type { StepId } from '@/machines/flow';
import type { AnyPage } from '@/machines/question-kinds';
import { ScreeningActor } from '@/machines/screening-actor';

import { interviewOutline, type OutlineItem } from './interview-outline';

/**
 * The whole interview as a map, for a law-clinic student (or anyone who wants to see what is
 * ahead): every part, every question with its answers, which are asked once per record, and when
 * each conditional question is asked, in words kept with the condition that runs. Generated from
 * the question table, so it cannot drift from the interview. Lists and headings carry all of it;
 * the lines drawn beside the lists only decorate.
 */
export function InterviewMap({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('wizard');
  const text = useWizardWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // A loop over some thirty table entries: cheap enough to build on each (rare) render.
  const outline = interviewOutline();

  return (
    <article className="interview-map" aria-labelledby="interview-map-title">
      <h1 className="heading-l" id="interview-map-title" ref={heading} tabIndex={-1}>
        {t('map.title')}
      </h1>
      <p className="lead">{t('map.intro')}</p>
      <p className="body">{t('map.skipNote')}</p>
      <MapActions onClose={onClose} />
      <ol className="interview-map__parts">
        {outline.map((part) => (
          <li key={part.section}>
            <section aria-labelledby={`map-${part.section}`}>
              <h2 className="heading-m" id={`map-${part.section}`}>
                {part.section === 'results' ? t('map.resultsHeading') : text(`sections.${part.section}`)}
              </h2>
              <ol className="interview-map__pages">
                {part.items.map((item) => (
                  <Item key={item.kind === 'eachRecord' ? 'eachRecord' : item.step} item={item} />
                ))}
              </ol>
            </section>
          </li>
        ))}
      </ol>
      <MapActions onClose={onClose} />
    </article>
  );
}

function MapActions({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('wizard');
  return (
    <div className="button-group">
      <button type="button" className="button" onClick={onClose}>
        {t('map.close')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('map.print')}
      </button>
    </div>
  );
}

const FRAME_WORDS: Partial<Record<StepId, 'map.recordsList' | 'map.checkAnswers' | 'map.results'>> = {
  records: 'map.recordsList',
  checkAnswers: 'map.checkAnswers',
  results: 'map.results',
};

function Item({ item }: { item: OutlineItem }) {
  const { t } = useTranslation('wizard');
  if (item.kind === 'frame') {
    const words = FRAME_WORDS[item.step];
    return words ? (
      <li className="interview-map__frame">
        <p className="body">{t(words, { count: MAX_RECORDS })}</p>
      </li>
    ) : null;
  }
  if (item.kind === 'eachRecord') {
    return (
      <li className="interview-map__loop">
        <p className="interview-map__loop-label">{t('map.eachRecord')}</p>
        <ol className="interview-map__pages">
          {item.pages.map(({ step, page }) => (
            <PageItem key={step} step={step} page={page} />
          ))}
        </ol>
      </li>
    );
  }
  return <PageItem step={item.step} page={item.page} />;
}

/**
 * Question words in the voice the person chose (`{ self, person }` variants, as the questions
 * show them); the map's own words have one form.
 */
function useWizardWords() {
  const { t } = useTranslation('wizard');
  const voice = ScreeningActor.useSelector((s) => voiceFor(s.context.answers.audience));
  // Keys are built from the table at run time; the question-words test checks every one exists.
  const translate = t as unknown as (key: string) => string;
  return (key: string) => translate(voicedKey(key, voice, (variant) => keyExists('wizard', variant)));
}

function PageItem({ step, page }: { step: StepId; page: AnyPage }) {
  const text = useWizardWords();
  const base = `steps.${step}`;
  const says = page.applies?.says ?? [];
  return (
    <li className="interview-map__page">
      <h3 className="heading-s">{text(`${base}.heading`)}</h3>
      {says.length === 0 ? (
        <p className="body body--secondary">{text('map.always')}</p>
      ) : (
        <div className="interview-map__when">
          <p className="body">{text(says.length > 1 ? 'map.allOf' : 'map.askedWhen')}</p>
          <ul className="list">
            {says.map((key) => (
              <li key={key}>{text(`conditions.${key}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {page.kind === 'information' ? (
        <p className="body">{text('map.information')}</p>
      ) : page.options ? (
        <>
          {/* Some pages add choices of their own to the table's (which harm: the harms ticked). */}
          {keyExists('wizard', `map.control.${page.control}`) ? (
            <p className="body">{text(`map.control.${page.control}`)}</p>
          ) : null}
          <p className="body">{text('map.answers')}</p>
          <ul className="list interview-map__options">
            {page.options.map((option) => (
              <li key={option.value}>{text(`${base}.options.${option.label ?? option.value}`)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="body">{text(`map.control.${page.control}`)}</p>
      )}
    </li>
  );
}
