import { EVIDENCE_KINDS, type EvidenceKind, type Facts, type Situation } from '../facts';
import type { Message, Outcome } from '../types';
import { msg } from './check';

/**
 * Evidence and next steps shared by several pathways. Kept as message keys: the words are in
 * locales/<lng>/rules.json under `evidence.*` and `next.*`.
 */

/** Documents the person has not told us about yet, that would support their account (docs/law-sources.md). */
const EVIDENCE_MESSAGES = Object.fromEntries(
  EVIDENCE_KINDS.map((k) => [k, Object.freeze(msg(`evidence.${k}`))]),
) as Record<EvidenceKind, Message>;

export function missingEvidence(facts: Facts, kinds: readonly EvidenceKind[] = EVIDENCE_KINDS): Message[] {
  const have = facts.evidence ?? [];
  // T and U visas are immigration relief (8 U.S.C. 1101(a)(15)(T), (U)): a U.S. citizen has none to gather.
  const fits = (k: EvidenceKind) => !(k === 't_or_u_visa' && facts.noncitizen === 'no');
  return kinds.filter((k) => !have.includes(k) && fits(k)).map((k) => EVIDENCE_MESSAGES[k]);
}

const hopeful = (outcome: Outcome): boolean => outcome === 'likely' || outcome === 'possible';

/**
 * Next steps for a vacatur petition (236.14 / 236.15; docs/law-sources.md): filed in the superior
 * court that handled the case (for a conviction, the court that convicted the person), served on
 * the prosecutor, who has 45 days to respond; a hearing only if they object or the court asks; no
 * Judicial Council form (the person writes their own petition and declaration). While the harm may
 * still be going on, nothing here says "you can ask now": safety and a conversation come first.
 */
export function vacaturNextSteps(
  outcome: Outcome,
  freeKey: string,
  immigrationCaution: boolean,
  situation: Situation,
): Message[] {
  if (outcome === 'not_yet') return [msg('next.safetyAndServicesFirst'), msg('next.legalHelp')];
  if (!hopeful(outcome)) return [msg('next.legalHelp')];
  const stillInIt =
    situation === 'ongoing_sought_help' || situation === 'ongoing_help_unknown' || situation === 'unsure';
  if (stillInIt)
    return [
      msg('next.vacatur.safetyFirst'),
      ...(immigrationCaution ? [msg('next.immigrationLawyerFirst')] : []),
      msg('next.legalHelp'),
    ];
  return [
    ...(immigrationCaution ? [msg('next.immigrationLawyerFirst')] : []),
    msg('next.vacatur.court'),
    msg('next.findCourt'),
    msg(freeKey),
    msg('next.vacatur.noForm'),
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
  return [
    ...(immigrationCaution ? [msg('next.immigrationLawyerFirst')] : []),
    ...steps.map((s) => msg(s)),
    msg('next.findCourt'),
    msg('next.legalHelp'),
  ];
}
