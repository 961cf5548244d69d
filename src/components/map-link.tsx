import { useTranslation } from '@/i18n/use-translation';

/** "See every question (the interview map)", with the line that says who it is for. */
export function MapLink({ onShowMap }: { onShowMap: () => void }) {
  const { t } = useTranslation('wizard');
  return (
    <p className="body">
      {t('map.forLearners')}{' '}
      <button type="button" className="link-button" onClick={onShowMap}>
        {t('map.open')}
      </button>
    </p>
  );
}
