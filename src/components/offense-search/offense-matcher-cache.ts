import { AVAILABLE_LANGUAGES, i18n } from '@/i18n/config';
import { whenIdle } from '@/lib/when-idle';

import { createOffenseMatcher, type OffenseBundle, type OffenseMatcher } from './offense-matcher';

/** Per language: the index, and which languages' names it was built from. */
const built = new Map<string, { from: string; match: OffenseMatcher }>();

/**
 * The offense search for `language`, built once for each set of offense names in memory.
 *
 * Names in the current language come first; names in every other language loaded in this visit
 * are searched too, so a person who switched language still finds an offense by the words they
 * know. Building the index took 40 to 90 ms on a slow phone (4x CPU), on every visit to the offense
 * question, so it is kept (one per language, rebuilt when another language's names arrive), and
 * `prepareOffenseSearch` builds it in idle time before the question is reached.
 */
export function offenseMatcher(language: string): OffenseMatcher {
  const bundleOf = (lng: string) => i18n.getResourceBundle(lng, 'offenses') as OffenseBundle | undefined;
  const others = AVAILABLE_LANGUAGES.filter((lng) => lng !== language && bundleOf(lng) !== undefined);
  const from = others.join(' ');
  const kept = built.get(language);
  if (kept?.from === from) return kept.match;
  const match = createOffenseMatcher(
    bundleOf(language) ?? {},
    others.map((lng) => bundleOf(lng)!),
  );
  built.set(language, { from, match });
  return match;
}

/** Builds the current language's offense search when the browser is next idle. */
export function prepareOffenseSearch(): () => void {
  const build = () => {
    const language = i18n.resolvedLanguage;
    if (language) offenseMatcher(language);
  };
  return whenIdle(build, 2000);
}
