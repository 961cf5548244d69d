import { LAW_REVIEWED } from '@/rules';

// Making a formatter costs more than using one (about 10 ms on a slow phone), and the results
// render the date again on every change of "what if".
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The law-review date in the person's language ("November 28, 2026" / "28 de noviembre de 2026"). */
export function formatLawReviewed(language: string | undefined, isoDate: string = LAW_REVIEWED): string {
  const key = language ?? '';
  let format = formatters.get(key);
  if (!format) {
    // Read as UTC midnight so no time zone can shift the day.
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
