import { PATHWAY_IDS, type PathwayResult, type RecordResult } from '@/rules';

/**
 * The ways that fit a record, in the order the rules decide: the recommended route (`best`, a legal
 * judgement made in src/rules) first, then the others in the rules' fixed order. The page never
 * ranks pathways by outcome itself.
 */
export function fittingPathways(record: RecordResult): PathwayResult[] {
  const fitting = PATHWAY_IDS.map((id) => record.pathways[id]).filter((p) => p.applies);
  const best = recommended(record);
  return best ? [best, ...fitting.filter((p) => p !== best)] : fitting;
}

/** The recommended route, or undefined when the rules recommend none. */
export function recommended(record: RecordResult): PathwayResult | undefined {
  return record.best === 'none' ? undefined : record.pathways[record.best];
}
