import type { Facts } from '../facts';
import type { BestRoute, PathwayId, PathwayResult } from '../types';
import { OUTCOME_RANK } from '../types';

/**
 * The route to ask about first for one record: a legal judgement, not a sort by outcome.
 *
 * - In an open case the defense comes first (PC 236.23 / 236.24): it is the only relief that can
 *   act before a conviction, and it must be raised before a plea or the end of trial.
 * - Otherwise the strongest relief that is at least `possible`: vacatur (PC 236.14, 236.15, or
 *   18 U.S.C. 3771A for a federal record) clears the record as a legal defect, seals it and helps
 *   with immigration; then dismiss-and-seal (PC 653.29) and arrest sealing (PC 851.91); then
 *   reduction (Proposition 47); and last the rehabilitative dismissals (PC 1203.4, 1203.49),
 *   which leave the conviction for immigration purposes.
 * - Within a tier, a `likely` route beats a `possible` one; ties keep the tier's order.
 * - `none` when nothing is at least `possible`: the page then points to free legal help.
 *
 * So PC 1203.4 is never first while a vacatur route is at least `possible`, whoever the person is;
 * the property tests check the stricter promise for noncitizens and people unsure about papers.
 */
const TIERS: readonly (readonly PathwayId[])[] = [
  ['pc236_14', 'pc236_15', 'usc3771a'],
  ['pc653_29', 'pc851_91'],
  ['prop47'],
  ['pc1203_4', 'pc1203_49'],
  ['pc236_23', 'pc236_24'],
];
const OPEN_CASE_TIERS: readonly (readonly PathwayId[])[] = [['pc236_23', 'pc236_24'], ...TIERS.slice(0, -1)];

const hopeful = (p: PathwayResult): boolean => p.applies && OUTCOME_RANK[p.outcome] >= OUTCOME_RANK.possible;

export function bestRoute(
  pathways: Readonly<Record<PathwayId, PathwayResult>>,
  stage: Facts['records'][number]['stage'],
): BestRoute {
  for (const tier of stage === 'pending' ? OPEN_CASE_TIERS : TIERS) {
    let best: PathwayResult | undefined;
    for (const id of tier) {
      const p = pathways[id];
      if (hopeful(p) && (best === undefined || OUTCOME_RANK[p.outcome] > OUTCOME_RANK[best.outcome])) best = p;
    }
    if (best) return best.pathway;
  }
  return 'none';
}
