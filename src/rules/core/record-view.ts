import type { Facts, HarmKind, RecordFacts } from '../facts';
import { nothingProvedAt } from '../offenses/depends-on';
import { offenseLevel } from '../offenses/level';
import { findOffense, normaliseOffenseCode } from '../offenses/lookup';
import type { OffenseEntry } from '../offenses/types';

/**
 * What the engine derives from one record before any pathway looks at it: the offense as the
 * catalog knows it, the level, the PC 667.5(c) status and the link to each kind of harm. Deriving
 * these once keeps the pathways short and makes sure every pathway reads them the same way.
 */

export type Tri = 'yes' | 'no' | 'unsure';
export type Level = 'infraction' | 'misdemeanor' | 'felony' | 'unsure';

export interface ViolentStatus {
  readonly value: Tri;
  /** Explanation reason for the `nonviolent` element. */
  readonly reason:
    | 'misdemeanor'
    | 'notListed'
    | 'seriousNotViolent'
    | 'listed'
    | 'enhancement'
    | 'enhancementUnsure'
    | 'attempt'
    | 'depends'
    | 'dependsYes'
    | 'homeUnsure'
    | 'gangUnsure'
    | 'listUncertain'
    | 'unknownOffense'
    | 'levelUnsure';
  readonly item?: string;
  /** Our law sources mark the point deciding this as not confirmed: a lawyer should look at it. */
  readonly review: boolean;
  readonly facts: readonly string[];
}

export interface Nexus {
  readonly value: Tri;
  readonly reason: 'yes' | 'minorCommercialSex' | 'ageUnknownSexWork' | 'no' | 'notLinked' | 'unsure' | 'skipped';
  readonly facts: readonly string[];
}

export interface RecordView {
  readonly index: number;
  readonly record: RecordFacts;
  readonly code: string;
  readonly entry: OffenseEntry | undefined;
  readonly level: Level;
  readonly violent: ViolentStatus;
  readonly trafficking: Nexus;
  readonly ipvSv: Nexus;
  /** Fact path of a key of this record, e.g. `records[0].duringHarm`. */
  readonly path: (key: keyof RecordFacts) => string;
  /** The one-path list `[path(key)]`, shared: most elements read a single fact. */
  readonly fact: (key: keyof RecordFacts) => readonly string[];
  /** `records[i].stage`, built once: other records' rules read it (PC 1203.4, no other open case). */
  readonly stagePath: string;
}

/**
 * A level the offense code fixes (a PC 211 is a felony, a PC 647(b) a misdemeanor) wins over the
 * level the person gave: people often do not know, and the code is the law. Only a wobbler (or an
 * unknown offense) takes the person's answer.
 */
function levelOf(record: RecordFacts, entry: OffenseEntry | undefined): Level {
  return offenseLevel(record.level, entry);
}

/** Nothing "charged and proved" (the wizard asks the same function before asking about a finding). */
function nothingProved(record: RecordFacts): boolean {
  return nothingProvedAt(record.stage);
}

type Violent = Omit<ViolentStatus, 'facts'>;
const NO_FINDING: Violent = { value: 'no', reason: 'notListed', review: false };

/**
 * A `depends` entry with the one fact that decides it ((c)(21) burglary of an occupied home,
 * (c)(19)/(20) gang findings): `yes` puts it on the list, `no` takes it off, and anything else
 * leaves it unsure. Returns undefined when the ordinary checks should decide.
 */
function dependsStatus(record: RecordFacts, entry: OffenseEntry, level: Level): Violent | undefined {
  if (entry.dependsOn === undefined)
    return { value: 'unsure', reason: 'depends', item: entry.violentItem, review: true };
  if (nothingProved(record)) return undefined;
  const answer = record[entry.dependsOn];
  if (answer === 'no') return undefined;
  if (answer === 'yes') {
    // (c)(20) is not confirmed; a first-degree burglary is always a felony, the others need the level.
    if (entry.violentUncertain === true)
      return { value: 'unsure', reason: 'listUncertain', item: entry.violentItem, review: true };
    if (level === 'felony' || entry.dependsOn === 'burglaryHomeOccupied') {
      return { value: 'yes', reason: 'dependsYes', item: entry.violentItem, review: false };
    }
    return { value: 'unsure', reason: 'levelUnsure', item: entry.violentItem, review: false };
  }
  return {
    value: 'unsure',
    reason: entry.dependsOn === 'gangFinding' ? 'gangUnsure' : 'homeUnsure',
    item: entry.violentItem,
    review: false,
  };
}

/**
 * PC 667.5(c) status (docs/law-sources.md, "Violent felonies"): every misdemeanor and infraction is
 * nonviolent (the list names only felonies); a felony is violent when its offense is on the list
 * or a GBI / firearm-use finding was charged and proved ((c)(8)). An unknown felony offense, or an
 * unsure or skipped finding on anything that could be a felony (felony, wobbler, unknown level),
 * leaves it unsure: we only call it nonviolent once we know no finding was made.
 */
function violentCore(record: RecordFacts, entry: OffenseEntry | undefined, level: Level): Violent {
  if (level === 'misdemeanor' || level === 'infraction') return { value: 'no', reason: 'misdemeanor', review: false };
  const proved = !nothingProved(record);
  const enh = record.injuryOrGunEnhancement;
  // (c)(8): a GBI or firearm-use finding makes any felony violent, whatever the offense.
  if (proved && enh === 'yes' && level === 'felony')
    return { value: 'yes', reason: 'enhancement', item: '(c)(8)', review: false };
  if (entry === undefined) return { value: 'unsure', reason: 'unknownOffense', review: false };
  if (entry.violent === 'yes') {
    // Items (c)(20), (22) and (23) are not confirmed; never exclude on them alone.
    if (entry.violentUncertain === true)
      return { value: 'unsure', reason: 'listUncertain', item: entry.violentItem, review: true };
    if (level === 'felony') return { value: 'yes', reason: 'listed', item: entry.violentItem, review: false };
    return { value: 'unsure', reason: 'levelUnsure', item: entry.violentItem, review: false };
  }
  if (proved && enh === 'yes') return { value: 'unsure', reason: 'levelUnsure', item: '(c)(8)', review: false };
  if (entry.violent === 'depends') {
    const decided = dependsStatus(record, entry, level);
    if (decided) return decided;
  }
  // Attempts other than attempted murder are not listed; "possible, needs lawyer review".
  if (entry.flags.attempt === true) return { value: 'unsure', reason: 'attempt', review: true };
  if (proved && (enh === 'unsure' || enh === 'skipped'))
    return { value: 'unsure', reason: 'enhancementUnsure', review: false };
  if (entry.flags.serious11927 === true) return { value: 'no', reason: 'seriousNotViolent', review: true };
  // A `depends` entry whose deciding fact is "no" is off the list; its uncertain item no longer matters.
  if (entry.violent === 'depends') return NO_FINDING;
  return { value: 'no', reason: 'notListed', review: entry.violentUncertain === true };
}

function violentStatus(
  record: RecordFacts,
  entry: OffenseEntry | undefined,
  level: Level,
  path: (k: keyof RecordFacts) => string,
): ViolentStatus {
  const { value, reason, item, review } = violentCore(record, entry, level);
  const facts = [path('offense'), path('level')];
  if (reason !== 'misdemeanor' && reason !== 'listed') facts.push(path('injuryOrGunEnhancement'));
  if (entry?.dependsOn && reason !== 'misdemeanor') facts.push(path(entry.dependsOn));
  return item === undefined ? { value, reason, review, facts } : { value, reason, item, review, facts };
}

/** Harms the record is tied to: as given, or (omitted) every harm answered yes or unsure. */
function linkedHarms(facts: Facts, record: RecordFacts): readonly HarmKind[] {
  if (record.linkedHarms) return record.linkedHarms;
  return (Object.keys(facts.harms) as HarmKind[]).filter(
    (h) => facts.harms[h] === 'yes' || facts.harms[h] === 'unsure',
  );
}

function nexusFor(
  facts: Facts,
  record: RecordFacts,
  kinds: readonly HarmKind[],
  path: (k: keyof RecordFacts) => string,
): Nexus {
  const harmFacts = kinds.map((k) => `harms.${k}`);
  const answers = kinds.map((k) => facts.harms[k]);
  if (answers.every((a) => a === 'no')) return { value: 'no', reason: 'no', facts: harmFacts };
  const linked = linkedHarms(facts, record);
  const factsUsed = record.linkedHarms ? [...harmFacts, path('linkedHarms')] : harmFacts;
  if (record.linkedHarms && !kinds.some((k) => linked.includes(k))) {
    return { value: 'no', reason: 'notLinked', facts: factsUsed };
  }
  const linkedAnswers = kinds.filter((k) => linked.includes(k) || !record.linkedHarms).map((k) => facts.harms[k]);
  if (linkedAnswers.includes('yes')) return { value: 'yes', reason: 'yes', facts: factsUsed };
  if (linkedAnswers.includes('skipped') && !linkedAnswers.includes('unsure')) {
    return { value: 'unsure', reason: 'skipped', facts: factsUsed };
  }
  // Unsure answers, or a link to a harm the person said did not happen: both need a conversation.
  return { value: 'unsure', reason: 'unsure', facts: factsUsed };
}

/**
 * PC 236.1(c), reaffirmed by AB 379 (2025): anyone under 18 engaged in a commercial sex act is a
 * trafficking victim; no force, fraud or coercion is needed. So a minor's record for selling sex
 * (PC 647(b), or loitering for it under former PC 653.22; SB 1322 made both inapplicable to
 * minors) is tied to trafficking whatever the person answered about trafficking. Other sex-work
 * offenses (e.g. pimping) are not the minor's own commercial sex act, so they are not covered here.
 */
function isSellingSex(entry: OffenseEntry | undefined): boolean {
  return (
    entry?.flags.prostitution647b === true || entry?.flags.loitering65322 === true || entry?.flags.former647f === true
  );
}

function isMinorCommercialSex(record: RecordFacts, entry: OffenseEntry | undefined): boolean {
  return record.ageAtOffense === 'minor' && isSellingSex(entry);
}

/**
 * The trafficking link. For selling sex at an unknown age the person may have been a minor, and
 * then it was trafficking whatever they called it (PC 236.1(c)): a "no" becomes unsure, never a
 * closed door.
 */
function traffickingNexus(
  facts: Facts,
  record: RecordFacts,
  entry: OffenseEntry | undefined,
  path: (k: keyof RecordFacts) => string,
): Nexus {
  if (isMinorCommercialSex(record, entry)) {
    return { value: 'yes', reason: 'minorCommercialSex', facts: [path('ageAtOffense'), path('offense')] };
  }
  const nexus = nexusFor(facts, record, ['trafficking'], path);
  const ageUnknown = record.ageAtOffense === 'unsure' || record.ageAtOffense === 'skipped';
  if (nexus.value === 'no' && ageUnknown && isSellingSex(entry)) {
    return {
      value: 'unsure',
      reason: 'ageUnknownSexWork',
      facts: [...nexus.facts, path('ageAtOffense'), path('offense')],
    };
  }
  return nexus;
}

interface Lookup {
  readonly code: string;
  readonly entry: OffenseEntry | undefined;
}

/**
 * Catalog lookups are pure functions of the code, so they are memoised: the wizard re-screens the
 * same few codes on every change, and the lookup is most of the per-record cost. Bounded so that
 * arbitrary input cannot grow it without limit; the result is the same with or without it.
 */
const LOOKUPS = new Map<string, Lookup>();
const MAX_LOOKUPS = 1000;

function lookupOffense(raw: string): Lookup {
  const cached = LOOKUPS.get(raw);
  if (cached) return cached;
  const found: Lookup =
    raw === 'unsure'
      ? { code: 'unsure', entry: undefined }
      : { code: normaliseOffenseCode(raw), entry: findOffense(raw) };
  if (LOOKUPS.size >= MAX_LOOKUPS) LOOKUPS.clear();
  LOOKUPS.set(raw, found);
  return found;
}

export function viewRecord(facts: Facts, index: number): RecordView {
  const record = facts.records[index] as RecordFacts;
  // Every fact path of this record, built once: the ten pathways read them hundreds of times.
  const prefix = `records[${index}].`;
  const paths: Partial<Record<keyof RecordFacts, string>> = {};
  const path = (key: keyof RecordFacts): string => (paths[key] ??= prefix + key);
  const single: Partial<Record<keyof RecordFacts, readonly string[]>> = {};
  const fact = (key: keyof RecordFacts): readonly string[] => (single[key] ??= Object.freeze([path(key)]));
  const { code, entry } = lookupOffense(record.offense);
  const level = levelOf(record, entry);
  const trafficking = traffickingNexus(facts, record, entry, path);
  return {
    index,
    record,
    code,
    entry,
    level,
    violent: violentStatus(record, entry, level, path),
    trafficking,
    ipvSv: nexusFor(facts, record, ['intimatePartnerViolence', 'sexualViolence'], path),
    path,
    fact,
    stagePath: path('stage'),
  };
}
