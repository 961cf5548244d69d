import { useTranslation } from 'react-i18next';

import type { Message } from '@/rules';

/**
 * Renders the rules engine's messages. Their keys come from the engine at run time (one per
 * element, outcome and next step); tests/rules checks every key the engine can emit exists in
 * every language.
 */
export function useMessage() {
  const { t } = useTranslation('rules');
  const translate = t as unknown as (key: string, params?: Record<string, string | number>) => string;
  return (message: Message) => translate(message.key, message.params);
}

export function useRulesText() {
  const { t } = useTranslation('rules');
  return t as unknown as (key: string, params?: Record<string, string | number>) => string;
}
