import { createActor, type Snapshot, type SnapshotFrom } from 'xstate';

import type { ScreeningEvent } from './contract';
import { screeningMachine } from './screening-machine';

/**
 * The screening's state after `event`, worked out on a throwaway copy: the live screening is not
 * touched. Used to draw a likely next page ahead of time (app/warm-up.tsx). `saved` is the form a
 * screening actor can start from; `state` is for asking where it leads.
 */
export function stateAfter(
  event: ScreeningEvent,
  from?: Snapshot<unknown>,
): { saved: Snapshot<unknown>; state: SnapshotFrom<typeof screeningMachine> } {
  const copy = createActor(screeningMachine, from ? { snapshot: from } : undefined).start();
  copy.send(event);
  const result = { saved: copy.getPersistedSnapshot(), state: copy.getSnapshot() };
  copy.stop();
  return result;
}
