/**
 * The result contract of `screen()`. Everything a person reads is a message key (in the `rules`
 * namespace of `locales/`) with parameters, so the engine stays language-free and the summary page
 * renders only from this tree.
 */

export const OUTCOMES = ['likely', 'possible', 'unlikely', 'not_yet', 'not_eligible'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Best first. Used to say "never worse" in property tests; the recommended route is `RecordResult.best`. */
export const OUTCOME_RANK: Readonly<Record<Outcome, number>> = {
  likely: 4,
  possible: 3,
  not_yet: 2,
  unlikely: 1,
  not_eligible: 0,
};

/** Pathway ids fixed by the case file format (docs/case-format.md). */
export const PATHWAY_IDS = [
  'pc236_14',
  'pc236_15',
  'pc1203_49',
  'pc653_29',
  'pc1203_4',
  'pc851_91',
  'prop47',
  'pc236_23',
  'pc236_24',
  'usc3771a',
] as const;
export type PathwayId = (typeof PATHWAY_IDS)[number];

export type MessageParams = Readonly<Record<string, string | number>>;
/** A key in the `rules` namespace, e.g. `pc236_14.elements.nonviolent.label`. */
export interface Message {
  readonly key: string;
  readonly params?: MessageParams;
}

export interface Citation {
  /** Short statute reference, e.g. `Cal. Penal Code § 236.14(a)`. Not translated: it is a legal name. */
  readonly section: string;
  /** The official text: leginfo.legislature.ca.gov or uscode.house.gov, https only (docs/law-sources.md). */
  readonly url: string;
}

export type ElementStatus = 'met' | 'not_met' | 'unsure';

export interface ElementResult {
  /** Stable id, e.g. `nonviolent`, `duringHarm`. */
  readonly id: string;
  readonly status: ElementStatus;
  /** The element in plain words, in the statute's own order. */
  readonly label: Message;
  /** Why it is met / not met / unsure on these facts. */
  readonly explanation: Message;
  /** Fact paths this element read, e.g. `records[0].duringHarm`, `harms.trafficking`, `situation`. */
  readonly facts: readonly string[];
  readonly citation: Citation;
  /** Our law sources mark this point as not confirmed: a lawyer should review it. */
  readonly needsLawyerReview: boolean;
  /**
   * The best outcome the pathway can reach with this element as it stands (`likely` when met). The
   * pathway's outcome is the lowest limit, so the page can say which answer holds a result back.
   */
  readonly limit?: Outcome;
}

export interface PathwayResult {
  readonly pathway: PathwayId;
  readonly outcome: Outcome;
  /**
   * False when the pathway plainly does not fit this kind of record (e.g. an open-case defense for a
   * finished conviction). The results page folds these away instead of listing them as "not eligible".
   */
  readonly applies: boolean;
  readonly elements: readonly ElementResult[];
  readonly whatWouldChange: readonly Message[];
  readonly evidenceThatHelps: readonly Message[];
  readonly nextSteps: readonly Message[];
  readonly notes: readonly Message[];
  /**
   * Judicial Council form numbers for this pathway (legal names, never translated). Empty when no
   * statewide form exists (PC 236.14 and 236.15 are written as the person's own petition); the next
   * steps then say so in words.
   */
  readonly forms: readonly string[];
  readonly citation: Citation;
  readonly needsLawyerReview: boolean;
}

/** The route to ask about first, or `none` when no pathway is at least `possible`. */
export type BestRoute = PathwayId | 'none';

export interface OffenseSummary {
  /** As given in the facts, normalised (`PC 647(b)`), or `unsure`. */
  readonly code: string;
  /** Catalog id (key in the `offenses` namespace) when the code is in the catalog. */
  readonly catalogId?: string;
  readonly recognised: boolean;
  /** PC 667.5(c) status after the enhancement answer: `yes`, `no` or `unsure`. */
  readonly violent: 'yes' | 'no' | 'unsure';
  readonly level: 'infraction' | 'misdemeanor' | 'felony' | 'unsure';
}

export interface RecordResult {
  readonly recordId: string;
  readonly offense: OffenseSummary;
  /** Every pathway in PATHWAY_IDS, in that order. */
  readonly pathways: Readonly<Record<PathwayId, PathwayResult>>;
  /**
   * The route the results recommend asking about first: a legal judgement made here (see
   * `core/best.ts`), never a sort by outcome on the page.
   */
  readonly best: BestRoute;
  /** Other relief for this record that is not one of the fixed pathways (PC 17(b), 1170.22, 1203.42, 851.8). */
  readonly notes: readonly Message[];
}

export interface ScreeningResult {
  /** ISO date the law in src/rules was last reviewed (docs/law-sources.md). */
  readonly lawReviewed: string;
  /** ISO date whose law was applied. */
  readonly asOf: string;
  /** Lead with safety and help lines before any eligibility (the harm may be ongoing). */
  readonly safetyFirst: boolean;
  /** Tell the person to speak to an immigration lawyer before filing anything. */
  readonly immigrationCaution: boolean;
  readonly records: readonly RecordResult[];
  /** Case-level notes (restitution, one petition per county, …). */
  readonly notes: readonly Message[];
}

export interface FactsIssue {
  /** e.g. `records.0.stage` */
  readonly path: string;
  readonly message: string;
}

export interface InvalidFactsError {
  readonly kind: 'invalid_facts';
  readonly issues: readonly FactsIssue[];
}

export type ScreenOutcome =
  { readonly ok: true; readonly result: ScreeningResult } | { readonly ok: false; readonly error: InvalidFactsError };

export interface ScreenOptions {
  /** ISO date (YYYY-MM-DD) whose law applies; default: the engine's law date. */
  readonly asOf?: string;
}
