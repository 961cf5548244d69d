import { bestRoute } from './core/best';
import { msg } from './core/check';
import type { PathwayRule, Prop47Bar, RuleInput } from './core/context';
import { type RecordView, viewRecord } from './core/record-view';
import { type Facts, factsSchema } from './facts';
import { LAW_REVIEWED } from './law-date';
import { pc236_14 } from './pathways/pc236-14';
import { pc236_15 } from './pathways/pc236-15';
import { pc236_23 } from './pathways/pc236-23';
import { pc236_24 } from './pathways/pc236-24';
import { pc653_29 } from './pathways/pc653-29';
import { pc851_91 } from './pathways/pc851-91';
import { pc1203_4 } from './pathways/pc1203-4';
import { pc1203_49 } from './pathways/pc1203-49';
import { prop47 } from './pathways/prop47';
import { usc3771a } from './pathways/usc3771a';
import type {
  FactsIssue,
  Message,
  PathwayId,
  PathwayResult,
  RecordResult,
  ScreeningResult,
  ScreenOptions,
  ScreenOutcome,
} from './types';
import { OUTCOME_RANK, PATHWAY_IDS } from './types';

/** Every pathway, in PATHWAY_IDS order. Fallbacks are evaluated even when vacatur is likely. */
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
 * Safety before eligibility whenever the harm may be ongoing. "Not sure" whether it
 * has ended is treated as possibly ongoing; a skipped question is not (we do not alarm people who
 * simply moved on).
 */
function safetyFirst(facts: Facts): boolean {
  return (
    facts.situation === 'ongoing_no_help' ||
    facts.situation === 'ongoing_sought_help' ||
    facts.situation === 'ongoing_help_unknown' ||
    facts.situation === 'unsure'
  );
}

/**
 * A noncitizen must talk to an immigration lawyer before choosing a pathway
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
  // AB 262: restitution never blocks 236.14 but stays owed, and fines pause while it is pending.
  // Confirmed for 236.14 only, so a 236.15-only result does not get this note.
  const hopeful236_14 = records.some((r) => OUTCOME_RANK[r.pathways.pc236_14.outcome] >= OUTCOME_RANK.possible);
  if (hopeful236_14) notes.push(msg('note.restitution'));
  const california = facts.records.filter((r) => r.court === 'california').length;
  if (california > 1) notes.push(msg('note.onePetitionPerCounty'));
  if (facts.records.some((r) => r.stage === 'juvenile_adjudication')) notes.push(msg('note.juvenileSealing'));
  if (asOf > LAW_REVIEWED) notes.push(msg('note.lawMayHaveChanged', { date: LAW_REVIEWED }));
  return notes;
}

/**
 * PC 1170.18(i): a conviction for a PC 290 registrable offense or a PC 667(e)(2)(C)(iv) super strike
 * closes Proposition 47 for the person, so for every record. A record that may not be a conviction
 * (stage unsure) leaves it unsure.
 */
function prop47Bars(views: readonly RecordView[]): Prop47Bar[] {
  const bars: Prop47Bar[] = [];
  for (const v of views) {
    const flags = v.entry?.flags;
    if (!flags || (flags.registration290 !== true && flags.superStrike !== true)) continue;
    const stage = v.record.stage;
    if (stage !== 'conviction' && stage !== 'unsure') continue;
    bars.push({
      index: v.index,
      code: v.code,
      reason: flags.superStrike === true ? 'superStrike' : 'registration290',
      certain: stage === 'conviction',
      facts: [v.path('offense'), v.stagePath],
    });
  }
  return bars;
}

/** Set when realignment (October 2011) moved most non-serious felonies from prison to county jail. */
const REALIGNMENT_YEAR = 2011;

/**
 * Relief for this record that is not one of the fixed pathways, named so the person can ask:
 * PC 1170.22 for former PC 647f, PC 17(b) for a felony that could have been a misdemeanor,
 * PC 1203.42 for a prison sentence from before realignment, PC 851.8 for an arrest.
 */
function recordNotes(view: RecordView): Message[] {
  const { record, entry } = view;
  if (record.court !== 'california' && record.court !== 'unsure') return [];
  const notes: Message[] = [];
  if (entry?.flags.former647f === true) notes.push(msg('recordNote.pc1170_22'));
  const felonyConviction = record.stage === 'conviction' && view.level === 'felony';
  if (felonyConviction && (entry === undefined || entry.level === 'wobbler')) notes.push(msg('recordNote.pc17b'));
  const mayBePrison =
    record.sentence === 'state_prison' || record.sentence === 'unsure' || record.sentence === 'skipped';
  if (felonyConviction && mayBePrison && (record.offenseYear === undefined || record.offenseYear <= REALIGNMENT_YEAR)) {
    notes.push(msg('recordNote.pc1203_42'));
  }
  if (record.stage === 'arrest_no_charges' || record.stage === 'charges_dismissed')
    notes.push(msg('recordNote.pc851_8'));
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
    const bars = prop47Bars(views);
    const records: RecordResult[] = views.map((view) => {
      const ruleInput: RuleInput = {
        facts,
        view,
        views,
        allStagePaths,
        asOf,
        immigrationCaution: caution,
        prop47Bars: bars,
      };
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
        best: bestRoute(pathways, view.record.stage),
        notes: recordNotes(view),
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
