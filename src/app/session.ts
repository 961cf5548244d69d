import { useCallback, useMemo, useRef, useState } from 'react';
import type { ActorRefFrom } from 'xstate';

import { clearCopiedText } from '@/lib/copied-text';
import type { SessionControls } from '@/lib/session-controls';
import { hasAnyAnswer } from '@/machines/answers';
import { newScreeningContext } from '@/machines/new-screening';
import { readSavedContext } from '@/machines/saved-context';
import { type screeningMachine, type ScreeningSnapshot, snapshotFromContext } from '@/machines/screening-machine';

export type ScreeningActorRef = ActorRefFrom<typeof screeningMachine>;

export interface Session {
  /** Changing the key mounts a fresh actor: the old one, and every answer in it, is gone. */
  readonly key: number;
  readonly snapshot?: ScreeningSnapshot;
}

/**
 * The app's implementation of SessionControls over the screening actor. Answers live only in the
 * actor's memory; wiping restarts the flow at once and then replaces the actor.
 */
export function useSession(onReset: () => void) {
  const [session, setSession] = useState<Session>({ key: 0 });
  const actorRef = useRef<ScreeningActorRef | null>(null);
  const wipes = useRef(0);
  const controls = useMemo<SessionControls>(
    () => ({
      wipe() {
        wipes.current += 1;
        clearCopiedText();
        actorRef.current?.send({ type: 'flow.restart' });
        setSession((s) => ({ key: s.key + 1 }));
        onReset();
      },
      generation: () => wipes.current,
      hasAnswers: () => (actorRef.current ? hasAnyAnswer(actorRef.current.getSnapshot().context.answers) : false),
      answersForSave: () => structuredClone(actorRef.current?.getSnapshot().context),
      restore(payload) {
        // Shape and meaning both: a file that does not fit changes nothing on screen.
        const context = readSavedContext(payload);
        if (!context) return false;
        setSession((s) => ({ key: s.key + 1, snapshot: snapshotFromContext(context) }));
        onReset();
        return true;
      },
    }),
    [onReset],
  );
  const setActor = useCallback((actor: ScreeningActorRef) => {
    actorRef.current = actor;
  }, []);
  /** One question back, for the error page's "Back" (the answers stay). */
  const goBack = useCallback(() => actorRef.current?.send({ type: 'nav.back' }), []);
  /**
   * The next person at an intake desk: a full wipe (work in flight, copied text, the actor and all
   * that hangs off it), then a fresh session that keeps only who is answering.
   */
  const startNewScreening = useCallback(() => {
    const audience = actorRef.current?.getSnapshot().context.answers.audience;
    controls.wipe();
    const context = newScreeningContext(audience);
    setSession((s) => ({ key: s.key + 1, snapshot: snapshotFromContext(context) }));
  }, [controls]);
  return { session, controls, setActor, goBack, startNewScreening };
}
