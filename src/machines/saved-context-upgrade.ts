import { type HarmKind } from '@/rules';

import { REPLIES, type Reply } from './replies';

/**
 * Files saved before "what happened" became one page held three answers (`harmTrafficking`,
 * `harmPartner`, `harmSexual`) and three pages. This turns such a payload into today's shape with
 * the same meaning: the three answers become the page's three replies exactly as they were (even
 * when they differ, say "yes" and "not sure"), and any place on one of the three pages becomes the
 * one page. A file saved part-way through the three keeps none of them: the person lands on the
 * page and answers it as a whole. Anything else passes through untouched for the schema to judge.
 */

const OLD_FIELDS: Readonly<Record<string, HarmKind>> = {
  harmTrafficking: 'trafficking',
  harmPartner: 'intimatePartnerViolence',
  harmSexual: 'sexualViolence',
};
const OLD_STEPS = new Set(Object.keys(OLD_FIELDS));
const NEW_STEP = 'harms';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isReply = (value: unknown): value is Reply => (REPLIES as readonly unknown[]).includes(value);

function upgradeAnswers(answers: Json): Json {
  const old = Object.keys(OLD_FIELDS).filter((field) => field in answers);
  if (old.length === 0 || 'harms' in answers) return answers;
  const upgraded: Json = { ...answers };
  old.forEach((field) => delete upgraded[field]);
  const replies = Object.entries(OLD_FIELDS).map(([field, harm]) => [harm, answers[field]] as const);
  // Only a whole, valid set of three keeps its meaning; a part-way file is asked again.
  if (replies.every(([, reply]) => isReply(reply))) upgraded.harms = Object.fromEntries(replies);
  return upgraded;
}

const upgradePosition = (position: unknown): unknown =>
  isObject(position) && typeof position.step === 'string' && OLD_STEPS.has(position.step)
    ? { ...position, step: NEW_STEP, record: 0 }
    : position;

const samePlace = (a: unknown, b: unknown) => isObject(a) && isObject(b) && a.step === b.step && a.record === b.record;

const isOldShape = (answers: Json, positions: readonly unknown[]) =>
  Object.keys(OLD_FIELDS).some((field) => field in answers) ||
  positions.some((position) => isObject(position) && OLD_STEPS.has(position.step as string));

/** The saved context in today's shape (a payload that is not from the previous version is returned as it is). */
export function upgradeSavedContext(payload: unknown): unknown {
  if (!isObject(payload) || !isObject(payload.answers) || !Array.isArray(payload.trail)) return payload;
  if (!isOldShape(payload.answers, [payload.position, ...(payload.trail as unknown[])])) return payload;
  const position = upgradePosition(payload.position);
  // Three pages became one: Back steps over the page once, and never "back" onto the page itself.
  const kept: number[] = [];
  const trail: unknown[] = [];
  payload.trail.forEach((entry: unknown, index) => {
    const upgraded = upgradePosition(entry);
    const previous = trail.length > 0 ? trail[trail.length - 1] : undefined;
    const merged = upgraded !== entry && samePlace(upgraded, previous);
    if (!merged) {
      trail.push(upgraded);
      kept.push(index);
    }
  });
  while (trail.length > 0 && samePlace(trail[trail.length - 1], position) && (position as Json).step === NEW_STEP) {
    trail.pop();
    kept.pop();
  }
  const keptBefore = (length: number) => kept.filter((index) => index < length).length;
  const changes = Array.isArray(payload.changes)
    ? payload.changes.map((change: unknown) =>
        isObject(change)
          ? {
              ...change,
              returnTo: upgradePosition(change.returnTo),
              trailLength: typeof change.trailLength === 'number' ? keptBefore(change.trailLength) : change.trailLength,
            }
          : change,
      )
    : payload.changes;
  return { ...payload, answers: upgradeAnswers(payload.answers), position, trail, changes };
}
