import type { ChoiceItem } from '@/components/choice-item';
import { keyExists, useTranslation } from '@/i18n/use-translation';
import { type Voice, voicedKey, voiceFor } from '@/lib/voice';
import type { ChoiceOption } from '@/machines/replies';
import { ScreeningActor } from '@/machines/screening-actor';

/**
 * Questions speak to the person ("Were you…?") or about them ("Was the person…?") depending on
 * who is using the wizard. A key may hold one sentence, or `{ self, person }` variants.
 */
export function useVoice(): Voice {
  return ScreeningActor.useSelector((snapshot) => voiceFor(snapshot.context.answers.audience));
}

type Params = Record<string, string | number>;

export function useWizardText() {
  const { t } = useTranslation('wizard');
  const voice = useVoice();
  // Step texts are looked up by step id, so the keys are built at run time; the locale tests and
  // the step-coverage test check that every one of them exists in every language.
  const translate = t as unknown as (key: string, params?: Params) => string;
  const exists = (key: string) => keyExists('wizard', key);
  const text = (key: string, params?: Params): string => translate(voicedKey(key, voice, exists), params);
  const has = (key: string): boolean => exists(key) || exists(`${key}.${voice}`);
  return { text, has, voice };
}

/**
 * The words of one question, from `wizard:steps.<step>`: heading, and the optional hint and
 * "why we ask"; `items` puts its options into words (`options.<label>`, with `<label>Hint`).
 */
export function useQuestionText(step: string) {
  const { text, has } = useWizardText();
  const base = `steps.${step}`;
  const optional = (key: string) => (has(`${base}.${key}`) ? text(`${base}.${key}`) : undefined);
  const items = (options: readonly ChoiceOption[]): ChoiceItem[] =>
    options.map((option) => {
      const label = `${base}.options.${option.label ?? option.value}`;
      return {
        value: option.value,
        label: text(label),
        hint: has(`${label}Hint`) ? text(`${label}Hint`) : undefined,
        dividerBefore: option.dividerBefore,
      };
    });
  return {
    heading: text(`${base}.heading`),
    hint: optional('hint'),
    why: optional('why'),
    or: text('or'),
    items,
    text,
  };
}
