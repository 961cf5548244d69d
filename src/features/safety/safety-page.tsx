import './safety.css';

import { useEffect, useRef } from 'react';

import { HelpLines } from '@/components/help-lines';
import { useTranslation } from '@/i18n/use-translation';

export interface SafetyPageProps {
  /** Go back to where the person was (the app decides where that is). */
  onBack: () => void;
  /** The inactivity time the app uses, in minutes, for the text. Default 15. */
  idleMinutes?: number;
}

const TIP_SECTIONS = ['exit', 'tabs', 'private', 'shared', 'history', 'stored', 'files', 'printing'] as const;

/**
 * How to use the tool more safely, honest about what it cannot hide, with help lines.
 * The heading takes focus on open so screen-reader users hear where they are.
 */
export function SafetyPage({ onBack, idleMinutes = 15 }: SafetyPageProps) {
  const { t } = useTranslation('safety');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

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

      {/* One list of help lines for the whole app (src/lib/help-lines.ts), so a number is
          checked and changed in one place. */}
      <HelpLines headingLevel={2} />
      <p>{t('page.help.logs')}</p>

      <div className="safety-actions">
        <button type="button" className="safety-button" onClick={onBack}>
          {t('page.back')}
        </button>
      </div>
    </article>
  );
}
