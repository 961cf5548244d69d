import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from '../../locales/en/common.json';
import enGlossary from '../../locales/en/glossary.json';
import enOffenses from '../../locales/en/offenses.json';
import enResults from '../../locales/en/results.json';
import enRules from '../../locales/en/rules.json';
import enSafety from '../../locales/en/safety.json';
import enStart from '../../locales/en/start.json';
import enValidation from '../../locales/en/validation.json';
import enWizard from '../../locales/en/wizard.json';
import esCommon from '../../locales/es/common.json';
import esGlossary from '../../locales/es/glossary.json';
import esOffenses from '../../locales/es/offenses.json';
import esResults from '../../locales/es/results.json';
import esRules from '../../locales/es/rules.json';
import esSafety from '../../locales/es/safety.json';
import esStart from '../../locales/es/start.json';
import esValidation from '../../locales/es/validation.json';
import esWizard from '../../locales/es/wizard.json';

export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const defaultNS = 'common';

/**
 * Every sentence a person reads, bundled into the app at build time: nothing is fetched at run
 * time (the CSP has `connect-src 'none'`), so switching language never touches the network.
 */
export const resources = {
  en: {
    common: enCommon,
    start: enStart,
    wizard: enWizard,
    results: enResults,
    rules: enRules,
    offenses: enOffenses,
    safety: enSafety,
    validation: enValidation,
    glossary: enGlossary,
  },
  es: {
    common: esCommon,
    start: esStart,
    wizard: esWizard,
    results: esResults,
    rules: esRules,
    offenses: esOffenses,
    safety: esSafety,
    validation: esValidation,
    glossary: esGlossary,
  },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  // Explicit, so a missing Spanish string falls back to English instead of showing a raw key.
  fallbackLng: 'en',
  supportedLngs: [...SUPPORTED_LANGUAGES],
  ns: NAMESPACES,
  defaultNS,
  returnNull: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

// Screen readers pick their voice from <html lang>; keep it in step with the chosen language.
i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});
