import { z } from 'zod/mini';

import { COURTS, HARM_KINDS, type HarmKind, type Sentence, STAGES } from '@/rules';

/**
 * The values an answer can take, in the wizard's own words. A question never asked is
 * `undefined`; a question seen and passed over is `skipped`; "I'd rather not say" is `prefer_not`.
 * The difference matters for Check your answers ("Not answered" vs "Rather not say") but both
 * become `skipped` in the facts (to-facts.ts).
 */

export const REPLIES = ['yes', 'no', 'unsure', 'prefer_not', 'skipped'] as const;
export const replySchema = z.enum(REPLIES);
export type Reply = z.output<typeof replySchema>;

export const AUDIENCES = ['self', 'helper', 'learner', 'skipped'] as const;
export const SITUATION_REPLIES = ['ended', 'ongoing', 'unsure', 'prefer_not', 'skipped'] as const;
export const STAGE_REPLIES = [...STAGES, 'prefer_not', 'skipped'] as const;
export const COURT_REPLIES = [...COURTS, 'prefer_not', 'skipped'] as const;
export const LEVEL_REPLIES = ['misdemeanor', 'felony', 'infraction', 'unsure', 'prefer_not', 'skipped'] as const;
export const AGE_REPLIES = ['minor', 'adult', 'unsure', 'prefer_not', 'skipped'] as const;
export const EVIDENCE_REPLIES = ['documents', 'none', 'unsure', 'prefer_not', 'skipped'] as const;
export const SENTENCE_REPLIES = [
  'probation',
  'county_jail',
  'state_prison',
  'fine_only',
  'none',
  'unsure',
  'prefer_not',
  'skipped',
] as const satisfies readonly (Sentence | 'prefer_not')[];
/** Two ways to say "no" (no one else inside, or not a home): both are `no` in the facts. */
export const HOME_REPLIES = ['yes', 'no_one_inside', 'not_a_home', 'unsure', 'prefer_not', 'skipped'] as const;

/** A harm counts as part of the person's story when they said yes or weren't sure. */
export const harmIsPossible = (reply: Reply | undefined): boolean => reply === 'yes' || reply === 'unsure';

/**
 * The one "what happened" page, stored as one reply per harm so the facts read it directly: a
 * ticked harm is `yes` and the others `no`; "none of these" is `no`, "I'm not sure" `unsure` and
 * "I'd rather not say" `prefer_not` for all three. (Files saved before the page existed held three
 * separate answers, which may differ in any way; saved-context-upgrade.ts keeps them as they were.)
 */
export const harmRepliesSchema = z.strictObject({
  trafficking: replySchema,
  intimatePartnerViolence: replySchema,
  sexualViolence: replySchema,
});
export type HarmReplies = z.output<typeof harmRepliesSchema>;

/** What the page shows for the stored replies: the ticks, one exclusive choice, or (old files) a mix. */
export type HarmChoice =
  | { readonly choice: 'harms'; readonly kinds: readonly HarmKind[] }
  | { readonly choice: 'none' | 'unsure' | 'prefer_not' | 'skipped' }
  | { readonly choice: 'mixed' };

export const HARM_EXCLUSIVE = ['none', 'unsure', 'prefer_not'] as const;
export type HarmExclusive = (typeof HARM_EXCLUSIVE)[number];

export const allHarms = (reply: Reply): HarmReplies => ({
  trafficking: reply,
  intimatePartnerViolence: reply,
  sexualViolence: reply,
});

/** The replies for the page's ticks, or for one of its exclusive choices. */
export function harmRepliesFor(kinds: readonly HarmKind[], exclusive?: HarmExclusive | 'skipped'): HarmReplies {
  if (exclusive) return allHarms(exclusive === 'none' ? 'no' : exclusive);
  if (kinds.length === 0) return allHarms('skipped');
  const reply = (harm: HarmKind): Reply => (kinds.includes(harm) ? 'yes' : 'no');
  return {
    trafficking: reply('trafficking'),
    intimatePartnerViolence: reply('intimatePartnerViolence'),
    sexualViolence: reply('sexualViolence'),
  };
}

export function harmChoiceOf(replies: HarmReplies | undefined): HarmChoice {
  if (!replies) return { choice: 'skipped' };
  const values = HARM_KINDS.map((harm) => replies[harm]);
  const all = (reply: Reply) => values.every((value) => value === reply);
  if (all('no')) return { choice: 'none' };
  if (all('unsure') || all('prefer_not') || all('skipped')) return { choice: values[0] as 'unsure' };
  if (values.every((value) => value === 'yes' || value === 'no'))
    return { choice: 'harms', kinds: HARM_KINDS.filter((harm) => replies[harm] === 'yes') };
  return { choice: 'mixed' };
}

/** The harms this person said happened (or may have). */
export function possibleHarms(answers: { readonly harms?: HarmReplies }): HarmKind[] {
  return HARM_KINDS.filter((harm) => harmIsPossible(answers.harms?.[harm]));
}

/** The law each harm falls under: PC 236.14 for trafficking, PC 236.15 for partner or sexual violence. */
const LAW_FOR_HARM: Readonly<Record<HarmKind, 'pc236_14' | 'pc236_15'>> = {
  trafficking: 'pc236_14',
  intimatePartnerViolence: 'pc236_15',
  sexualViolence: 'pc236_15',
};

/**
 * Whether a record must say which harm it is tied to. Only when the harms in play fall under both
 * laws: partner and sexual violence are the same law (PC 236.15), so a link between them changes
 * nothing. And not when the person is only "not sure" what happened: a link could then only close
 * a door, and the lawyer sorts it out (every possible harm stays linked).
 */
export function recordNeedsItsHarm(answers: { readonly harms?: HarmReplies }): boolean {
  const harms = possibleHarms(answers);
  const laws = new Set(harms.map((harm) => LAW_FOR_HARM[harm]));
  return laws.size > 1 && harms.some((harm) => answers.harms?.[harm] === 'yes');
}

/** "Not sure" and "rather not say" come last, after a divider (GOV.UK "or"). */
export interface ChoiceOption {
  readonly value: string;
  /** Label key under `steps.<step>.options`; defaults to the value. */
  readonly label?: string;
  /** Draw the GOV.UK "or" divider before this option. */
  readonly dividerBefore?: boolean;
}

export const UNSURE_OR_RATHER_NOT: readonly ChoiceOption[] = [
  { value: 'unsure', dividerBefore: true },
  { value: 'prefer_not' },
];
export const YES_NO: readonly ChoiceOption[] = [{ value: 'yes' }, { value: 'no' }, ...UNSURE_OR_RATHER_NOT];
