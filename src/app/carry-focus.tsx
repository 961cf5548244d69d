import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';

import { type EarlyPress, liveButtonFor } from './painted-page';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** Where focus is among the painted-early page's focusable elements (-1 if not inside it). */
export function focusedPosition(root: HTMLElement): number {
  return [...root.querySelectorAll(FOCUSABLE)].indexOf(document.activeElement as Element);
}

/**
 * The live page replaces the start page painted from index.html. Someone who already pressed Tab
 * (to reach "Exit this page", say) must not lose their place: the element at the same position in
 * the live page, which is the same control, takes focus again. Someone who already tapped a button
 * (Start, most likely) has it pressed for them now (painted-page.ts).
 */
export function CarryFocus({
  root,
  position,
  pressed = () => undefined,
  children,
}: {
  root: HTMLElement;
  position: () => number;
  /** Stops listening to the painted page and says which of its buttons was pressed, if any. */
  pressed?: () => EarlyPress | undefined;
  children: ReactNode;
}) {
  const early = useRef<EarlyPress | undefined>(undefined);
  useLayoutEffect(() => {
    // From here on the live page answers taps itself.
    early.current ??= pressed();
    const at = position();
    if (at < 0 || (document.activeElement && document.activeElement !== document.body)) return;
    root.querySelectorAll<HTMLElement>(FOCUSABLE)[at]?.focus();
  }, [root, position, pressed]);
  // After the live page has painted, as a tap on it would be.
  useEffect(() => {
    const press = early.current;
    early.current = undefined;
    const button = press && liveButtonFor(root, press);
    if (!button) return;
    // Where a real tap leaves focus; the page it opens may move it on.
    button.focus({ preventScroll: true });
    button.click();
  }, [root]);
  return children;
}
