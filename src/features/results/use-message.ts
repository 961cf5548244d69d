import { keyExists, useTranslation } from '@/i18n/use-translation';
import { voicedKey, voiceFor } from '@/lib/voice';
import { ScreeningActor } from '@/machines/screening-actor';
import type { Message } from '@/rules';

type Params = Readonly<Record<string, string | number>>;

/**
 * Results speak to the person ("You said it has ended") or, for an intake worker or a student,
 * about them ("The person said it has ended"), as the questions did: a key with `{ self, person }`
 * variants is read in the voice the first answer chose.
 */
function useVoicedText(ns: 'results' | 'rules') {
  const { t } = useTranslation(ns);
  const voice = ScreeningActor.useSelector((snapshot) => voiceFor(snapshot.context.answers.audience));
  // Keys are built at run time (one per element, outcome and next step); tests/rules checks that
  // every key the engine can emit exists in every language, and tests/i18n that variants pair up.
  const translate = t as unknown as (key: string, params?: Params) => string;
  const exists = (key: string) => keyExists(ns, key);
  return (key: string, params?: Params) => translate(voicedKey(key, voice, exists), params);
}

/** Renders the rules engine's messages in the reader's voice. */
export function useMessage() {
  const text = useVoicedText('rules');
  return (message: Message) => text(message.key, message.params);
}

export function useRulesText() {
  return useVoicedText('rules');
}

/** The results page's own words, in the reader's voice. */
export function useResultsText() {
  return useVoicedText('results');
}
