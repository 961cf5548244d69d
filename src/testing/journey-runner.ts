import { createActor } from 'xstate';

import type { ScreeningContext, ScreeningEvent } from '@/machines/contract';
import { modeOf } from '@/machines/modes';
import { route } from '@/machines/navigation';
import { screeningMachine, type ScreeningSnapshot } from '@/machines/screening-machine';

import { randomEvent, seededRandom } from './random-journeys';

/** The mode a snapshot is in, as XState spells it (`interview.records.list`). */
export const modeValue = (snapshot: ScreeningSnapshot) =>
  snapshot._nodes.filter((node) => node.type === 'atomic').map((node) => node.path.join('.'))[0];

export interface JourneyReport {
  readonly events: number;
  /** Events where the machine and the pure router disagreed, or the state was not its page's mode. */
  readonly errors: string[];
  readonly reachedResults: boolean;
  /** Every context the journey passed through, for save-and-open checks. */
  readonly contexts: ScreeningContext[];
}

/**
 * One seeded random journey through the real machine: `length` random actions, then only
 * "Continue" (adding a record when the list is empty) until the results, as a person finishing
 * the interview would. Every step is checked against the pure router.
 */
export function runJourney(seed: number, length: number): JourneyReport {
  const random = seededRandom(seed);
  const actor = createActor(screeningMachine).start();
  const errors: string[] = [];
  const contexts: ScreeningContext[] = [];
  const send = (event: ScreeningEvent) => {
    const before = actor.getSnapshot().context;
    const expected = route(before, event) ?? before;
    actor.send(event);
    const after = actor.getSnapshot();
    if (JSON.stringify(after.context) !== JSON.stringify(expected))
      errors.push(`${JSON.stringify(event)} from ${JSON.stringify(before.position)}: machine and router disagree`);
    if (modeValue(after) !== modeOf(after.context))
      errors.push(`${JSON.stringify(event)}: state ${modeValue(after)} but page ${after.context.position.step}`);
    contexts.push(after.context);
  };
  let events = 0;
  for (; events < length; events += 1) send(randomEvent(actor.getSnapshot().context, random));
  for (let finishing = 0; finishing < 400 && !actor.getSnapshot().matches('results'); finishing += 1, events += 1) {
    const { position, answers } = actor.getSnapshot().context;
    if (position.step === 'start') send({ type: 'flow.start' });
    else if (position.step === 'records' && answers.records.length === 0) send({ type: 'record.add' });
    // Check your answers with every record removed: the way on is the list of records.
    else if (position.step === 'checkAnswers' && answers.records.length === 0)
      send({ type: 'nav.change', step: 'records' });
    else send({ type: 'answer.submit' });
  }
  const reachedResults = actor.getSnapshot().matches('results');
  actor.stop();
  return { events, errors, reachedResults, contexts };
}
