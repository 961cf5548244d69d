import { LAW_REVIEWED } from '@/rules';

/** The law-review date in the person's language ("November 28, 2026" / "28 de noviembre de 2026"). */
export function formatLawReviewed(language: string | undefined, isoDate: string = LAW_REVIEWED): string {
  // Read as UTC midnight so no time zone can shift the day.
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
