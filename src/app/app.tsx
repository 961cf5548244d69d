import { useCallback, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResultsPage } from '@/features/results/results-page';
import {
  ExitProvider,
  ExitSkipLink,
  ExitThisPageButton,
  InactivityGuard,
  SafetyPage,
  SessionActions,
} from '@/features/safety/safety-shell';
import { Wizard } from '@/features/wizard/wizard';
import { ScreeningActor } from '@/machines/screening-actor';
import { screeningMachine } from '@/machines/screening.machine';
import { formatLawReviewed } from '@/lib/format-law-date';
import { HistoryGuard } from './history-guard';
import { LanguageSwitch } from './language-switch';
import { useSession, type ScreeningActorRef } from './session';

type View = 'wizard' | 'safety';

export function App() {
  const { t, i18n } = useTranslation('common');
  const [view, setView] = useState<View>('wizard');
  const showWizard = useCallback(() => setView('wizard'), []);
  const { session, controls, setActor } = useSession(showWizard);
  const reviewed = formatLawReviewed(i18n.resolvedLanguage);

  return (
    <ExitProvider controls={controls}>
      {/* The way out comes first in the tab order, before anything else on the page. */}
      <ExitSkipLink />
      <a href="#main" className="skip-link" onClick={focusMain}>
        {t('skipToContent')}
      </a>
      <ExitThisPageButton />
      <header className="header">
        <div className="width-container header__inner">
          <p className="header__name">{t('appName')}</p>
          <LanguageSwitch />
        </div>
      </header>
      <ScreeningActor.Provider
        key={session.key}
        logic={screeningMachine}
        options={session.snapshot ? { snapshot: session.snapshot } : undefined}
      >
        <ActorBridge onActor={setActor} />
        <HistoryGuard pageOpen={view === 'safety'} onClosePage={showWizard} />
        <div className="width-container">
          <main id="main" className="main" tabIndex={-1}>
            {view === 'safety' ? <SafetyPage onBack={showWizard} /> : <Screen onShowSafety={() => setView('safety')} onStartAgain={() => controls.wipe()} />}
          </main>
        </div>
      </ScreeningActor.Provider>
      <footer className="footer">
        <div className="width-container">
          <h2 className="visually-hidden">{t('footer.heading')}</h2>
          <SessionActions controls={controls} />
          <p className="footer__links">
            <button type="button" className="link-button" onClick={() => setView('safety')}>
              {t('footer.safety')}
            </button>
          </p>
          <p className="body body--secondary">{t('footer.notAdvice')}</p>
          <p className="body body--secondary">{t('footer.reviewed', { date: reviewed })}</p>
          <p className="body body--secondary">{t('footer.private')}</p>
        </div>
      </footer>
      <InactivityGuard controls={controls} />
    </ExitProvider>
  );
}

function Screen({ onShowSafety, onStartAgain }: { onShowSafety: () => void; onStartAgain: () => void }) {
  const atResults = ScreeningActor.useSelector((s) => s.value === 'results');
  return atResults ? <ResultsPage onStartAgain={onStartAgain} /> : <Wizard onShowSafety={onShowSafety} />;
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
