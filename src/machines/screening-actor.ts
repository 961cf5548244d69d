import { createActorContext } from '@xstate/react';

import { screeningMachine } from './screening-machine';

/**
 * One screening actor for the whole app. Components read narrow slices with `useSelector` and send
 * typed events; none of them owns flow logic (docs/architecture.md).
 */
export const ScreeningActor = createActorContext(screeningMachine);
