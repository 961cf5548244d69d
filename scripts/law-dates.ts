import { LANGUAGES } from '../src/i18n/languages.ts';
import { LAW_REVIEWED } from '../src/rules/law-date.ts';

/**
 * The law-review date, written out at build time in every offered language ("November 28, 2026",
 * "28 de noviembre de 2026"…). The footer shows it on every page, from the first: formatting it in
 * the browser means making a date formatter, which loads the language's date data (about 110 ms of
 * a slow phone's start). Node formats it with the same data as the browser (tests/i18n/law-dates.test.ts
 * checks the two agree).
 */
export function lawReviewedDates(): Record<string, string> {
  const day = new Date(`${LAW_REVIEWED}T00:00:00Z`);
  return Object.fromEntries(
    LANGUAGES.map(({ code }) => [
      code,
      new Intl.DateTimeFormat(code, { dateStyle: 'long', timeZone: 'UTC' }).format(day),
    ]),
  );
}
