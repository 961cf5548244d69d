import { PATHWAY_IDS, type PathwayResult, type RecordResult } from '@/rules';

/**
 * What the page shows about one record, read from the rules' result. The recommended route is a
 * legal judgement the rules make (`RecordResult.best`); the page never ranks routes itself.
 */

/** The route to ask about first, or undefined when none is at least possible (then: free legal help). */
export function recommendedRoute(record: RecordResult): PathwayResult | undefined {
  return record.best === 'none' ? undefined : record.pathways[record.best];
}

/** Routes that could help later (the harm is still going on, say), shown so "none yet" is never the last word. */
export function laterRoutes(record: RecordResult): PathwayResult[] {
  return PATHWAY_IDS.map((id) => record.pathways[id]).filter((p) => p.applies && p.outcome === 'not_yet');
}

/** Every route that fits this kind of record other than the recommended one, in the rules' fixed order. */
export function otherRoutes(record: RecordResult): PathwayResult[] {
  return PATHWAY_IDS.map((id) => record.pathways[id]).filter((p) => p.applies && p.pathway !== record.best);
}

/** Routes that do not fit this kind of record at all: counted on the page, never listed. */
export function notFittingCount(record: RecordResult): number {
  return PATHWAY_IDS.filter((id) => !record.pathways[id].applies).length;
}
