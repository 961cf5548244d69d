import { type Outcome, PATHWAY_IDS, type PathwayId, type ScreeningResult } from '@/rules';

import { recommendedRoute } from '../recommended';

/** A value under the changed answers, and what it was under the real ones when it differs. */
export interface Change<T> {
  readonly now: T;
  /** Present only when the value changed. */
  readonly was?: T;
}

export interface RecordComparison {
  readonly recommended: Change<PathwayId | 'none'>;
  /** Routes that fit this kind of record under either set of answers, in the rules' fixed order. */
  readonly pathways: readonly ({ readonly pathway: PathwayId } & Change<Outcome>)[];
}

export interface Comparison {
  readonly safetyFirst: Change<boolean>;
  readonly immigrationCaution: Change<boolean>;
  readonly records: readonly RecordComparison[];
  /** How many of the values above changed. */
  readonly changed: number;
}

function change<T>(now: T, before: T): Change<T> {
  return now === before ? { now } : { now, was: before };
}

/**
 * Every outcome under the changed answers next to the real one: pure, so it can be tested alone.
 * `unsafeNow`: the person said now may not be a safe time, which leads with safety whatever the facts.
 */
export function compareResults(real: ScreeningResult, whatIf: ScreeningResult, { unsafeNow = false } = {}): Comparison {
  const records = whatIf.records.map((record, index): RecordComparison => {
    const before = real.records[index]!;
    const pathways = PATHWAY_IDS.filter((id) => record.pathways[id].applies || before.pathways[id].applies).map(
      (id) => ({
        pathway: id,
        ...change(record.pathways[id].outcome, before.pathways[id].outcome),
      }),
    );
    return {
      recommended: change(recommendedRoute(record)?.pathway ?? 'none', recommendedRoute(before)?.pathway ?? 'none'),
      pathways,
    };
  });
  const safetyFirst = change(whatIf.safetyFirst || unsafeNow, real.safetyFirst || unsafeNow);
  const immigrationCaution = change(whatIf.immigrationCaution, real.immigrationCaution);
  const all: Change<unknown>[] = [
    safetyFirst,
    immigrationCaution,
    ...records.flatMap((r) => [r.recommended, ...r.pathways]),
  ];
  return { safetyFirst, immigrationCaution, records, changed: all.filter((c) => 'was' in c).length };
}
