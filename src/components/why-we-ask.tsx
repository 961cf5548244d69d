import type { ReactNode } from 'react';

import { useTranslation } from '@/i18n/use-translation';

/** "Why we ask": every question explains itself (trauma-informed transparency). */
export function WhyWeAsk({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <details className="details">
      <summary className="details__summary">{t('whyWeAsk')}</summary>
      <div className="details__text">{children}</div>
    </details>
  );
}
