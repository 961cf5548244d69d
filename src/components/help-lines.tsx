import { useId } from 'react';

import { useTranslation } from '@/i18n/use-translation';
import { HELP_LINES, type HelpLine, smsHref, telHref } from '@/lib/help-lines';

import { ExternalLink } from './external-link';

type Harm = HelpLine['forHarms'][number];

/**
 * Confirmed help lines, with tap-to-call and tap-to-text links. When harms are given, the lines
 * for those harms come first; the rest follow, so nobody is ever shown too little.
 */
export function HelpLines({
  headingLevel = 2,
  harms = [],
  headingId,
}: {
  headingLevel?: 2 | 3;
  harms?: readonly Harm[];
  /** A fixed id for the heading, for a link that moves focus to this list. */
  headingId?: string;
}) {
  const { t } = useTranslation('common');
  // Unique per copy: "Get help now" can show the lines over a page that already lists them.
  const generatedId = useId();
  const titleId = headingId ?? generatedId;
  const translate = t as unknown as (key: string, params?: Record<string, string>) => string;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Item = headingLevel === 2 ? 'h3' : 'h4';
  const relevant = (line: HelpLine) => line.forHarms.some((h) => harms.includes(h));
  const lines = [...HELP_LINES].sort((a, b) => Number(relevant(b)) - Number(relevant(a)));
  return (
    <section className="help-lines" aria-labelledby={titleId}>
      <Heading className="heading-m" id={titleId}>
        {t('helpLines.title')}
      </Heading>
      <p className="body">{t('helpLines.intro')}</p>
      <ul className="help-lines__list">
        {lines.map((line) => (
          <li key={line.id} className="help-lines__item">
            <Item className="heading-s">{translate(`helpLines.${line.id}.name`)}</Item>
            <p className="body">{translate(`helpLines.${line.id}.about`)}</p>
            <ul className="help-lines__actions">
              {line.call ? (
                <li>
                  <a className="link" href={telHref(line.call)}>
                    {translate('helpLines.call', { number: line.call })}
                  </a>
                </li>
              ) : null}
              {line.text ? (
                <li>
                  <a className="link" href={smsHref(line.text.number, line.text.body)}>
                    {line.text.body
                      ? translate('helpLines.textWord', { word: line.text.body, number: line.text.number })
                      : translate('helpLines.text', { number: line.text.number })}
                  </a>
                </li>
              ) : null}
              {line.tty ? <li>{translate('helpLines.tty', { number: line.tty })}</li> : null}
              {line.web ? (
                <li>
                  <ExternalLink className="link" href={line.web}>
                    {translate('helpLines.web', { site: line.web.replace(/^https:\/\/(www\.)?/, '') })}{' '}
                    <span className="visually-hidden">{t('opensInNewTab')}</span>
                  </ExternalLink>
                </li>
              ) : null}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
