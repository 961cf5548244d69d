import { ExternalLink } from '@/components/external-link';
import { useTranslation } from '@/i18n/use-translation';
import { HELP_LINES } from '@/lib/help-lines';
import type { ScreeningResult } from '@/rules';

import { caseNextSteps, COURT_FINDER_URL, type FilingNote } from './case-next-steps';
import { useMessage, useResultsText } from './use-message';

const LEGAL_HELP_URL = HELP_LINES.find((line) => line.id === 'legalHelp')?.web ?? 'https://www.lawhelpca.org';

// Making an Intl formatter loads the language's data (tens of ms on a slow phone, on the press of
// "See my results"); one per language is enough.
const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(language = ''): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language || undefined, { style: 'long', type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format;
}

/**
 * "What you can do next": one short ordered list for the whole case. Where to file is the court
 * that convicted the person (or the county of the arrest), found with the courts' own finder:
 * the page never guesses a county.
 */
export function WhatYouCanDoNext({
  result,
  safetyFirst,
  titles,
}: {
  result: ScreeningResult;
  safetyFirst: boolean;
  titles: readonly string[];
}) {
  const { t, i18n } = useTranslation('results');
  const message = useMessage();
  const text = useResultsText();
  const steps = caseNextSteps(result, { safetyFirst });
  const list = (items: readonly string[]) => listFormat(i18n.resolvedLanguage).format(items);
  const state = steps.filing.filter((note) => note.kind === 'state');
  const filingLine = (note: FilingNote) => {
    const record = titles[note.record]!;
    if (note.kind === 'federal') return text('next.federal', { record });
    if (note.kind === 'openCase') return text('next.openCase', { record });
    return note.forms.length > 0 ? t('next.forms', { record, forms: list(note.forms) }) : t('next.noForm', { record });
  };

  return (
    <section className="next-steps" aria-labelledby="next-everyone">
      <h2 className="heading-m" id="next-everyone" tabIndex={-1}>
        {text('nextEveryone.heading')}
      </h2>
      <ol className="list next-steps__list">
        {steps.safetyFirst ? <li>{text('next.safety')}</li> : null}
        {steps.immigrationFirst ? (
          <li>
            <strong>{text('next.immigration')}</strong>
          </li>
        ) : null}
        <li>
          {t('next.papers')}
          <ul className="list next-steps__papers">
            <li>{text('nextEveryone.record')}</li>
            {steps.papers.map((paper) => (
              <li key={paper.key}>{message(paper)}</li>
            ))}
          </ul>
        </li>
        <li>
          {t('next.legalHelp')}{' '}
          <ExternalLink className="link" href={LEGAL_HELP_URL}>
            {t('next.legalHelpLink')} <span className="visually-hidden">{t('opensInNewTab')}</span>
          </ExternalLink>
        </li>
        {steps.filing.length > 0 ? (
          <li>
            {state.length > 0 ? (
              <>
                {text('next.file')}{' '}
                <ExternalLink className="link" href={COURT_FINDER_URL}>
                  {text('next.findCourt')} <span className="visually-hidden">{t('opensInNewTab')}</span>
                </ExternalLink>
              </>
            ) : null}
            <ul className="list next-steps__filing">
              {steps.filing.map((note) => (
                <li key={note.record}>{filingLine(note)}</li>
              ))}
            </ul>
          </li>
        ) : null}
        <li>{text('nextEveryone.keep')}</li>
      </ol>
    </section>
  );
}
