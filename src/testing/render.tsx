import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { ActorRefFrom } from 'xstate';

import { type Answers, emptyAnswers } from '@/machines/answers';
import { initialContext, type ScreeningContext } from '@/machines/contract';
import type { Position, StepId } from '@/machines/flow';
import { ScreeningActor } from '@/machines/screening-actor';
import { screeningMachine, snapshotFromContext } from '@/machines/screening-machine';

type ScreeningRef = ActorRefFrom<typeof screeningMachine>;

/** Reads the actor from inside the provider, so tests can assert on the machine after clicks. */
function ActorSpy({ onActor }: { onActor: (actor: ScreeningRef) => void }) {
  onActor(ScreeningActor.useActorRef());
  return null;
}

/**
 * Renders a piece of the wizard inside a screening actor that is already on `step` with `answers`,
 * as if the person had got there. Returns the actor for assertions.
 */
export function renderAtStep(
  ui: ReactElement,
  {
    step,
    record = 0,
    answers = emptyAnswers(),
    trail = [],
  }: { step: StepId; record?: number; answers?: Answers; trail?: Position[] },
) {
  const context: ScreeningContext = { ...initialContext(answers), position: { step, record }, trail };
  let actor: ScreeningRef | undefined;
  const user = userEvent.setup();
  const utils = render(
    <ScreeningActor.Provider logic={screeningMachine} options={{ snapshot: snapshotFromContext(context) }}>
      <ActorSpy onActor={(a) => (actor = a)} />
      {ui}
    </ScreeningActor.Provider>,
  );
  return {
    ...utils,
    user,
    state: () => actor!.getSnapshot(),
  };
}
