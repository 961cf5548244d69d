import './safety.css';

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

import { useTranslation } from '@/i18n/use-translation';
import { forgetExtraEntry } from '@/lib/history-entries';
import type { SessionControls } from '@/lib/session-controls';

import { createShiftSequence, defaultNavigate, exitNow, removeExitOverlay } from './exit';
import { useKeepFocusClearOfExitBar } from './keep-focus-clear';
import { useAnyDialogOpen } from './open-dialogs';

interface ExitContextValue {
  /** Leave now (overlay, wipe, clear storage, replace history, go to the neutral page). */
  exit: () => void;
  /** The neutral page, for the href of links (so "copy link" or no-JS still goes somewhere safe). */
  exitUrl: string;
  /** Bare Shift presses so far in a live sequence (0-2), for the indicator on the button. */
  shiftPresses: number;
}

const ExitContext = createContext<ExitContextValue | null>(null);

/** The exit action from the nearest ExitProvider. */
export function useExitPage(): ExitContextValue {
  const value = useContext(ExitContext);
  if (!value) throw new Error('useExitPage must be used inside <ExitProvider>');
  return value;
}

/** The exit action, or null outside an ExitProvider (a dialog drawn on its own in a test). */
export function useOptionalExitPage(): ExitContextValue | null {
  return useContext(ExitContext);
}

/**
 * When the page comes back from the back-forward cache (pageshow with persisted) it would show
 * exactly what was on screen, answers included, or a blank overlay. So: drop the answers and the
 * overlay. On pagehide (leaving, or going into the bfcache) drop the answers too, so the cached
 * copy holds none. Exported for apps that want the guard without the provider.
 */
export function usePageLifecycleGuard(controls: SessionControls): void {
  const controlsRef = useRef(controls);
  useEffect(() => {
    controlsRef.current = controls;
  });
  useEffect(() => {
    const wipe = () => {
      try {
        controlsRef.current.wipe();
      } catch {
        /* the guard must never throw during unload */
      }
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      wipe();
      removeExitOverlay();
      // The page starts over at the start page: an extra history entry it lands on is now plain.
      try {
        forgetExtraEntry();
      } catch {
        /* never throw while the page comes back */
      }
    };
    const onPageHide = () => wipe();
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);
}

export interface ExitProviderProps {
  controls: SessionControls;
  children?: ReactNode;
  /** The neutral page; defaults to the build-time __EXIT_URL__. */
  exitUrl?: string;
  /** Injectable for tests; defaults to location.replace. */
  navigate?: (url: string) => void;
  /** Time allowed between Shift presses (GOV.UK: 5 s). */
  shiftTimeoutMs?: number;
}

/**
 * Mount once, around the whole layout. Installs one capturing keyup listener for Shift×3 and the
 * pageshow/pagehide guard, and renders the visually hidden status that announces the Shift count.
 */
export function ExitProvider({
  controls,
  children,
  exitUrl = __EXIT_URL__,
  navigate = defaultNavigate,
  shiftTimeoutMs = 5_000,
}: ExitProviderProps) {
  const { t } = useTranslation('safety');
  const [status, setStatus] = useState('');
  const [shiftPresses, setShiftPresses] = useState(0);
  usePageLifecycleGuard(controls);
  useKeepFocusClearOfExitBar();

  // Keep the latest values for the one long-lived listener.
  const latest = useRef({ controls, exitUrl, navigate, t });
  useEffect(() => {
    latest.current = { controls, exitUrl, navigate, t };
  });

  // One exit at a time: a double tap or button-plus-Shift must not wipe and navigate twice.
  const exiting = useRef(false);
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) exiting.current = false;
    };
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);

  const exit = useCallback(() => {
    if (exiting.current) return;
    exiting.current = true;
    const { controls: c, exitUrl: url, navigate: go, t: tr } = latest.current;
    setStatus('');
    exitNow({ controls: c, exitUrl: url, navigate: go, overlayText: tr('exit.leaving') });
  }, []);

  useEffect(() => {
    let clearStatus: ReturnType<typeof setTimeout> | undefined;
    const sequence = createShiftSequence({
      timeoutMs: shiftTimeoutMs,
      onExit: exit,
      onProgress: (state) => {
        if (clearStatus !== undefined) clearTimeout(clearStatus);
        const tr = latest.current.t;
        if (state === 2 || state === 1) {
          setShiftPresses(3 - state);
          setStatus(state === 2 ? tr('exit.shiftTwoMore') : tr('exit.shiftOneMore'));
        } else {
          setShiftPresses(0);
          if (state === 'expired') {
            setStatus(tr('exit.shiftExpired'));
            // Clear the message after a while so it is not read again later (GOV.UK does this).
            clearStatus = setTimeout(() => setStatus(''), shiftTimeoutMs);
          } else {
            setStatus('');
          }
        }
      },
    });
    const onKeyUp = (event: KeyboardEvent) => sequence.handleKeyUp(event);
    document.addEventListener('keyup', onKeyUp, true);
    return () => {
      document.removeEventListener('keyup', onKeyUp, true);
      sequence.dispose();
      if (clearStatus !== undefined) clearTimeout(clearStatus);
    };
  }, [exit, shiftTimeoutMs]);

  const value = useMemo(() => ({ exit, exitUrl, shiftPresses }), [exit, exitUrl, shiftPresses]);
  return (
    <ExitContext.Provider value={value}>
      {children}
      <div role="status" className="safety-visually-hidden" data-testid="safety-shift-status">
        {status}
      </div>
    </ExitContext.Provider>
  );
}

/**
 * The hidden-until-focused link, first in the tab order: place it right after "Skip to main
 * content". Its text is deliberately not disguised (GOV.UK research: disguising confused people).
 */
export function ExitSkipLink() {
  const { t } = useTranslation('safety');
  const { exit, exitUrl } = useExitPage();
  return (
    <a
      href={exitUrl}
      rel="noreferrer noopener"
      referrerPolicy="no-referrer"
      className="safety-skip-link"
      onClick={(event) => {
        event.preventDefault();
        exit();
      }}
    >
      {t('exit.button')}
    </a>
  );
}

/**
 * The sticky "Exit this page" bar. Put it at the very top of the layout, before the main content.
 * Stays on screen while scrolling; the page gets scroll-padding-top so it never hides the
 * focused element (WCAG 2.2 SC 2.4.11). Hidden when printing.
 *
 * While a modal dialog is open, keyboard and screen reader users cannot reach anything outside it,
 * so every dialog carries its own "Exit this page" (SafetyDialog); the bar stays visible and
 * tappable, but leaves the tab order and the accessibility tree to that one, so there is exactly
 * one way out to find.
 */
export function ExitThisPageButton() {
  const { t } = useTranslation('safety');
  const { exit, shiftPresses } = useExitPage();
  const dialogOpen = useAnyDialogOpen();
  return (
    <div className="safety-exit-bar" aria-hidden={dialogOpen ? true : undefined}>
      <button type="button" className="safety-exit-button" tabIndex={dialogOpen ? -1 : undefined} onClick={exit}>
        <span>{t('exit.button')}</span>
        <span className="safety-exit-lights" aria-hidden="true">
          {[1, 2, 3].map((n) => (
            <span
              key={n}
              className={n <= shiftPresses ? 'safety-exit-light safety-exit-light-on' : 'safety-exit-light'}
            />
          ))}
        </span>
      </button>
      <p className="safety-exit-hint">
        {t('exit.hint')} <span className="safety-exit-hint-tabs">{t('exit.otherTabs')}</span>
      </p>
    </div>
  );
}
