import { OUTCOME_RANK, PATHWAY_IDS, type PathwayResult, type RecordResult } from '@/rules';

/** The ways that fit a record, best outcome first; ties keep the order of case-format.md. */
export function fittingPathways(record: RecordResult): PathwayResult[] {
  return PATHWAY_IDS.map((id) => record.pathways[id])
    .filter((p) => p.applies)
    .sort((a, b) => OUTCOME_RANK[b.outcome] - OUTCOME_RANK[a.outcome] || PATHWAY_IDS.indexOf(a.pathway) - PATHWAY_IDS.indexOf(b.pathway));
}
