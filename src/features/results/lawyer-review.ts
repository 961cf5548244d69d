import { type ElementResult, OUTCOME_RANK, type PathwayResult } from '@/rules';

/**
 * Which of a route's open points are worth a lawyer's time: only those that can change what the
 * person does. The rules mark every element whose law is not settled, and every answer left
 * "not sure", even on routes already ruled out for another reason (PC 236.15 for someone who
 * named no partner or sexual violence, say). Flagging those sends a lawyer after a point that
 * cannot open the route, and buries the flags that matter.
 *
 * - A route at least `possible` is live: every open point counts.
 * - A route below that counts an open point only when that point is what holds it back (its limit
 *   is the route's outcome): a lawyer who reads the law differently, or a fact found, could open
 *   it. Such a route is flagged with a plain reason (`ruledOutFor`), not as a live route. When a
 *   settled reason rules it out just as far, settling the open point could not open it: no flag.
 */
export interface RouteReview {
  /** Elements whose unsettled law a lawyer should check. */
  readonly unsettled: readonly ElementResult[];
  /** Elements whose facts the answers left open ("not sure"), law settled. */
  readonly openFacts: readonly ElementResult[];
  /** True when the route is below `possible` and these points are what hold it back. */
  readonly ruledOutFor: boolean;
}

const isLive = (route: PathwayResult) => OUTCOME_RANK[route.outcome] >= OUTCOME_RANK.possible;

/** Another element, settled in law and in fact, already keeps the route where it is. */
const settledElsewhere = (route: PathwayResult, element: ElementResult) =>
  route.elements.some(
    (other) =>
      other !== element &&
      other.status === 'not_met' &&
      !other.needsLawyerReview &&
      other.limit !== undefined &&
      OUTCOME_RANK[other.limit] <= OUTCOME_RANK[route.outcome],
  );

const holdsBack = (route: PathwayResult, element: ElementResult) =>
  element.status !== 'met' &&
  element.limit !== undefined &&
  OUTCOME_RANK[element.limit] === OUTCOME_RANK[route.outcome] &&
  !settledElsewhere(route, element);

export function routeReview(route: PathwayResult): RouteReview {
  const live = isLive(route);
  const counts = (element: ElementResult) => live || holdsBack(route, element);
  const unsettled = route.elements.filter((e) => e.needsLawyerReview && counts(e));
  const openFacts = route.elements.filter((e) => e.status === 'unsure' && !e.needsLawyerReview && counts(e));
  return { unsettled, openFacts, ruledOutFor: !live && unsettled.length > 0 };
}
