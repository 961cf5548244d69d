import { describe, expect, it } from 'vitest';

import { LANGUAGES } from '@/i18n/languages';
import { formatLawReviewed } from '@/lib/format-law-date';
import { LAW_REVIEWED } from '@/rules';

const formatted = (language: string, iso: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('dates in the person’s language', () => {
  it.each(LANGUAGES.map((l) => l.code))(
    'the law-review date written at build time reads as formatted now (%s)',
    (code) => {
      expect(formatLawReviewed(code)).toBe(formatted(code, LAW_REVIEWED));
      expect(__LAW_REVIEWED_DATES__[code]).toBe(formatted(code, LAW_REVIEWED));
    },
  );

  it('formats any other date, such as the day of the screening, in the browser', () => {
    expect(formatLawReviewed('en', '2026-12-01')).toBe('December 1, 2026');
    expect(formatLawReviewed('es', '2026-12-01')).toBe('1 de diciembre de 2026');
  });
});
