import i18next, { type BackendModule } from 'i18next';

import { AVAILABLE_LANGUAGES, loadNamespace, NAMESPACES } from './locale-loaders';

export { AVAILABLE_LANGUAGES, NAMESPACES } from './locale-loaders';

export const defaultNS = 'common';

/**
 * Strings come from this site's own static files, one chunk per language, loaded with import()
 * (script-src 'self'): the CSP keeps connect-src 'none'. Only the chosen language is loaded; a
 * switch loads that one language and nothing else.
 */
const localeFiles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    loadNamespace(language, namespace).then(
      (bundle) => callback(null, bundle),
      (error: Error) => callback(error, false),
    );
  },
};

export const i18n = i18next.createInstance();

let started: Promise<unknown> | undefined;

/** Loads the first language's strings; the app renders once this resolves. */
export function startI18n(language: string): Promise<unknown> {
  started ??= i18n.use(localeFiles).init({
    lng: language,
    // No fallback language: it would load a second language with every page. The locale tests
    // make sure no language is offered with a string missing.
    fallbackLng: false,
    supportedLngs: [...AVAILABLE_LANGUAGES],
    load: 'currentOnly',
    ns: NAMESPACES,
    defaultNS,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    // Ask for the language file at once, not on a later tick: a request started while the page
    // loads is part of the page load, so nothing is fetched after the load event.
    initAsync: false,
  });
  return started;
}

// Screen readers pick their voice from <html lang>; keep it in step with the chosen language.
i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});
