import { type CitationId, CITATIONS } from '../citations';
import type { ElementResult, ElementStatus, Message, MessageParams, Outcome, PathwayId, PathwayResult } from '../types';
import { OUTCOME_RANK } from '../types';

/**
 * One element of a pathway as evaluated on the facts: the result contract's ElementResult itself,
 * with its `limit`, the best outcome the pathway can reach with this element as it stands. A met
 * element does not limit it (`likely`), an unsure one usually caps it at `possible`, and an unmet
 * one sets the outcome the statute implies (`not_eligible`, `unlikely` or `not_yet`). Built once,
 * in its final shape: a screening of 50 records has about 3,000 elements.
 */
export type Check = ElementResult & { readonly limit: Outcome };

interface CheckOptions {
  readonly cap?: Outcome;
  readonly review?: boolean;
  readonly params?: MessageParams;
}

const DEFAULT_CAP: Record<ElementStatus, Outcome> = { met: 'likely', unsure: 'possible', not_met: 'not_eligible' };

const NO_OPTIONS: CheckOptions = {};

export function check(
  id: string,
  status: ElementStatus,
  reason: string,
  facts: readonly string[],
  citation: CitationId,
  options: CheckOptions = NO_OPTIONS,
): Check {
  return {
    id,
    status,
    label: shared(id, 'label'),
    // With parameters the message is new, but its key is the shared (flat, cached) string.
    explanation: options.params ? { key: shared(id, reason).key, params: options.params } : shared(id, reason),
    facts,
    citation: CITATIONS[citation],
    needsLawyerReview: options.review ?? false,
    limit: options.cap ?? DEFAULT_CAP[status],
  };
}

export const worse = (a: Outcome, b: Outcome): Outcome => (OUTCOME_RANK[a] <= OUTCOME_RANK[b] ? a : b);

/**
 * The outcome is the most limiting cap among the elements. An element that is met only on a point
 * our law sources mark UNCERTAIN carries `review` and a `possible` cap set by the rule itself, so no
 * outcome is ever `likely` purely because of an unconfirmed point.
 */
export function combine(checks: readonly Check[], ceiling: Outcome = 'likely'): Outcome {
  return checks.reduce<Outcome>((outcome, c) => worse(outcome, c.limit), ceiling);
}

const MESSAGES = new Map<string, Message>();

/** A message; without parameters it is a shared, frozen object (keys are mostly literals). */
export function msg(key: string, params?: MessageParams): Message {
  if (params) return { key, params };
  let message = MESSAGES.get(key);
  if (!message) {
    message = Object.freeze({ key });
    MESSAGES.set(key, message);
  }
  return message;
}

/**
 * Element labels and parameter-free explanations are shared, frozen objects, looked up by the
 * element id and reason (string literals, so the lookups are cheap). A screening of 50 records has
 * about 3,000 elements; sharing their messages keeps it near a millisecond (npm run bench:rules).
 */
const SHARED: Record<string, Record<string, Message> | undefined> = Object.create(null) as Record<
  string,
  Record<string, Message> | undefined
>;

function shared(id: string, part: string): Message {
  const byPart = (SHARED[id] ??= Object.create(null) as Record<string, Message>);
  // `change…` keys are the ones outside `element.*`: what would change the outcome.
  return (byPart[part] ??= Object.freeze({ key: keyOf(id, part) }));
}

function keyOf(id: string, part: string): string {
  return part === 'change' ? `change.${id}` : `element.${id}.${part}`;
}

export interface PathwayDraft {
  readonly pathway: PathwayId;
  readonly citation: CitationId;
  readonly checks: readonly Check[];
  /** Best outcome the pathway can ever give (e.g. PC 1203.49 is at most `possible`: prefer 236.14). */
  readonly ceiling?: Outcome;
  readonly applies: boolean;
  readonly evidence?: readonly Message[];
  readonly nextSteps?: readonly Message[];
  readonly notes?: readonly Message[];
  /** Judicial Council form numbers; omitted = none exists. */
  readonly forms?: readonly string[];
}

/**
 * Elements whose "what could change this" depends on why they are not met, so it only names
 * something the person can find out or do (an injury finding is no help when the offense is on the
 * list anyway): `change.<id>.<reason>`. Other elements share one `change.<id>`.
 */
const CHANGE_BY_REASON: ReadonlySet<string> = new Set(['nonviolent', 'timing', 'traffickingVictim', 'noRegistration']);

const CHANGE_BY_EXPLANATION = new Map<string, Message>();

function changeFor(c: Check): Message {
  if (!CHANGE_BY_REASON.has(c.id)) return shared(c.id, 'change');
  // `element.<id>.<reason>` → `change.<id>.<reason>`, one frozen message per explanation key.
  const key = c.explanation.key;
  let change = CHANGE_BY_EXPLANATION.get(key);
  if (!change) {
    change = Object.freeze({ key: `change.${key.slice('element.'.length)}` });
    CHANGE_BY_EXPLANATION.set(key, change);
  }
  return change;
}

const NO_FORMS: readonly string[] = Object.freeze([]);

/**
 * Turns evaluated elements into the result contract: outcome, per-element explanation, what would
 * change the outcome (one message per element that is not met), evidence and next steps.
 */
export function finish(draft: PathwayDraft): PathwayResult {
  const outcome = combine(draft.checks, draft.ceiling);
  const checks = draft.applies ? draft.checks : decidingPrefix(draft.checks);
  return {
    pathway: draft.pathway,
    outcome,
    applies: draft.applies,
    elements: checks,
    whatWouldChange: checks
      .filter((c) => c.status !== 'met' && OUTCOME_RANK[c.limit] === OUTCOME_RANK[outcome])
      .map(changeFor),
    evidenceThatHelps: draft.evidence ?? [],
    nextSteps: draft.nextSteps ?? [],
    notes: draft.notes ?? [],
    forms: draft.forms ?? NO_FORMS,
    citation: CITATIONS[draft.citation],
    needsLawyerReview: checks.some((c) => c.needsLawyerReview),
  };
}

/**
 * True when a pathway that does not apply is already decided by the elements checked so far: one of
 * them rules it out (`not_eligible`, the lowest outcome, so no later element could change it). The
 * rule then stops there instead of building elements nobody will see.
 */
export function ruledOut(applies: boolean, checks: readonly Check[]): boolean {
  return !applies && checks.some((c) => c.status === 'not_met' && c.limit === 'not_eligible');
}

/**
 * A pathway that plainly does not fit the record (`applies: false`) is folded away on the results
 * page; it reports the elements up to the first one that rules it out, which is the reason it does
 * not fit. The outcome is computed from every element either way, so it cannot change.
 */
function decidingPrefix(checks: readonly Check[]): readonly Check[] {
  const first = checks.findIndex((c) => c.status === 'not_met' && c.limit === 'not_eligible');
  return first === -1 ? checks : checks.slice(0, first + 1);
}
