import './safety.css';

import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef } from 'react';
import type { ActorOptions, AnyActorLogic } from 'xstate';

import { useTranslation } from '@/i18n/use-translation';
import type { SessionControls } from '@/lib/session-controls';
import { wipeBrowserStorage } from '@/lib/storage-wipe';

import { inactivityMachine } from './inactivity-machine';
import { SafetyDialog } from './safety-dialog';
import { signalWiped } from './wipe-signal';

export const DEFAULT_IDLE_MS = 15 * 60_000;
export const DEFAULT_WARNING_MS = 60_000;

/** What counts as the person being here. Listened for on window in the capture phase, which sees
 * every event first, including scroll on any element (scroll does not bubble). */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

export interface InactivityOptions {
  controls: SessionControls;
  /** Time with no activity before the answers are wiped (the warning shows warningMs earlier). */
  idleMs?: number;
  /** How long the warning shows before the wipe. WCAG 2.2.1 asks for at least 20 s. */
  warningMs?: number;
  /** Called after an automatic wipe. */
  onTimeout?: () => void;
  /** The clock for the timers; tests pass XState's SimulatedClock. */
  clock?: ActorOptions<AnyActorLogic>['clock'];
  /** The wall clock; tests pass the simulated clock's now(). */
  now?: () => number;
}

export interface InactivityState {
  warning: boolean;
  secondsLeft: number;
  /** "I need more time": hide the warning and start a new idle period. */
  extend: () => void;
  /** Wipe now (the "Clear my answers now" choice in the warning). */
  clearNow: () => void;
  /** True after an automatic wipe until the person dismisses the notice. */
  cleared: boolean;
  dismissCleared: () => void;
}

/** Activity arrives many times a second (pointer moves); the machine needs it at most this often. */
const ACTIVITY_SAMPLE_MS = 1_000;

/**
 * Wipes the answers after a time with no activity, with a warning first (WCAG 2.2.1 Timing
 * Adjustable: the person can ask for more time). The timing lives in `inactivityMachine`; this hook
 * feeds it activity and page visibility and supplies the wipe. No warning and no wipe while there
 * are no answers (controls.hasAnswers() is asked each time the timer wakes).
 */
export function useInactivityTimeout({
  controls,
  idleMs = DEFAULT_IDLE_MS,
  warningMs = DEFAULT_WARNING_MS,
  onTimeout,
  clock,
  now = Date.now,
}: InactivityOptions): InactivityState {
  const latest = useRef({ controls, onTimeout });
  useEffect(() => {
    latest.current = { controls, onTimeout };
  });
  const actor = useActorRef(inactivityMachine, {
    input: { idleMs, warningMs, now, hasAnswers: () => controls.hasAnswers() },
    ...(clock ? { clock } : {}),
  });
  useEffect(() => {
    const wiping = actor.on('wipe', () => {
      latest.current.controls.wipe();
      void wipeBrowserStorage();
      signalWiped();
    });
    const timedOut = actor.on('timedOut', () => latest.current.onTimeout?.());
    return () => {
      wiping.unsubscribe();
      timedOut.unsubscribe();
    };
  }, [actor]);
  const warning = useSelector(actor, (s) => s.matches('warning'));
  const cleared = useSelector(actor, (s) => s.matches('wiped'));
  const secondsLeft = useSelector(actor, (s) => s.context.secondsLeft);

  useEffect(() => {
    let lastSent = -Infinity;
    const onActivity = () => {
      const t = now();
      if (t - lastSent < ACTIVITY_SAMPLE_MS) return;
      lastSent = t;
      actor.send({ type: 'activity' });
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') actor.send({ type: 'wake' });
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [actor, now]);

  const extend = useCallback(() => actor.send({ type: 'extend' }), [actor]);
  const clearNow = useCallback(() => actor.send({ type: 'clearNow' }), [actor]);
  const dismissCleared = useCallback(() => actor.send({ type: 'dismiss' }), [actor]);

  return { warning, secondsLeft, extend, clearNow, cleared, dismissCleared };
}

function formatTime(seconds: number): string {
  const s = Math.max(0, seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Announce only at these marks, so a screen reader is not talking every second. */
const ANNOUNCE_AT = [60, 30, 10] as const;

export interface InactivityDialogProps {
  open: boolean;
  secondsLeft: number;
  onExtend: () => void;
  onClearNow: () => void;
}

/**
 * The warning. role="alertdialog"; focus starts on "I need more time". The visible countdown
 * updates every second but is hidden from screen readers; a separate polite status speaks only
 * at 60, 30 and 10 seconds. Escape means "I need more time" (closing should never cost answers).
 */
export function InactivityDialog({ open, secondsLeft, onExtend, onClearNow }: InactivityDialogProps) {
  const { t } = useTranslation('safety');
  const extendRef = useRef<HTMLButtonElement>(null);
  // Derived, not stored: the text changes only when a mark is crossed, so the live region speaks
  // only then, even though secondsLeft changes every second.
  const mark = ANNOUNCE_AT.find((m, i) => secondsLeft <= m && secondsLeft > (ANNOUNCE_AT[i + 1] ?? 0));
  const announcement = open && mark !== undefined ? t('idle.announce', { seconds: mark }) : '';
  return (
    <SafetyDialog
      open={open}
      title={t('idle.title')}
      role="alertdialog"
      onClose={onExtend}
      initialFocus={extendRef}
      description={t('idle.body')}
    >
      <p className="safety-countdown">
        <span aria-hidden="true">{t('idle.countdown', { time: formatTime(secondsLeft) })}</span>
      </p>
      <p role="status" className="safety-visually-hidden">
        {announcement}
      </p>
      <div className="safety-actions">
        <button ref={extendRef} type="button" className="safety-button" onClick={onExtend}>
          {t('idle.extend')}
        </button>
        <button type="button" className="safety-button safety-button-secondary" onClick={onClearNow}>
          {t('idle.clearNow')}
        </button>
      </div>
    </SafetyDialog>
  );
}

/** The hook and both dialogs together: mount once in the layout. */
export function InactivityGuard(props: InactivityOptions) {
  const { t } = useTranslation('safety');
  const { warning, secondsLeft, extend, clearNow, cleared, dismissCleared } = useInactivityTimeout(props);
  const okRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <InactivityDialog open={warning} secondsLeft={secondsLeft} onExtend={extend} onClearNow={clearNow} />
      <SafetyDialog
        open={cleared && !warning}
        title={t('idle.clearedTitle')}
        onClose={dismissCleared}
        initialFocus={okRef}
        description={t('idle.clearedBody')}
      >
        <div className="safety-actions">
          <button ref={okRef} type="button" className="safety-button" onClick={dismissCleared}>
            {t('dialog.ok')}
          </button>
        </div>
      </SafetyDialog>
    </>
  );
}
