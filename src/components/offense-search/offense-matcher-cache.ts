import { i18n } from '@/i18n/config';

import { createOffenseMatcher, type OffenseBundle, type OffenseMatcher } from './offense-matcher';

const built = new Map<string, OffenseMatcher>();

/**
 * The offense search for `language`, built once for each set of offense names in memory.
 *
 * Names in the current language come first; names in other languages already loaded (and English
 * and Spanish, if they are) are searched too, so a person who switched language still finds an
 * offense by the words they know. Building the index took 40 to 90 ms on a slow phone (4x CPU), on
 * every visit to the offense question, so it is kept, and `prepareOffenseSearch` builds it in idle
 * time before the question is reached.
 */
export function offenseMatcher(language: string): OffenseMatcher {
  const bundleOf = (lng: string) => i18n.getResourceBundle(lng, 'offenses') as OffenseBundle | undefined;
  const candidates = i18n.languages.length > 0 ? [...new Set([language, ...i18n.languages, 'en', 'es'])] : [language];
  const others = candidates.filter((lng) => lng !== language && bundleOf(lng) !== undefined);
  const key = [language, ...others].join(' ');
  let match = built.get(key);
  if (!match) {
    match = createOffenseMatcher(
      bundleOf(language) ?? {},
      others.map((lng) => bundleOf(lng)!),
    );
    built.set(key, match);
  }
  return match;
}

/** Builds the current language's offense search when the browser is next idle. */
export function prepareOffenseSearch(): () => void {
  const build = () => {
    const language = i18n.resolvedLanguage;
    if (language) offenseMatcher(language);
  };
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(build, 2000);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(build);
  return () => window.cancelIdleCallback(handle);
}
