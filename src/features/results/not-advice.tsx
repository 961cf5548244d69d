import { useTranslation } from '@/i18n/use-translation';

import { useResultsText } from './use-message';

/**
 * "Not legal advice" stays on the first screen in one short line; what it means, and when the law
 * was last checked, is one tap away.
 */
export function NotAdvice({ reviewed }: { reviewed: string }) {
  const { t } = useTranslation('results');
  const text = useResultsText();
  return (
    <details className="not-advice">
      <summary className="not-advice__summary">
        <strong>{t('notAdviceShort')}</strong> <span className="not-advice__more">{t('notAdviceMore')}</span>
      </summary>
      <div className="not-advice__text">
        <p className="body">{text('notAdviceRest')}</p>
        <p className="body">{t('reviewed', { date: reviewed })}</p>
      </div>
    </details>
  );
}
