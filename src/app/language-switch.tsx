import { AVAILABLE_LANGUAGES } from '@/i18n/config';
import { describeLanguage } from '@/i18n/locale-loaders';
import { useTranslation } from '@/i18n/use-translation';

/**
 * Each language is named in itself, so a person who cannot read the current one can still find
 * theirs. Switching changes only the words: every answer and the current page stay as they are.
 * Wide screens show one button per language; a phone shows the same choice as one native select,
 * so six names never push the question down the screen (CSS shows one of the two).
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
      <label className="language-switch__compact">
        <span className="visually-hidden">{t('language')}</span>
        <select
          className="language-switch__select"
          value={current}
          onChange={(event) => void i18n.changeLanguage(event.target.value)}
        >
          {AVAILABLE_LANGUAGES.map((lng) => (
            <option key={lng} value={lng} lang={lng}>
              {describeLanguage(lng)?.name ?? lng}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
