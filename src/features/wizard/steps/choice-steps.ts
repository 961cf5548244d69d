import type { StepId } from '@/machines/flow';

/**
 * The questions answered by picking one option. Values are the machine's answer values
 * (machines/answers.ts); labels are `wizard:steps.<step>.options.<label>`.
 * "I'm not sure" and "I'd rather not say" are real answers here, never a failure to answer:
 * the results adapt to them (mostly to "possible").
 */
export interface ChoiceOption {
  readonly value: string;
  /** Label key under `steps.<step>.options`; defaults to the value. */
  readonly label?: string;
  /** Draw the GOV.UK "or" divider before this option. */
  readonly dividerBefore?: boolean;
}

const unsureAndRatherNot: readonly ChoiceOption[] = [
  { value: 'unsure', dividerBefore: true },
  { value: 'prefer_not' },
];
const yesNo: readonly ChoiceOption[] = [{ value: 'yes' }, { value: 'no' }, ...unsureAndRatherNot];

export const CHOICE_STEPS = {
  audience: [{ value: 'self' }, { value: 'helper' }, { value: 'learner' }],
  safetyCheck: [{ value: 'yes' }, { value: 'no' }, { value: 'unsure', dividerBefore: true }],
  harmTrafficking: yesNo,
  harmPartner: yesNo,
  harmSexual: yesNo,
  situation: [{ value: 'ended' }, { value: 'ongoing' }, ...unsureAndRatherNot],
  soughtHelp: yesNo,
  recordStage: [
    { value: 'conviction' },
    { value: 'arrest_no_charges' },
    { value: 'charges_dismissed' },
    { value: 'pending' },
    { value: 'juvenile_adjudication' },
    ...unsureAndRatherNot,
  ],
  recordCourt: [{ value: 'california' }, { value: 'other_state' }, { value: 'federal' }, ...unsureAndRatherNot],
  recordLevel: [{ value: 'felony' }, { value: 'misdemeanor' }, { value: 'infraction' }, ...unsureAndRatherNot],
  recordEnhancement: yesNo,
  recordAge: [{ value: 'minor' }, { value: 'adult' }, ...unsureAndRatherNot],
  recordDuring: yesNo,
  recordBecause: yesNo,
  recordSentence: yesNo,
  // The fact is "not a citizen"; the question asks the simpler thing, "are you a citizen?".
  immigration: [{ value: 'no', label: 'citizen' }, { value: 'yes', label: 'notCitizen' }, ...unsureAndRatherNot],
} as const satisfies Partial<Record<StepId, readonly ChoiceOption[]>>;

export type ChoiceStepId = keyof typeof CHOICE_STEPS;

export const isChoiceStep = (step: StepId): step is ChoiceStepId => step in CHOICE_STEPS;
