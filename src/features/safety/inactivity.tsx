import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionControls } from '@/lib/session-controls';
import { wipeBrowserStorage } from '@/lib/storage-wipe';
import { SafetyDialog } from './safety-dialog';
import { signalWiped } from './wipe-signal';
import './safety.css';

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

interface TimerCallbacks {
  hasAnswers: () => boolean;
  /** Show or update the warning with the seconds left. */
  onWarning: (secondsLeft: number) => void;
  /** Hide the warning without wiping (extended, or nothing left to protect). */
  onHide: () => void;
  /** Wipe now; auto is true for a timeout, false for "Clear my answers now". */
  onWipe: (auto: boolean) => void;
}

/**
 * The timing logic without React, so it is simple to reason about and test.
 *
 * Activity only records a timestamp (no timer churn on every pointermove). One timer wakes up at
 * the earliest moment the warning could be due and re-checks. Deadlines use the wall clock, so a
 * phone that slept with the page in the background still wipes on waking: if the whole idle time
 * has already passed, the answers are wiped at once instead of being shown for another minute.
 */
export function createInactivityTimer(idleMs: number, warningMs: number, cb: TimerCallbacks) {
  let lastActivity = Date.now();
  let warning = false;
  let deadline = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;

  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (ticker !== undefined) clearInterval(ticker);
    timer = undefined;
    ticker = undefined;
  };

  const schedule = () => {
    stop();
    timer = setTimeout(check, Math.max(0, lastActivity + idleMs - warningMs - Date.now()));
  };

  const restart = () => {
    warning = false;
    lastActivity = Date.now();
    schedule();
  };

  function check(): void {
    const now = Date.now();
    if (warning) {
      const left = deadline - now;
      if (left > 0) return cb.onWarning(Math.ceil(left / 1000));
      stop();
      if (cb.hasAnswers()) cb.onWipe(true);
      else cb.onHide();
      return restart();
    }
    // No answers, nothing to protect: start a fresh period instead of warning about nothing.
    if (!cb.hasAnswers()) return restart();
    const idle = now - lastActivity;
    if (idle >= idleMs) {
      cb.onWipe(true);
      return restart();
    }
    if (idle < idleMs - warningMs) return schedule();
    stop();
    warning = true;
    deadline = lastActivity + idleMs;
    cb.onWarning(Math.ceil((deadline - now) / 1000));
    ticker = setInterval(check, 1_000);
  }

  return {
    start: restart,
    stop,
    /** Re-check now (e.g. the page became visible after the phone slept). */
    check,
    /** While the warning shows, only an explicit choice counts: a stray touch must not hide it. */
    activity: () => {
      if (!warning) lastActivity = Date.now();
    },
    extend: () => {
      cb.onHide();
      restart();
    },
    clearNow: () => {
      stop();
      cb.onWipe(false);
      restart();
    },
  };
}

/**
 * Wipes the answers after a time with no activity, with a warning first (WCAG 2.2.1 Timing
 * Adjustable: the person can ask for more time). No warning and no wipe while there are no
 * answers (controls.hasAnswers() is checked each time the timer wakes).
 */
export function useInactivityTimeout({
  controls,
  idleMs = DEFAULT_IDLE_MS,
  warningMs = DEFAULT_WARNING_MS,
  onTimeout,
}: InactivityOptions): InactivityState {
  const [warning, setWarning] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState(Math.ceil(warningMs / 1000));
  const [cleared, setCleared] = useState(false);
  const latest = useRef({ controls, onTimeout });
  useEffect(() => {
    latest.current = { controls, onTimeout };
  });
  const timerRef = useRef<ReturnType<typeof createInactivityTimer> | null>(null);

  useEffect(() => {
    const timer = createInactivityTimer(idleMs, warningMs, {
      hasAnswers: () => latest.current.controls.hasAnswers(),
      onWarning: (left) => {
        setSecondsLeft(left);
        setWarning(true);
      },
      onHide: () => setWarning(false),
      onWipe: (auto) => {
        const hadAnswers = latest.current.controls.hasAnswers();
        setWarning(false);
        latest.current.controls.wipe();
        void wipeBrowserStorage();
        signalWiped();
        if (auto && hadAnswers) {
          setCleared(true);
          latest.current.onTimeout?.();
        }
      },
    });
    timerRef.current = timer;
    timer.start();
    const onActivity = () => timer.activity();
    const onVisible = () => {
      if (document.visibilityState === 'visible') timer.check();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      timer.stop();
      timerRef.current = null;
    };
  }, [idleMs, warningMs]);

  const extend = useCallback(() => timerRef.current?.extend(), []);
  const clearNow = useCallback(() => timerRef.current?.clearNow(), []);
  const dismissCleared = useCallback(() => setCleared(false), []);

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
    <SafetyDialog open={open} title={t('idle.title')} role="alertdialog" onClose={onExtend} initialFocus={extendRef} description={t('idle.body')}>
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
      <SafetyDialog open={cleared && !warning} title={t('idle.clearedTitle')} onClose={dismissCleared} initialFocus={okRef} description={t('idle.clearedBody')}>
        <div className="safety-actions">
          <button ref={okRef} type="button" className="safety-button" onClick={dismissCleared}>
            {t('dialog.ok')}
          </button>
        </div>
      </SafetyDialog>
    </>
  );
}
