import { useEffect } from 'react';

import { prepareOffenseSearch } from '@/components/offense-search/offense-matcher-cache';
import { ResultsPage } from '@/features/results/results-page';
import { Wizard } from '@/features/wizard/wizard';
import { ScreeningActor } from '@/machines/screening-actor';
import { screeningMachine } from '@/machines/screening-machine';
import { stateAfter } from '@/machines/state-after';

import { useWarmUp } from './warm-up';

/*
 * The two pages whose first drawing made the slowest taps of a screening on a slow phone: the first
 * question (after Start) and the results (after "See my results"). Each is drawn once ahead, in idle
 * time, from a copy of the screening (warm-up.tsx). The offense search's index, the slow part of
 * the offense question, is built ahead too.
 */

/** The first question, drawn ahead while the person reads the start page (see warm-up.tsx). */
export function WarmUpFirstQuestion() {
  // The offense question comes a few pages on; its search is built while the person reads.
  useEffect(() => prepareOffenseSearch(), []);
  useWarmUp(() => (
    <ScreeningActor.Provider logic={screeningMachine} options={{ snapshot: stateAfter({ type: 'flow.start' }).saved }}>
      <Wizard onShowSafety={ignore} />
    </ScreeningActor.Provider>
  ));
  return null;
}

/** The results, drawn ahead while the person checks their answers (see warm-up.tsx). */
export function WarmUpResults() {
  const actor = ScreeningActor.useActorRef();
  useWarmUp(() => {
    // Read when the browser is idle, so it is the answers as they are then.
    const next = stateAfter({ type: 'answer.submit' }, actor.getPersistedSnapshot());
    if (!next.state.matches('results')) return null;
    return (
      <ScreeningActor.Provider logic={screeningMachine} options={{ snapshot: next.saved }}>
        <ResultsPage onStartAgain={ignore} />
      </ScreeningActor.Provider>
    );
  });
  return null;
}

const ignore = () => {};
