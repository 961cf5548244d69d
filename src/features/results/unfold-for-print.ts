import { type RefObject, useEffect, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * A printed page cannot be tapped open, so every folded part of the results (elements, citations,
 * other routes, "not legal advice") is opened while printing and folded again afterwards.
 *
 * Folded parts render their inside only once opened (fold.tsx), so printing first renders every
 * one of them, synchronously, and only then opens them: a part inside another (the other routes'
 * cards) exists only once its outer part has rendered.
 */
let printing = false;
const listeners = new Set<() => void>();

function setPrinting(value: boolean) {
  printing = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True from the moment printing starts until it ends: a fold renders its inside for the printout. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing);
}

export function useUnfoldForPrint(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const unfold = () => {
      flushSync(() => setPrinting(true));
      opened = [...(root.current?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? [])];
      for (const details of opened) details.open = true;
    };
    const fold = () => {
      for (const details of opened) details.open = false;
      opened = [];
      setPrinting(false);
    };
    window.addEventListener('beforeprint', unfold);
    window.addEventListener('afterprint', fold);
    return () => {
      window.removeEventListener('beforeprint', unfold);
      window.removeEventListener('afterprint', fold);
    };
  }, [root]);
}
