import { LAW_REVIEWED } from '@/rules';

// Making a formatter costs more than using one (about 100 ms on a slow phone, the first time), so
// the law-review date comes ready-made from the build, and other dates share one per language.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date in the person's language ("November 28, 2026" / "28 de noviembre de 2026"). */
export function formatLawReviewed(language: string | undefined, isoDate: string = LAW_REVIEWED): string {
  const ready = isoDate === LAW_REVIEWED && language !== undefined ? __LAW_REVIEWED_DATES__[language] : undefined;
  if (ready !== undefined) return ready;
  const key = language ?? '';
  let format = formatters.get(key);
  if (!format) {
    // Read as UTC midnight so no time zone can shift the day.
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
