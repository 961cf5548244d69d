import './attorney-summary.css';

import { useId, useMemo, useState } from 'react';

import { ExternalLink } from '@/components/external-link';
import { keyExists, useTranslation } from '@/i18n/use-translation';
import { copyText as copyToClipboard } from '@/lib/copied-text';
import { formatLawReviewed } from '@/lib/format-law-date';
import type { Voice } from '@/lib/voice';
import type { Answers } from '@/machines/answers';
import type { ScreeningResult } from '@/rules';

import { type AttorneySummary, buildAttorneySummary, summaryText } from './attorney-summary';
import type { SummaryNamespace, SummaryWords } from './summary-words';

/** Today in the person's time zone, as an ISO date (the day they screened). */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function useSummaryWords(voice: Voice): SummaryWords {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return useMemo(() => {
    const t = i18n.t.bind(i18n) as unknown as (key: string, options: Record<string, unknown>) => string;
    return {
      t: (ns: SummaryNamespace, key: string, params?: Readonly<Record<string, string | number>>) =>
        t(key, { ns, ...params }),
      exists: (ns: SummaryNamespace, key: string) => keyExists(ns, key),
      voice,
      formatDate: (iso: string) => formatLawReviewed(language, iso),
    };
  }, [i18n, language, voice]);
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * For an intake worker: the summary for a lawyer, folded on screen but always whole in print
 * ("Print or save as PDF" prints only this), and "Copy as text" with the same content. The copy
 * uses the clipboard only; nothing leaves the page.
 */
export function AttorneySummarySection({ answers, result }: { answers: Answers; result: ScreeningResult }) {
  const { t } = useTranslation('results');
  // A lawyer reads it, whoever answered: "The person said…", never "You said…".
  const words = useSummaryWords('person');
  const [screenedOn] = useState(todayIso);
  const [shown, setShown] = useState(false);
  // Rendered after the results have painted, with the rest of the page below its first screen
  // (after-paint.ts): building it reads every answer and element through i18n.
  const summary = useMemo(
    () => buildAttorneySummary({ answers, result, screenedOn }, words),
    [answers, result, screenedOn, words],
  );
  const [copy, setCopy] = useState<CopyState>('idle');
  const headingId = useId();
  const summaryId = useId();
  const warningId = useId();

  const copyText = async () => {
    try {
      await copyToClipboard(summaryText(summary));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section className="attorney-section" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {t('attorney.heading')}
      </h2>
      <p className="body">{t('attorney.intro')}</p>
      <p className="body body--secondary" id={warningId}>
        {t('attorney.keepsWarning')}
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={shown}
          aria-controls={summaryId}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? t('attorney.hide') : t('attorney.show')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={warningId}
          onClick={() => window.print()}
        >
          {t('attorney.print')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={warningId}
          onClick={() => void copyText()}
        >
          {t('attorney.copy')}
        </button>
      </div>
      <p role="status" className="body">
        {copy === 'idle' ? '' : t(copy === 'copied' ? 'attorney.copied' : 'attorney.copyFailed')}
      </p>
      <SummaryDocument id={summaryId} summary={summary} hiddenOnScreen={!shown} />
    </section>
  );
}

function SourceLink({ url, sections }: { url: string; sections: readonly string[] }) {
  const { t } = useTranslation('results');
  // Print writes the address after the link (attorney-summary.css), so a paper copy keeps it.
  return (
    <ExternalLink className="link" href={url}>
      {sections.join('; ')} <span className="visually-hidden">{t('opensInNewTab')}</span>
    </ExternalLink>
  );
}

/** The printable document. Nothing here is folded, so nothing is lost in print. */
export function SummaryDocument({
  id,
  summary,
  hiddenOnScreen,
}: {
  id: string;
  summary: AttorneySummary;
  hiddenOnScreen: boolean;
}) {
  return (
    // `hidden` folds it on screen and for screen readers; print CSS shows it whatever the toggle.
    <article id={id} className="attorney-summary" hidden={hiddenOnScreen} aria-label={summary.title}>
      <h3 className="attorney-summary__title">{summary.title}</h3>
      <dl className="attorney-summary__facts">
        {summary.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p>{summary.notice}</p>
      <h4>{summary.answersHeading}</h4>
      {summary.answers.map((group) => (
        <div key={group.heading} className="attorney-summary__group">
          <h5>{group.heading}</h5>
          <dl className="attorney-summary__answers">
            {group.rows.map((row, index) => (
              <div key={index}>
                <dt>{row.question}</dt>
                <dd>{row.answer}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      <h4>{summary.resultsHeading}</h4>
      {summary.records.map((record) => (
        <div key={record.title} className="attorney-summary__record">
          <h5>{record.title}</h5>
          {record.noRoute ? <p>{record.noRoute}</p> : null}
          {record.routes.map((route) => (
            <div key={route.pathway} className="attorney-summary__route">
              <p
                className={`attorney-summary__route-title${route.recommended ? ' attorney-summary__recommended' : ''}`}
              >
                <strong>{route.heading}</strong> {summary.labels.law} {route.citation.section}
              </p>
              <ul className="attorney-summary__elements" aria-label={summary.labels.elements}>
                {route.elements.map((element, index) => (
                  <li key={index}>
                    <strong>[{element.statusText}]</strong> {element.label}:{' '}
                    <span className="attorney-summary__reason">{element.reason}</span> ({element.citation.section})
                  </li>
                ))}
              </ul>
              {route.lawyerChecks.length > 0 ? (
                <p>
                  <strong>{summary.labels.lawyerChecks}:</strong> {route.lawyerChecks.join(' ')}
                </p>
              ) : null}
              {route.forms.length > 0 ? (
                <p>
                  <strong>{summary.labels.forms}:</strong> {route.forms.join(', ')}
                </p>
              ) : null}
              {route.nextSteps.length > 0 ? (
                <>
                  <p>
                    <strong>{summary.labels.nextSteps}:</strong>
                  </p>
                  <ol className="attorney-summary__steps">
                    {route.nextSteps.map((step, index) => (
                      <li key={index}>{step}</li>
                    ))}
                  </ol>
                </>
              ) : null}
              {route.nextStepsAsFor ? (
                <p>
                  <strong>{summary.labels.nextSteps}:</strong> {route.nextStepsAsFor}
                </p>
              ) : null}
            </div>
          ))}
          {record.notFitting ? <p>{record.notFitting}</p> : null}
          {record.notes.length > 0 ? (
            <ul>
              {record.notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
      {summary.caseNotes.length > 0 ? (
        <>
          <h4>{summary.caseNotesHeading}</h4>
          <ul>
            {summary.caseNotes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>{summary.sourcesHeading}</h4>
      <ul className="attorney-summary__sources">
        {summary.sources.map((source) => (
          <li key={source.url}>
            <SourceLink url={source.url} sections={source.sections} />
          </li>
        ))}
      </ul>
    </article>
  );
}
