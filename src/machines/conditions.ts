import type { Loose } from './question-kinds';
import { possibleHarms } from './replies';

/**
 * When a page of the interview is asked: a test over the answers, and the words that say it, kept in
 * one object so the interview map (features/map) can never describe a rule the machine does not run.
 * Each key names a sentence under `wizard:conditions.<key>` in every language; a test checks that
 * every condition in the question table has its words.
 */
export interface Condition {
  /** The keys of the sentences that describe it; all of them must hold. */
  readonly says: readonly string[];
  readonly holds: (person: Loose, record: Loose) => boolean;
}

/** One condition: its words' key and its test. */
export const when = (key: string, holds: (person: Loose, record: Loose) => boolean): Condition => ({
  says: [key],
  holds,
});

/** Every one of these holds (the map lists each one's words). */
export const allOf = (...conditions: readonly Condition[]): Condition => ({
  says: conditions.flatMap((condition) => condition.says),
  holds: (person, record) => conditions.every((condition) => condition.holds(person, record)),
});

/** The person said yes or "not sure" to at least one kind of harm. */
export const harmReported = when('harmReported', (person) => possibleHarms(person).length > 0);
