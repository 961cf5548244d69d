import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';

import { pettyTheftTiedToTrafficking } from '@/testing/answers';

import { initialContext } from './contract';
import { screeningMachine, snapshotFromContext } from './screening-machine';
import { stateAfter } from './state-after';

describe('the state after an event, on a copy', () => {
  it('leads where the live screening would go, and leaves the live screening as it was', () => {
    const answers = pettyTheftTiedToTrafficking({ audience: 'self' });
    const context = { ...initialContext(answers), position: { step: 'checkAnswers' as const, record: 0 } };
    const live = createActor(screeningMachine, { snapshot: snapshotFromContext(context) }).start();
    const before = JSON.stringify(live.getPersistedSnapshot());
    const next = stateAfter({ type: 'answer.submit' }, live.getPersistedSnapshot());
    expect(next.state.matches('results')).toBe(true);
    expect(JSON.stringify(live.getPersistedSnapshot())).toBe(before);
    expect(live.getSnapshot().matches('checkAnswers')).toBe(true);
    // The saved form starts an actor on the same page.
    const copy = createActor(screeningMachine, { snapshot: next.saved }).start();
    expect(copy.getSnapshot().context.position.step).toBe('results');
  });

  it('from the start, Start leads to the first question', () => {
    expect(stateAfter({ type: 'flow.start' }).state.context.position.step).toBe('audience');
  });
});
