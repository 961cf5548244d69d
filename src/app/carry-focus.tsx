import { type ReactNode, useLayoutEffect } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** Where focus is among the painted-early page's focusable elements (-1 if not inside it). */
export function focusedPosition(root: HTMLElement): number {
  return [...root.querySelectorAll(FOCUSABLE)].indexOf(document.activeElement as Element);
}

/**
 * The live page replaces the start page painted from index.html. Someone who already pressed Tab
 * (to reach "Exit this page", say) must not lose their place: the element at the same position in
 * the live page, which is the same control, takes focus again.
 */
export function CarryFocus({
  root,
  position,
  children,
}: {
  root: HTMLElement;
  position: () => number;
  children: ReactNode;
}) {
  useLayoutEffect(() => {
    const at = position();
    if (at < 0 || (document.activeElement && document.activeElement !== document.body)) return;
    root.querySelectorAll<HTMLElement>(FOCUSABLE)[at]?.focus();
  }, [root, position]);
  return children;
}
