/**
 * The one list of languages. The switcher, the first-page choice and the review notice all read it.
 *
 * `reviewed` stays false until a native speaker has checked the whole language; until then the
 * app says so, in that language, on the start page and with the results. A language is offered
 * only when its files are in `locales/<code>/` (see `locale-loaders.ts`), and the locale tests
 * fail if those files are incomplete, so adding a language is adding its files and a line here.
 */
export interface LanguageInfo {
  /** BCP 47 tag, also the folder name under `locales/`. */
  readonly code: string;
  /** The language's name in itself, so a person who cannot read the current one can find theirs. */
  readonly name: string;
  readonly reviewed: boolean;
  /** Other tags a browser may send for this language (matched before the base-language rule). */
  readonly aliases?: readonly string[];
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', name: 'English', reviewed: true },
  { code: 'es', name: 'Español', reviewed: false },
  // Traditional script only: zh-TW/HK/MO browsers ask for it; a zh-CN (Simplified) browser is not
  // sent here, because a wrong script is harder to read than English for some.
  { code: 'zh-Hant', name: '繁體中文', reviewed: false, aliases: ['zh-TW', 'zh-HK', 'zh-MO'] },
  { code: 'vi', name: 'Tiếng Việt', reviewed: false },
  { code: 'ko', name: '한국어', reviewed: false },
  // Browsers send "fil" (Filipino) as often as "tl" (Tagalog).
  { code: 'tl', name: 'Tagalog', reviewed: false, aliases: ['fil'] },
];

export const SOURCE_LANGUAGE = 'en';

export function languageInfo(code: string | undefined): LanguageInfo | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

/**
 * The first offered language among the browser's preferences: an exact tag or alias first, then
 * the base language ("es-MX" → "es", "zh-Hant-TW" → "zh-Hant"), else English.
 */
export function pickLanguage(preferred: readonly string[], offered: readonly string[]): string {
  const lower = (s: string) => s.toLowerCase();
  const names = (code: string) => [code, ...(languageInfo(code)?.aliases ?? [])].map(lower);
  for (const tag of preferred) {
    const wanted = lower(tag);
    const match =
      offered.find((code) => names(code).includes(wanted)) ??
      offered.find((code) => names(code).some((name) => wanted.startsWith(`${name}-`))) ??
      offered.find((code) => lower(code) === wanted.split('-')[0]);
    if (match) return match;
  }
  return offered.includes(SOURCE_LANGUAGE) ? SOURCE_LANGUAGE : (offered[0] ?? SOURCE_LANGUAGE);
}
