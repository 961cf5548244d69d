import { PATHWAY_IDS, type PathwayId, type PathwayResult, type RecordResult } from '@/rules/types';

/**
 * What the page shows about one record, read from the rules' result. The recommended route is a
 * legal judgement the rules make (`RecordResult.best`); the page never ranks routes itself.
 */

const hopeful = (p: PathwayResult) => p.applies && (p.outcome === 'likely' || p.outcome === 'possible');

/**
 * TEMPORARY until the rules' `best` field is merged: the same "vacatur first" order the rules
 * use, read only when `best` is missing. Delete this function and its call once `best` exists.
 */
function temporaryBest(record: RecordResult): PathwayId | 'none' {
  const hopefulOnes = PATHWAY_IDS.map((id) => record.pathways[id]).filter(hopeful);
  const top = hopefulOnes.find((p) => p.outcome === 'likely') ?? hopefulOnes[0];
  return top ? top.pathway : 'none';
}

/** The route to ask about first, or undefined when none is at least possible (then: free legal help). */
export function recommendedRoute(record: RecordResult): PathwayResult | undefined {
  const best = (record as { best?: PathwayId | 'none' }).best ?? temporaryBest(record);
  return best === 'none' ? undefined : record.pathways[best];
}

/** Routes that could help later (the harm is still going on, say), shown so "none yet" is never the last word. */
export function laterRoutes(record: RecordResult): PathwayResult[] {
  return PATHWAY_IDS.map((id) => record.pathways[id]).filter((p) => p.applies && p.outcome === 'not_yet');
}

/** Every route that fits this kind of record other than the recommended one, in the rules' fixed order. */
export function otherRoutes(record: RecordResult): PathwayResult[] {
  const best = recommendedRoute(record)?.pathway;
  return PATHWAY_IDS.map((id) => record.pathways[id]).filter((p) => p.applies && p.pathway !== best);
}

/** Routes that do not fit this kind of record at all: counted on the page, never listed. */
export function notFittingCount(record: RecordResult): number {
  return PATHWAY_IDS.filter((id) => !record.pathways[id].applies).length;
}

/**
 * Judicial Council form numbers for a route. TEMPORARY: `forms` arrives with the rules' next
 * change; until then the page says nothing about forms rather than guess.
 */
export function routeForms(route: PathwayResult): readonly string[] | undefined {
  return (route as { forms?: readonly string[] }).forms;
}

