import { Component, type ReactNode, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

import { InterviewMap } from '@/features/map/interview-map';
import { ResultsPage } from '@/features/results/results-page';
import { ExitProvider, ExitSkipLink, ExitThisPageButton } from '@/features/safety/exit-provider';
import { InactivityGuard } from '@/features/safety/inactivity';
import { RestartDialog, type RestartKind } from '@/features/safety/restart-dialog';
import { SafetyPage } from '@/features/safety/safety-page';
import { SessionActions } from '@/features/safety/session-actions';
import { Wizard } from '@/features/wizard/wizard';
import { useTranslation } from '@/i18n/use-translation';
import { formatLawReviewed } from '@/lib/format-law-date';
import type { SessionControls } from '@/lib/session-controls';
import { ScreeningActor } from '@/machines/screening-actor';
import { screeningMachine } from '@/machines/screening-machine';

import { ErrorBoundary } from './error-boundary';
import { GetHelpNow } from './get-help-now';
import { HistoryGuard } from './history-guard';
import { LanguageSwitch } from './language-switch';
import { LeaveWarning } from './leave-warning';
import { WarmUpFirstQuestion, WarmUpResults } from './next-page-drafts';
import { ReviewNotice } from './review-notice';
import { type ScreeningActorRef, useSession } from './session';

/** What the main area shows: the interview, or a page over it that returns to the same place. */
type View = 'wizard' | 'safety' | 'map';

/**
 * The last resort: if even the shell fails to draw, show the error page with its own exit button
 * (there are no answers left to wipe by then), and "Start again" draws the whole app afresh.
 */
export function App() {
  const [attempt, setAttempt] = useState(0);
  return (
    <ErrorBoundary onStartAgain={() => setAttempt((n) => n + 1)} fallbackShell={LastResortShell}>
      <AppShell key={attempt} />
    </ErrorBoundary>
  );
}

const NOTHING_TO_WIPE: SessionControls = {
  wipe: () => {},
  generation: () => 0,
  hasAnswers: () => false,
  answersForSave: () => undefined,
  restore: () => false,
};

function LastResortShell({ children }: { children: ReactNode }) {
  return (
    <ExitProvider controls={NOTHING_TO_WIPE}>
      <ExitSkipLink />
      <ExitThisPageButton />
      {children}
    </ExitProvider>
  );
}

function AppShell() {
  const { t } = useTranslation('common');
  const { t: tw } = useTranslation('wizard');
  const [view, setView] = useState<View>('wizard');
  // Where the person was when they opened the map: the control they used and how far down the page
  // (a student on a long results page comes back to the same place).
  const mapOpenedFrom = useRef<{ opener: HTMLElement | null; scrollY: number } | null>(null);
  const showMap = useCallback(() => {
    mapOpenedFrom.current = { opener: document.activeElement as HTMLElement | null, scrollY: window.scrollY };
    setView('map');
  }, []);
  // The interview stays mounted under the map, so closing it finds the page as it was (a choice not
  // yet sent with Continue included), and its heading says where the person is.
  const closeMap = useCallback(() => {
    flushSync(() => setView('wizard'));
    const from = mapOpenedFrom.current;
    mapOpenedFrom.current = null;
    if (from?.opener?.isConnected && from.opener !== document.body) {
      from.opener.focus({ preventScroll: true });
      window.scrollTo(0, from.scrollY);
    } else document.querySelector<HTMLElement>('#main h1')?.focus();
  }, []);
  const showWizard = useCallback(() => setView('wizard'), []);
  const { session, controls, setActor, goBack, startNewScreening } = useSession(showWizard);
  // "Start again" and "Start a new screening" both ask first.
  const [restart, setRestart] = useState<RestartKind | null>(null);
  const askToStartAgain = useCallback(() => setRestart('startAgain'), []);
  const askForNewScreening = useCallback(() => setRestart('newScreening'), []);
  const [helper, setHelper] = useState(false);

  return (
    <ExitProvider controls={controls}>
      {/* The way out comes first in the tab order, before anything else on the page. */}
      <ExitSkipLink />
      <a href="#main" className="skip-link" onClick={focusMain}>
        {t('skipToContent')}
      </a>
      <ExitThisPageButton />
      {/* The actor (the answers) lives above the error boundary, so an error page loses no answer;
          the boundary sits below the way out, so "Exit this page" and Shift×3 keep working. */}
      <ScreeningActor.Provider
        key={session.key}
        logic={screeningMachine}
        options={session.snapshot ? { snapshot: session.snapshot } : undefined}
      >
        <ActorBridge onActor={setActor} />
        <HelperBridge onHelper={setHelper} />
        <HistoryGuard pageOpen={view !== 'wizard'} onClosePage={view === 'map' ? closeMap : showWizard} />
        <LeaveWarning />
        <ErrorBoundary onBack={goBack} onStartAgain={() => controls.wipe()}>
          <header className="header">
            <div className="width-container header__inner">
              <p className="header__name">{t('appName')}</p>
              <GetHelpNow />
              <LanguageSwitch />
            </div>
          </header>
          <div className="width-container">
            <main id="main" className="main" tabIndex={-1}>
              {view === 'safety' ? (
                <SafetyPage onBack={showWizard} />
              ) : (
                <>
                  {view === 'map' ? <InterviewMap onClose={closeMap} /> : null}
                  <div hidden={view === 'map'}>
                    <Screen
                      onShowSafety={() => setView('safety')}
                      onShowMap={showMap}
                      onStartAgain={askToStartAgain}
                      onNewScreening={askForNewScreening}
                    />
                  </div>
                </>
              )}
            </main>
            {/* Inside the page's boundary: the footer below lives outside the session. */}
            <LawReviewed />
          </div>
        </ErrorBoundary>
      </ScreeningActor.Provider>
      {/* Save and open live outside the keyed session: opening a file starts a new session, and the
          dialog that says "your answers are back" must survive it. */}
      <QuietBoundary>
        <footer className="footer">
          <div className="width-container">
            <h2 className="visually-hidden">{t('footer.heading')}</h2>
            <SessionActions controls={controls} onNewScreening={helper ? askForNewScreening : undefined} />
            <p className="footer__links">
              <button type="button" className="link-button" onClick={() => setView('safety')}>
                {t('footer.safety')}
              </button>
              <button type="button" className="link-button" onClick={showMap}>
                {tw('map.open')}
              </button>
            </p>
            <p className="body body--secondary">{t('footer.notAdvice')}</p>
            <p className="body body--secondary">{t('footer.private')}</p>
          </div>
        </footer>
      </QuietBoundary>
      <RestartDialog
        kind={restart}
        onClose={() => setRestart(null)}
        onConfirm={(kind) => (kind === 'newScreening' ? startNewScreening() : controls.wipe())}
        controls={controls}
      />
      <InactivityGuard controls={controls} />
    </ExitProvider>
  );
}

/**
 * The footer's own boundary: if it fails to draw, it draws nothing (the page's boundary above shows
 * the calm error page when the page itself fails), and the way out stays, since it sits outside.
 */
class QuietBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function LawReviewed() {
  const { t, i18n } = useTranslation('common');
  return (
    <p className="body body--secondary">{t('footer.reviewed', { date: formatLawReviewed(i18n.resolvedLanguage) })}</p>
  );
}

function Screen({
  onShowSafety,
  onShowMap,
  onStartAgain,
  onNewScreening,
}: {
  onShowSafety: () => void;
  onShowMap: () => void;
  onStartAgain: () => void;
  onNewScreening: () => void;
}) {
  const atResults = ScreeningActor.useSelector((s) => s.matches('results'));
  const atStart = ScreeningActor.useSelector((s) => s.matches('start'));
  const checkingAnswers = ScreeningActor.useSelector((s) => s.matches('checkAnswers'));
  // Results lead with each record's answer on a phone, so the "not yet checked by a native
  // speaker" notice follows them there; on the start page it comes first.
  if (atResults) {
    return (
      <>
        <ResultsPage onStartAgain={onStartAgain} onShowMap={onShowMap} onNewScreening={onNewScreening} />
        <ReviewNotice />
      </>
    );
  }
  return (
    <>
      {atStart && <ReviewNotice />}
      {atStart && <WarmUpFirstQuestion />}
      {checkingAnswers && <WarmUpResults />}
      <Wizard onShowSafety={onShowSafety} onShowMap={onShowMap} />
    </>
  );
}

/** Tells the shell (outside the provider) whether a helper is answering, for the footer's actions. */
function HelperBridge({ onHelper }: { onHelper: (helper: boolean) => void }) {
  const helper = ScreeningActor.useSelector((s) => s.context.answers.audience === 'helper');
  useLayoutEffect(() => onHelper(helper), [helper, onHelper]);
  return null;
}

/** Gives the session controls (outside the provider) the current actor. */
function ActorBridge({ onActor }: { onActor: (actor: ScreeningActorRef) => void }) {
  const actor = ScreeningActor.useActorRef();
  useLayoutEffect(() => onActor(actor), [actor, onActor]);
  return null;
}

function focusMain(event: React.MouseEvent<HTMLAnchorElement>) {
  // Move focus without changing the URL: the wizard keeps one history entry and no hash.
  event.preventDefault();
  document.getElementById('main')?.focus();
}
