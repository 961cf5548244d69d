import { Component, type ErrorInfo, type ReactNode, useEffect, useRef } from 'react';

import { useTranslation } from '@/i18n/use-translation';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** "Back": try the previous question again (optional: the last-resort page has no question). */
  onBack?: () => void;
  /** "Start again": drop the answers and show the start page. */
  onStartAgain: () => void;
  /** Wraps the error page (the last-resort boundary gives it its own exit button). */
  fallbackShell?: (props: { children: ReactNode }) => ReactNode;
}

/**
 * Any error while drawing the page ends here instead of in a blank screen. The boundary sits inside
 * the exit provider, so "Exit this page" and Shift×3 keep working on the error page.
 * Nothing about the error is stored or sent anywhere.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // Deliberately empty: no logging service, no storage. The browser console already has it.
  }

  private readonly retry = (action: (() => void) | undefined) => () => {
    action?.();
    this.setState({ failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    const page = (
      <ErrorPage
        onBack={this.props.onBack ? this.retry(this.props.onBack) : undefined}
        onStartAgain={this.retry(this.props.onStartAgain)}
      />
    );
    const Shell = this.props.fallbackShell;
    return Shell ? <Shell>{page}</Shell> : page;
  }
}

/** A calm message with a way forward. The heading takes focus so a screen reader starts there. */
export function ErrorPage({ onBack, onStartAgain }: { onBack?: () => void; onStartAgain: () => void }) {
  const { t } = useTranslation('safety');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="width-container">
      <main id="main" className="main" tabIndex={-1}>
        <h1 ref={heading} tabIndex={-1}>
          {t('error.title')}
        </h1>
        <p className="body">{t('error.body')}</p>
        <p className="body">{onBack ? t('error.choices') : t('error.startOnly')}</p>
        <div className="safety-actions">
          {onBack ? (
            <button type="button" className="safety-button" onClick={onBack}>
              {t('error.back')}
            </button>
          ) : null}
          <button
            type="button"
            className={onBack ? 'safety-button safety-button-secondary' : 'safety-button'}
            onClick={onStartAgain}
          >
            {t('error.startAgain')}
          </button>
        </div>
      </main>
    </div>
  );
}
