import type { Message, PathwayId, ScreeningResult } from '@/rules';

import { recommendedRoute } from './recommended';

/** The official finder of California superior courts: the page links it instead of naming a county. */
export const COURT_FINDER_URL = 'https://www.courts.ca.gov/find-my-court.htm';

/** Where a record's recommended route is asked for. */
export type FilingNote =
  /** A California superior court: the one that convicted the person, or for an arrest the county's court. */
  | { readonly record: number; readonly kind: 'state'; readonly pathway: PathwayId; readonly forms: readonly string[] }
  /** 18 U.S.C. 3771A: a motion in the federal court that sentenced the person. */
  | { readonly record: number; readonly kind: 'federal'; readonly pathway: PathwayId }
  /** PC 236.23 / 236.24: a defense raised in the open case itself, by the person's lawyer. */
  | { readonly record: number; readonly kind: 'openCase'; readonly pathway: PathwayId };

export interface CaseNextSteps {
  readonly safetyFirst: boolean;
  readonly immigrationFirst: boolean;
  /** Papers that help the recommended routes, each once, in the order the rules give them. */
  readonly papers: readonly Message[];
  readonly filing: readonly FilingNote[];
}

const OPEN_CASE: readonly PathwayId[] = ['pc236_23', 'pc236_24'];

/**
 * One ordered list for the whole case, built from what the rules recommend for each record, so
 * nothing is repeated card by card: safety, immigration advice, papers, free legal help, where to file.
 */
export function caseNextSteps(result: ScreeningResult, { safetyFirst }: { safetyFirst: boolean }): CaseNextSteps {
  const papers = new Map<string, Message>();
  const filing: FilingNote[] = [];
  result.records.forEach((record, index) => {
    const route = recommendedRoute(record);
    if (!route) return;
    for (const paper of route.evidenceThatHelps) if (!papers.has(paper.key)) papers.set(paper.key, paper);
    if (route.pathway === 'usc3771a') filing.push({ record: index, kind: 'federal', pathway: route.pathway });
    else if (OPEN_CASE.includes(route.pathway))
      filing.push({ record: index, kind: 'openCase', pathway: route.pathway });
    else filing.push({ record: index, kind: 'state', pathway: route.pathway, forms: route.forms });
  });
  return { safetyFirst, immigrationFirst: result.immigrationCaution, papers: [...papers.values()], filing };
}
