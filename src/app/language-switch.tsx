import { useTranslation } from 'react-i18next';
import { AVAILABLE_LANGUAGES } from '@/i18n/config';
import { describeLanguage } from '@/i18n/locale-loaders';

/**
 * Each language is named in itself, so a person who cannot read the current one can still find
 * theirs. Switching changes only the words: every answer and the current page stay as they are.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = i18n.resolvedLanguage;
  return (
    <nav className="language-switch" aria-label={t('language')}>
      <ul className="language-switch__list">
        {AVAILABLE_LANGUAGES.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              lang={lng}
              className="language-switch__button"
              aria-pressed={current === lng}
              onClick={() => void i18n.changeLanguage(lng)}
            >
              {describeLanguage(lng)?.name ?? lng}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
