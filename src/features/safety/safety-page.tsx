import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '@/components/external-link';
import './safety.css';

/**
 * Help lines shown on the safety page. ONLY contacts marked confirmed in
 * docs/resources.md §1.1/§1.2 (re-check on the live sites before each release). Numbers and
 * addresses are not translated, so they live here and not in the locale files.
 */
export const HELP_LINES = [
  { id: 'emergency', calls: [{ shown: '911', tel: '911' }], texts: [], web: undefined },
  {
    id: 'trafficking',
    calls: [{ shown: '1-888-373-7888', tel: '+18883737888' }],
    texts: [{ shown: '233733', sms: '233733' }],
    web: { shown: 'humantraffickinghotline.org', href: 'https://humantraffickinghotline.org' },
  },
  {
    id: 'dv',
    calls: [{ shown: '1-800-799-7233', tel: '+18007997233' }],
    texts: [{ shown: '88788', sms: '88788' }],
    web: { shown: 'thehotline.org', href: 'https://www.thehotline.org' },
  },
  {
    id: 'rainn',
    calls: [{ shown: '1-800-656-4673', tel: '+18006564673' }],
    texts: [],
    web: { shown: 'rainn.org', href: 'https://rainn.org' },
  },
  { id: 'crisis988', calls: [{ shown: '988', tel: '988' }], texts: [{ shown: '988', sms: '988' }], web: undefined },
  { id: 'lawhelp', calls: [], texts: [], web: { shown: 'lawhelpca.org', href: 'https://www.lawhelpca.org' } },
] as const;

export interface SafetyPageProps {
  /** Go back to where the person was (the app decides where that is). */
  onBack: () => void;
  /** The inactivity time the app uses, in minutes, for the text. Default 15. */
  idleMinutes?: number;
}

const TIP_SECTIONS = ['exit', 'private', 'shared', 'history', 'stored', 'files', 'printing'] as const;

/**
 * How to use the tool more safely, honest about what it cannot hide, with help lines.
 * The heading takes focus on open so screen-reader users hear where they are.
 */
export function SafetyPage({ onBack, idleMinutes = 15 }: SafetyPageProps) {
  const { t } = useTranslation('safety');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const newTab = <span className="safety-visually-hidden"> {t('page.newTab')}</span>;

  return (
    <article className="safety-page" aria-labelledby="safety-page-title">
      <h1 id="safety-page-title" ref={headingRef} tabIndex={-1}>
        {t('page.title')}
      </h1>
      <p className="safety-lead">{t('page.intro')}</p>

      {TIP_SECTIONS.map((id) => (
        <section key={id} aria-labelledby={`safety-tip-${id}`}>
          <h2 id={`safety-tip-${id}`}>{t(`page.tips.${id}.title`)}</h2>
          <p>{t(`page.tips.${id}.body`, { minutes: idleMinutes })}</p>
        </section>
      ))}

      <section aria-labelledby="safety-cannot-hide">
        <h2 id="safety-cannot-hide">{t('page.cannot.title')}</h2>
        <p>{t('page.cannot.intro')}</p>
        <ul>
          <li>{t('page.cannot.search')}</li>
          <li>{t('page.cannot.spyware')}</li>
          <li>{t('page.cannot.sync')}</li>
          <li>{t('page.cannot.watching')}</li>
        </ul>
        <p>{t('page.cannot.advice')}</p>
      </section>

      <section aria-labelledby="safety-help">
        <h2 id="safety-help">{t('page.help.title')}</h2>
        <p>{t('page.help.intro')}</p>
        <ul className="safety-help-list">
          {HELP_LINES.map((line) => (
            <li key={line.id} className="safety-help-item">
              <h3>{t(`page.help.lines.${line.id}.name`)}</h3>
              <p>{t(`page.help.lines.${line.id}.about`)}</p>
              <ul className="safety-help-contacts">
                {line.calls.map((c) => (
                  <li key={c.tel}>
                    <a className="safety-contact-link" href={`tel:${c.tel}`}>
                      {t('page.help.call', { number: c.shown })}
                    </a>
                  </li>
                ))}
                {line.texts.map((c) => (
                  <li key={c.sms}>
                    <a className="safety-contact-link" href={`sms:${c.sms}`}>
                      {line.id === 'dv' ? t('page.help.textStart', { number: c.shown }) : t('page.help.text', { number: c.shown })}
                    </a>
                  </li>
                ))}
                {line.web ? (
                  <li>
                    <ExternalLink className="safety-contact-link" href={line.web.href}>
                      {line.web.shown}
                      {newTab}
                    </ExternalLink>
                  </li>
                ) : null}
              </ul>
            </li>
          ))}
        </ul>
        <p>{t('page.help.logs')}</p>
      </section>

      <div className="safety-actions">
        <button type="button" className="safety-button" onClick={onBack}>
          {t('page.back')}
        </button>
      </div>
    </article>
  );
}
