import { useTranslation } from '@/i18n/use-translation';
import { findOffense, normaliseOffenseCode } from '@/rules';

/**
 * Names an offense the way people recognise it: "Taking things from a store (shoplifting) (PC 459.5)".
 * A code not in the catalog is shown as typed; "not sure", "rather not say" and skipped give undefined.
 */
export function useOffenseNamer(): (offense: string | undefined) => string | undefined {
  const { t } = useTranslation('offenses');
  const translate = t as unknown as (key: string) => string;
  return (offense) => {
    if (!offense || offense === 'skipped' || offense === 'unsure' || offense === 'prefer_not') return undefined;
    const entry = findOffense(offense);
    return entry ? `${translate(`${entry.id}.name`)} (${entry.code})` : normaliseOffenseCode(offense);
  };
}

/** The name of one offense answer (see useOffenseNamer). */
export function useOffenseName(offense: string | undefined): string | undefined {
  return useOffenseNamer()(offense);
}
