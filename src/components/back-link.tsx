import { useTranslation } from '@/i18n/use-translation';

/** GOV.UK back link: a button styled as a link, so it never adds a browser history entry. */
export function BackLink({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('common');
  return (
    <button type="button" className="back-link" onClick={onBack}>
      {t('back')}
    </button>
  );
}
