import { useTranslation } from 'react-i18next';
import { findOffense, normaliseOffenseCode } from '@/rules/offenses/lookup';

/** The plain-language name of an offense answer, the code as typed, or undefined. */
export function useOffenseName(offense: string | undefined): string | undefined {
  const { t } = useTranslation('offenses');
  if (!offense || offense === 'skipped') return undefined;
  if (offense === 'unsure' || offense === 'prefer_not') return undefined;
  const entry = findOffense(offense);
  if (!entry) return normaliseOffenseCode(offense);
  const translate = t as unknown as (key: string) => string;
  return `${translate(`${entry.id}.name`)} (${entry.code})`;
}
