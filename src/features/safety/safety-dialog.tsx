import './safety.css';

import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';

import { useTranslation } from '@/i18n/use-translation';

import { useOptionalExitPage } from './exit-provider';
import { trackOpenDialog } from './open-dialogs';

/**
 * A small accessible modal used by every safety dialog.
 *
 * WHY NOT <dialog>.showModal(): jsdom (our unit-test DOM) does not implement it, and showModal
 * makes the rest of the page inert, including the "Exit this page" button. Here the dialog is
 * role="dialog"/"alertdialog" with aria-modal, focus moves in on open, Tab is kept inside,
 * Escape closes (when allowed) and focus returns to where it was. The exit bar is stacked above
 * the backdrop in safety.css so it stays visible and tappable while a dialog is open, and
 * Shift×3 keeps working because it listens on the document. Tab cannot leave a modal dialog, so
 * each one carries its own "Exit this page", first in its tab order, doing exactly what the bar
 * does: a person using the keyboard always has the way out within reach.
 * The browser's Back button closes the dialog (as Escape does) instead of moving the page behind
 * it: the dialog registers itself in open-dialogs.ts, which the history guard asks.
 */
export interface SafetyDialogProps {
  open: boolean;
  /** The visible heading; also the dialog's accessible name. */
  title: string;
  /** Called on Escape (omit to make Escape do nothing). */
  onClose?: () => void;
  /** alertdialog for warnings that need an answer (inactivity, clear). */
  role?: 'dialog' | 'alertdialog';
  /** A short text read with the dialog's name (aria-describedby); shown first in the body. */
  description?: string;
  /** Element to focus on open; defaults to the heading (so the whole text is read first). */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function SafetyDialog({
  open,
  title,
  onClose,
  role = 'dialog',
  description,
  initialFocus,
  children,
}: SafetyDialogProps) {
  const { t } = useTranslation('safety');
  const exitPage = useOptionalExitPage();
  const titleId = useId();
  const descId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!open) return undefined;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // A modal dialog: the page behind it can be neither reached nor tapped until it closes (the
    // exit bar sits outside <main>, so the way out stays open).
    const page = document.getElementById('main');
    page?.setAttribute('inert', '');
    const untrack = trackOpenDialog({ close: () => onCloseRef.current?.() });
    (initialFocus?.current ?? headingRef.current)?.focus();
    return () => {
      untrack();
      page?.removeAttribute('inert');
      // Return focus where it was, if that element is still on the page.
      if (previous?.isConnected) previous.focus();
    };
    // Focus once per opening, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && onCloseRef.current) {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !boxRef.current) return;
    const items = [...boxRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const heading = headingRef.current;
    // The heading (focused on open) sits before the first control only when there is no exit button.
    const headingIsFirst =
      heading !== null && !!(heading.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (
      event.shiftKey &&
      (document.activeElement === first || (headingIsFirst && document.activeElement === heading))
    ) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="safety-backdrop">
      <div
        ref={boxRef}
        className="safety-dialog"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descId : undefined}
        onKeyDown={onKeyDown}
      >
        {exitPage ? (
          <div className="safety-dialog-exit">
            <button type="button" className="safety-exit-button" onClick={exitPage.exit}>
              {t('exit.button')}
            </button>
          </div>
        ) : null}
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="safety-dialog-title">
          {title}
        </h2>
        <div className="safety-dialog-body">
          {description ? <p id={descId}>{description}</p> : null}
          {children}
        </div>
      </div>
    </div>,
    document.body,
  );
}
