import { describeLanguage } from '@/i18n/locale-loaders';
import { useTranslation } from '@/i18n/use-translation';

/**
 * Honest about translation: until a native speaker has checked a language, say so in that
 * language. Shown once on the start page and once with the results, where a wrong word costs most.
 */
export function ReviewNotice() {
  const { t, i18n } = useTranslation('common');
  if (describeLanguage(i18n.resolvedLanguage)?.reviewed !== false) return null;
  return (
    <p className="review-notice" role="note">
      {t('reviewNotice')}
    </p>
  );
}
