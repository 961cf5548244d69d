import { EVIDENCE_KINDS, type EvidenceKind, type Facts } from '../facts';
import type { Message, Outcome } from '../types';
import { msg } from './check';

/**
 * Evidence and next steps shared by several pathways. Kept as message keys: the words are in
 * locales/<lng>/rules.json under `evidence.*` and `next.*`.
 */

/** Documents the person has not told us about yet, that would support their account (brief §1.7, §9). */
const EVIDENCE_MESSAGES = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, Object.freeze(msg(`evidence.${k}`))])) as Record<EvidenceKind, Message>;

export function missingEvidence(facts: Facts, kinds: readonly EvidenceKind[] = EVIDENCE_KINDS): Message[] {
  const have = facts.evidence ?? [];
  return kinds.filter((k) => !have.includes(k)).map((k) => EVIDENCE_MESSAGES[k]);
}

const hopeful = (outcome: Outcome): boolean => outcome === 'likely' || outcome === 'possible';

/**
 * Next steps for a vacatur petition (236.14 / 236.15), from brief §1.6 and §9: filed in the
 * superior court of the county of the arrest or conviction, no fee (236.14; presumed for 236.15),
 * served on the prosecutor, who has 45 days to respond; a hearing only if they object or the court
 * asks; one petition can cover several records in the same county (Standard 4.15).
 */
export function vacaturNextSteps(outcome: Outcome, freeKey: string, immigrationCaution: boolean): Message[] {
  if (outcome === 'not_yet') return [msg('next.safetyAndServicesFirst'), msg('next.legalHelp')];
  if (!hopeful(outcome)) return [msg('next.legalHelp')];
  return [
    ...(immigrationCaution ? [msg('next.immigrationLawyerFirst')] : []),
    msg('next.vacatur.court'),
    msg(freeKey),
    msg('next.vacatur.declaration'),
    msg('next.vacatur.prosecutor45Days'),
    msg('next.vacatur.hearing'),
    msg('next.vacatur.onePetition'),
    msg('next.legalHelp'),
  ];
}

/** For fallbacks: say where to go only when the pathway could help. */
export function simpleNextSteps(outcome: Outcome, steps: readonly string[], immigrationCaution: boolean): Message[] {
  if (!hopeful(outcome) && outcome !== 'not_yet') return [];
  return [...(immigrationCaution ? [msg('next.immigrationLawyerFirst')] : []), ...steps.map((s) => msg(s)), msg('next.legalHelp')];
}
