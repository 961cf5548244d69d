import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '@/i18n/config';

/** Each language is named in itself, so a person who cannot read the current one can still find theirs. */
const NATIVE_NAMES = { en: 'English', es: 'Español' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = i18n.resolvedLanguage;
  return (
    <nav className="language-switch" aria-label={t('language')}>
      <ul className="language-switch__list">
        {SUPPORTED_LANGUAGES.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              lang={lng}
              className="language-switch__button"
              aria-pressed={current === lng}
              onClick={() => void i18n.changeLanguage(lng)}
            >
              {NATIVE_NAMES[lng]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
