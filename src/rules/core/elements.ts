import type { CitationId } from '../citations';
import type { Facts } from '../facts';
import type { Outcome } from '../types';
import { type Check, check } from './check';

// Option objects shared by every call (a screening of 50 records builds thousands of elements).
const UNLIKELY = { cap: 'unlikely' } as const;
const REVIEW = { review: true } as const;
const REVIEW_POSSIBLE = { review: true, cap: 'possible' } as const;
const NOT_YET = { cap: 'not_yet' } as const;
const NOT_YET_REVIEW = { cap: 'not_yet', review: true } as const;
import type { Nexus, RecordView } from './record-view';

/**
 * Elements several pathways share. Each one reads only the facts it names, so the fact paths in the
 * result are exactly what decided it.
 */

/**
 * California courts can act only on California cases. For the vacatur statutes this is an
 * inference from 236.14(c) (service on the California agency that obtained the conviction), not
 * confirmed (docs/law-sources.md), so a non-California record is `not_eligible` with lawyer review.
 */
export function californiaCase(view: RecordView, citation: CitationId, inferred: boolean): Check {
  const facts = view.fact('court');
  switch (view.record.court) {
    case 'california':
      return check('californiaCase', 'met', 'california', facts, citation);
    case 'other_state':
      return check('californiaCase', 'not_met', 'otherState', facts, citation, { review: inferred });
    case 'federal':
      return check('californiaCase', 'not_met', 'federal', facts, citation, { review: inferred });
    case 'unsure':
      return check('californiaCase', 'unsure', 'unsure', facts, citation);
  }
}

/**
 * PC 667.5(c) exclusion (docs/law-sources.md, "Violent felonies"). Serious-but-not-violent felonies (PC 1192.7) and
 * attempts are structurally nonviolent or unlisted, but our law sources ask for lawyer review, so they
 * cap the pathway at `possible` (TP13(c)).
 */
export function nonviolent(view: RecordView): Check {
  const v = view.violent;
  // Every explanation may name the list item; "(c)" stands in when the catalog gives none.
  const base = { review: v.review, params: { item: v.item ?? '(c)' } };
  if (v.value === 'yes') {
    return check(
      'nonviolent',
      'not_met',
      v.reason,
      v.facts,
      v.reason === 'enhancement' ? 'pc667_5c8' : 'pc667_5c',
      base,
    );
  }
  if (v.value === 'unsure') return check('nonviolent', 'unsure', v.reason, v.facts, 'pc667_5c', base);
  // Met only on a point a lawyer must confirm (serious-not-violent, or a catalog entry whose status
  // our law sources do not confirm): never `likely` on that alone.
  if (v.review) {
    return check('nonviolent', 'met', v.reason, v.facts, v.reason === 'seriousNotViolent' ? 'pc1192_7' : 'pc667_5c', {
      ...base,
      cap: 'possible',
    });
  }
  return check('nonviolent', 'met', v.reason, v.facts, 'pc667_5c', base);
}

/** Was the person a victim of the harm the statute names? No link at all means the pathway does not fit. */
export function victim(id: 'traffickingVictim' | 'ipvSvVictim', nexus: Nexus, citation: CitationId): Check {
  if (nexus.value === 'yes') return check(id, 'met', nexus.reason, nexus.facts, citation);
  if (nexus.value === 'no') return check(id, 'not_met', nexus.reason, nexus.facts, citation);
  return check(id, 'unsure', nexus.reason, nexus.facts, citation);
}

/**
 * "committed while" a victim (236.14(a)). Practitioner training counts grooming and attempts to
 * leave (docs/law-sources.md); an offense before or after the harm is probably outside the statute, hence `unlikely`.
 */
export function duringHarm(view: RecordView, citation: CitationId, minorCommercialSex: boolean): Check {
  const facts = view.fact('duringHarm');
  // PC 236.1(c): a minor's commercial sex act is itself the trafficking, so it happened during it.
  if (minorCommercialSex)
    return check(
      'duringHarm',
      'met',
      'minorCommercialSex',
      [view.path('ageAtOffense'), view.path('offense')],
      citation,
    );
  const answer = view.record.duringHarm;
  if (answer === 'yes') return check('duringHarm', 'met', 'yes', facts, citation);
  if (answer === 'no') return check('duringHarm', 'not_met', 'no', facts, citation, UNLIKELY);
  return check('duringHarm', 'unsure', answer, facts, citation);
}

/** "the direct result of being a victim" (236.14(a), AB 2169): without it the petition probably fails. */
export function directResult(view: RecordView, citation: CitationId): Check {
  const facts = view.fact('becauseOfHarm');
  const answer = view.record.becauseOfHarm;
  if (answer === 'yes') return check('directResult', 'met', 'yes', facts, citation);
  if (answer === 'no') return check('directResult', 'not_met', 'no', facts, citation, UNLIKELY);
  return check('directResult', 'unsure', answer, facts, citation);
}

/**
 * "at any time after the person has ceased to be a victim … or at any time after the petitioner
 * has sought services" (PC 236.14(l), AB 262; docs/law-sources.md). Still in the situation without
 * help: not yet, and safety comes first. Still in it (or not sure it has ended) but having sought
 * services meets the words of the "whichever occurs later" clause, but a court may read it against
 * someone still under another person's control: contestable, so unsure, at most `possible`, and
 * flagged for a lawyer, for both statutes. `presumed` is for PC 236.15, whose timing is only
 * presumed to match PC 236.14: having left meets it under any reading, so it is met with review.
 */
const SITUATION = Object.freeze(['situation']);
const NO_FACTS: readonly string[] = Object.freeze([]);
const EVIDENCE = Object.freeze(['evidence']);

export function timing(facts: Facts, citation: CitationId, presumed: boolean): Check {
  const used = SITUATION;
  switch (facts.situation) {
    case 'ended':
      return presumed
        ? check('timing', 'met', 'endedPresumed', used, citation, REVIEW)
        : check('timing', 'met', 'ended', used, citation);
    case 'ongoing_sought_help':
      return check('timing', 'unsure', 'soughtHelp', used, citation, REVIEW_POSSIBLE);
    case 'ongoing_no_help':
      return check('timing', 'not_met', 'ongoingNoHelp', used, citation, presumed ? NOT_YET_REVIEW : NOT_YET);
    case 'ongoing_help_unknown':
      // Having reached out to a service would open it; not knowing that keeps it open, never closed.
      return check('timing', 'unsure', 'ongoingHelpUnknown', used, citation, presumed ? REVIEW : undefined);
    case 'unsure':
    case 'skipped':
      return check('timing', 'unsure', facts.situation, used, citation, presumed ? REVIEW : undefined);
  }
}

/**
 * Proof. Vacatur needs clear and convincing evidence (236.14(a)); a sworn declaration is required,
 * and documents make the showing much stronger (docs/law-sources.md): evidence beyond the
 * person's own statement → likely; own statement only → possible. Not answering is treated like
 * "own statement only": we cannot assume documents exist.
 */
export function proof(facts: Facts, id: 'proofClearConvincing' | 'proofPreponderance', citation: CitationId): Check {
  const used = EVIDENCE;
  if (facts.evidence === undefined) return check(id, 'unsure', 'skipped', used, citation);
  if (facts.evidence.length === 0) return check(id, 'unsure', 'ownStatementOnly', used, citation);
  return check(id, 'met', 'documents', used, citation);
}

/** The law was not yet in force on the date whose law applies. */
export function inForce(asOf: string, since: string, citation: CitationId, cap: Outcome = 'not_yet'): Check {
  return asOf >= since
    ? check('inForce', 'met', 'inForce', NO_FACTS, citation, { params: { date: since } })
    : check('inForce', 'not_met', 'notYetInForce', NO_FACTS, citation, { cap, params: { date: since } });
}
