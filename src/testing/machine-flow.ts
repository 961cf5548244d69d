import { expect } from 'vitest';
import { createActor } from 'xstate';

import { harmRepliesFor } from '@/machines/replies';
import { screeningMachine } from '@/machines/screening-machine';

/** A screening actor driven like a person would: Continue with a value, page after page. */
export function start() {
  const actor = createActor(screeningMachine).start();
  const step = () => actor.getSnapshot().context.position.step;
  const submit = (value?: unknown) => actor.send({ type: 'answer.submit', value });
  /** Answers several pages in a row, one value per page (`undefined` = Continue with nothing). */
  const answer = (...values: unknown[]) => values.forEach((value) => submit(value));
  return { actor, step, submit, answer, context: () => actor.getSnapshot().context };
}

/** A first journey: for myself, one petty-theft conviction tied to trafficking. */
export function walkPettyTheftJourney(flow: ReturnType<typeof start>) {
  flow.actor.send({ type: 'flow.start' });
  flow.answer(
    'self', // audience
    'yes', // safe now
    undefined, // content note
    harmRepliesFor(['trafficking']), // what happened
    'ended', // situation
    'conviction',
    'california',
    'PC 488',
  );
}

/** Journey (a) as far as the list of records. */
export function atRecords() {
  const flow = start();
  walkPettyTheftJourney(flow);
  flow.answer('adult', 'yes', 'yes', 'probation', 'yes');
  expect(flow.step()).toBe('records');
  return flow;
}

/** Journey (a) as far as Check your answers. */
export function atCheckAnswers() {
  const flow = atRecords();
  flow.answer(undefined, { reply: 'none', kinds: [] }, 'no');
  expect(flow.step()).toBe('checkAnswers');
  return flow;
}
