import type { Outcome } from '@/rules';

import { useRulesText } from './use-message';

/**
 * The outcome in words with a calm colour. No red and no alarm styling for "unlikely" or
 * "not available": a hard answer should never feel like a failure.
 */
export function OutcomeTag({ outcome }: { outcome: Outcome }) {
  const t = useRulesText();
  return <strong className={`tag tag--${outcome.replace('_', '-')}`}>{t(`outcome.${outcome}.headline`)}</strong>;
}
