import { msg } from './core/check';
import type { PathwayRule, RuleInput } from './core/context';
import { viewRecord } from './core/record-view';
import { factsSchema, type Facts } from './facts';
import { LAW_REVIEWED } from './law-date';
import { pc1203_4 } from './pathways/pc1203-4';
import { pc1203_49 } from './pathways/pc1203-49';
import { pc236_14 } from './pathways/pc236-14';
import { pc236_15 } from './pathways/pc236-15';
import { pc236_23 } from './pathways/pc236-23';
import { pc236_24 } from './pathways/pc236-24';
import { pc653_29 } from './pathways/pc653-29';
import { pc851_91 } from './pathways/pc851-91';
import { prop47 } from './pathways/prop47';
import { usc3771a } from './pathways/usc3771a';
import type {
  FactsIssue,
  Message,
  PathwayId,
  PathwayResult,
  RecordResult,
  ScreenOptions,
  ScreenOutcome,
  ScreeningResult,
} from './types';
import { OUTCOME_RANK, PATHWAY_IDS } from './types';

/** Every pathway, in PATHWAY_IDS order. Fallbacks are evaluated even when vacatur is likely (brief §12.2.4). */
const RULES: Readonly<Record<PathwayId, PathwayRule>> = {
  pc236_14,
  pc236_15,
  pc1203_49,
  pc653_29,
  pc1203_4,
  pc851_91,
  prop47,
  pc236_23,
  pc236_24,
  usc3771a,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Brief §12.2.1: safety before eligibility whenever the harm may be ongoing. "Not sure" whether it
 * has ended is treated as possibly ongoing; a skipped question is not (we do not alarm people who
 * simply moved on).
 */
function safetyFirst(facts: Facts): boolean {
  return facts.situation === 'ongoing_no_help' || facts.situation === 'ongoing_sought_help' || facts.situation === 'unsure';
}

/**
 * Brief §1.10, §10: a noncitizen must talk to an immigration lawyer before choosing a pathway
 * (1203.4 does not help for immigration; vacatur may). `unsure` gets the caution too. A skipped
 * question gets only a gentle general note: the question is optional and asking again would be
 * intrusive, but the information matters to anyone it applies to.
 */
function immigrationCaution(facts: Facts): boolean {
  return facts.noncitizen === 'yes' || facts.noncitizen === 'unsure';
}

function caseNotes(facts: Facts, records: readonly RecordResult[], asOf: string): Message[] {
  const notes: Message[] = [msg('note.screeningNotAdvice')];
  if (facts.noncitizen === 'skipped') notes.push(msg('note.immigrationGeneral'));
  const hopefulVacatur = records.some((r) =>
    (['pc236_14', 'pc236_15'] as const).some((p) => OUTCOME_RANK[r.pathways[p].outcome] >= OUTCOME_RANK.possible),
  );
  // Brief §12.2.6: restitution never blocks 236.14, but stays owed; fines pause while pending.
  if (hopefulVacatur) notes.push(msg('note.restitution'));
  const california = facts.records.filter((r) => r.court === 'california').length;
  if (california > 1) notes.push(msg('note.onePetitionPerCounty'));
  if (facts.records.some((r) => r.stage === 'juvenile_adjudication')) notes.push(msg('note.juvenileSealing'));
  if (asOf > LAW_REVIEWED) notes.push(msg('note.lawMayHaveChanged', { date: LAW_REVIEWED }));
  return notes;
}

interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly keys?: readonly string[];
}

/** One issue per bad path; an unknown key is reported at its own path (`records.0.extra`), not its parent's. */
function issuesOf(error: { issues: readonly ZodIssueLike[] }): FactsIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys' && issue.keys && issue.keys.length > 0) {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: `unknown key "${key}"` }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}

function invalid(issues: FactsIssue[]): ScreenOutcome {
  return { ok: false, error: { kind: 'invalid_facts', issues } };
}

/**
 * Screens every record against every pathway. Pure and total: never throws, whatever the input
 * (invalid facts come back as `{ ok: false, error: { kind: 'invalid_facts', issues } }`).
 */
export function screen(input: unknown, options?: ScreenOptions): ScreenOutcome {
  try {
    const asOf = options?.asOf ?? LAW_REVIEWED;
    if (typeof asOf !== 'string' || !validDate(asOf)) {
      return invalid([{ path: 'asOf', message: 'asOf must be a date written YYYY-MM-DD' }]);
    }
    const parsed = factsSchema.safeParse(input);
    if (!parsed.success) return invalid(issuesOf(parsed.error));
    const facts = parsed.data;
    const views = facts.records.map((_, index) => viewRecord(facts, index));
    const caution = immigrationCaution(facts);
    const allStagePaths = Object.freeze(views.map((v) => v.stagePath));
    const records: RecordResult[] = views.map((view) => {
      const ruleInput: RuleInput = { facts, view, views, allStagePaths, asOf, immigrationCaution: caution };
      const pathways = {} as Record<PathwayId, PathwayResult>;
      for (const id of PATHWAY_IDS) pathways[id] = RULES[id](ruleInput);
      return {
        recordId: view.record.id,
        offense: {
          code: view.code,
          ...(view.entry ? { catalogId: view.entry.id } : {}),
          recognised: view.entry !== undefined,
          violent: view.violent.value,
          level: view.level,
        },
        pathways,
      };
    });
    const result: ScreeningResult = {
      lawReviewed: LAW_REVIEWED,
      asOf,
      safetyFirst: safetyFirst(facts),
      immigrationCaution: caution,
      records,
      notes: caseNotes(facts, records, asOf),
    };
    return { ok: true, result };
  } catch (error) {
    // Defensive: a hostile input object (e.g. a throwing getter) must not crash the results page.
    return invalid([{ path: '', message: error instanceof Error ? error.message : 'facts could not be read' }]);
  }
}
