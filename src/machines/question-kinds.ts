import type { z } from 'zod/mini';

import type { Condition } from './conditions';
import type { ChoiceOption } from './replies';

/** Answers as the table's predicates see them: any field may be missing (never asked). */
export type Loose = { readonly [field: string]: unknown };

/** Where a page sits: before the records, once per record (the record loop), after the records. */
export type Phase = 'beforeRecords' | 'record' | 'afterRecords';

/** The parts of the interview a progress indicator can show, in order. */
export const SECTIONS = ['aboutYou', 'whatHappened', 'records', 'papers', 'check'] as const;
export type Section = (typeof SECTIONS)[number];

/** Which form control renders the page (features/wizard picks the component). */
export type Control = 'radios' | 'harms' | 'offense' | 'whichHarm' | 'evidence' | 'contentNote' | 'safetyPause';

interface PageSpec<Id extends string, P extends Phase> {
  readonly id: Id;
  readonly phase: P;
  readonly section: Section;
  readonly control: Control;
  /** Whether the page is on this person's path, with the words that say when; always, when left out. */
  readonly applies?: Condition;
}

export interface QuestionSpec<
  Id extends string,
  P extends Phase,
  F extends string,
  S extends z.ZodMiniType,
> extends PageSpec<Id, P> {
  readonly kind: 'question';
  /** The answer's field: on the person's answers, or on each record for `phase: 'record'`. */
  readonly field: F;
  /** What a valid answer looks like. Anything else is stored as `skipped`: no answer is required. */
  readonly schema: S;
  /** The value stored when the person moves on without a (valid) answer. */
  readonly skipped: z.output<S>;
  /** The options of a `radios` control, in order. */
  readonly options?: readonly ChoiceOption[];
  /** Tidies a valid answer before it is stored. */
  readonly normalise?: (value: z.output<S>) => z.output<S>;
  /** Fields of the same record that a different answer here makes stale (they are asked again). */
  readonly clearsWhenChanged?: readonly string[];
  /** When a stored answer still counts as answered; by default, whenever there is one. */
  readonly isAnswered?: (value: unknown, person: Loose) => boolean;
}

export interface InformationSpec<Id extends string, P extends Phase> extends PageSpec<Id, P> {
  readonly kind: 'information';
  /** After a change to one of these questions (from Check your answers), show this page again. */
  readonly shownAgainAfterChanging?: readonly string[];
}

export const defineQuestion = <
  const Id extends string,
  const P extends Phase,
  const F extends string,
  S extends z.ZodMiniType,
>(
  spec: Omit<QuestionSpec<Id, P, F, S>, 'kind'>,
): QuestionSpec<Id, P, F, S> => ({ kind: 'question', ...spec });

export const defineInformation = <const Id extends string, const P extends Phase>(
  spec: Omit<InformationSpec<Id, P>, 'kind'>,
): InformationSpec<Id, P> => ({ kind: 'information', ...spec });

export type AnyQuestion = QuestionSpec<string, Phase, string, z.ZodMiniType>;
export type AnyPage = AnyQuestion | InformationSpec<string, Phase>;
