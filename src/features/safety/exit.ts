/**
 * "Exit this page": the mechanics, kept free of React so they run synchronously and in order.
 *
 * Follows GOV.UK's Exit this page (govuk-frontend components/exit-this-page) with the changes in
 * docs/safety-design.md: we also drop every answer, clear browser storage, step back onto the
 * page's own history entry and leave with location.replace, so that entry becomes the neutral page
 * and Back goes to whatever came before the app.
 */
import { isExtraEntry } from '@/lib/history-entries';
import type { SessionControls } from '@/lib/session-controls';
import { wipeBrowserStorage } from '@/lib/storage-wipe';

export const EXITING_CLASS = 'safety-exiting';
export const OVERLAY_ID = 'safety-exit-overlay';

export interface ExitOptions {
  controls: SessionControls;
  /** The neutral page. Defaults to the build-time __EXIT_URL__. */
  exitUrl?: string;
  /** How to leave. Defaults to location.replace; tests inject a spy so jsdom does not navigate. */
  navigate?: (url: string) => void;
  /** Text for the overlay (announced by screen readers), e.g. "Loading." */
  overlayText?: string;
}

export function defaultNavigate(url: string): void {
  window.location.replace(url);
}

/**
 * Cover the whole viewport at once and hide everything else, so a person watching sees a blank
 * page and a screen reader or Tab cannot wander the old content while the next page loads.
 * Plain DOM (not React state) because React would paint it only after this task ends.
 */
export function showExitOverlay(text: string): void {
  const doc = document;
  doc.documentElement.classList.add(EXITING_CLASS);
  let overlay = doc.getElementById(OVERLAY_ID);
  if (!overlay) {
    overlay = doc.createElement('div');
    overlay.id = OVERLAY_ID;
    overlay.className = 'safety-exit-overlay';
    doc.body.appendChild(overlay);
  }
  // Set after insertion, with role=alert, so screen readers announce it (GOV.UK does the same).
  overlay.setAttribute('role', 'alert');
  overlay.textContent = text;
}

/** Undo the overlay, e.g. when the page comes back from the back-forward cache. */
export function removeExitOverlay(): void {
  document.documentElement.classList.remove(EXITING_CLASS);
  document.getElementById(OVERLAY_ID)?.remove();
}

/** How long to wait for the browser to step back onto the page's own entry before leaving anyway. */
const STEP_BACK_LIMIT_MS = 400;

/**
 * Leave now. Every step is wrapped so one failure (e.g. a throwing wipe) cannot stop the next:
 * getting the person off the page matters more than anything else here.
 *
 * History: when the app's extra entry is on top, location.replace would replace only that one and
 * leave the page's own entry (the start page) one Back press away. So we first step back onto the
 * page's own entry and replace that one from the popstate. The extra entry is then a Forward entry,
 * which loads a fresh start page with no answers.
 */
export function exitNow({
  controls,
  exitUrl = __EXIT_URL__,
  navigate = defaultNavigate,
  overlayText = '',
}: ExitOptions): void {
  try {
    showExitOverlay(overlayText);
  } catch {
    /* keep going */
  }
  try {
    controls.wipe();
  } catch {
    /* keep going */
  }
  void wipeBrowserStorage();
  const leave = () => {
    try {
      // The entry we leave from becomes the bare start URL: no step, no hash, no query string.
      window.history.replaceState(null, '', import.meta.env.BASE_URL || '/');
    } catch {
      /* keep going */
    }
    navigate(exitUrl);
  };
  let onTopOfOwnEntry = false;
  try {
    onTopOfOwnEntry = isExtraEntry();
  } catch {
    /* keep going */
  }
  if (!onTopOfOwnEntry) return leave();

  let left = false;
  const onPopState = (event: Event) => {
    // Nobody else may treat this step back as "go back one question".
    event.stopImmediatePropagation();
    finish();
  };
  const finish = () => {
    if (left) return;
    left = true;
    window.removeEventListener('popstate', onPopState, true);
    clearTimeout(timer);
    leave();
  };
  window.addEventListener('popstate', onPopState, true);
  // If the browser never steps back (it should), leave from where we are rather than stay.
  const timer = setTimeout(finish, STEP_BACK_LIMIT_MS);
  try {
    window.history.back();
  } catch {
    finish();
  }
}

export interface ShiftSequenceOptions {
  /** Called after the 3rd bare Shift press. */
  onExit: () => void;
  /** Called with the number of presses still needed (2, 1), 0 on exit, or 'expired' / 'reset'. */
  onProgress: (state: 2 | 1 | 0 | 'expired' | 'reset') => void;
  /** Time allowed between presses; GOV.UK uses 5 s. */
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer?: (id: ReturnType<typeof setTimeout>) => void;
}

/**
 * GOV.UK's Shift×3 logic, as a small state machine fed with keyup events:
 * - only a bare Shift counts: it remembers whether the previous keyup had shiftKey set, so the
 *   Shift released after Shift+A (keyup A with shiftKey, then keyup Shift) does not count;
 * - any other key while a sequence is live resets it;
 * - each press restarts a 5 s timer; on expiry the sequence resets and says so.
 */
export function createShiftSequence({
  onExit,
  onProgress,
  timeoutMs = 5_000,
  setTimer = (fn, ms) => setTimeout(fn, ms),
  clearTimer = (id) => clearTimeout(id),
}: ShiftSequenceOptions) {
  let presses = 0;
  let lastKeyWasModified = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stopTimer = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };

  const handleKeyUp = (event: Pick<KeyboardEvent, 'key' | 'shiftKey'>) => {
    if (event.key === 'Shift' && !lastKeyWasModified) {
      presses += 1;
      stopTimer();
      if (presses >= 3) {
        presses = 0;
        onProgress(0);
        onExit();
      } else {
        onProgress(presses === 1 ? 2 : 1);
        timer = setTimer(() => {
          timer = undefined;
          presses = 0;
          onProgress('expired');
        }, timeoutMs);
      }
    } else if (presses > 0) {
      stopTimer();
      presses = 0;
      onProgress('reset');
    }
    lastKeyWasModified = event.shiftKey;
  };

  return {
    handleKeyUp,
    dispose: stopTimer,
    get presses() {
      return presses;
    },
  };
}
