import { useSyncExternalStore } from 'react';

/**
 * The modal dialogs open right now, newest last.
 *
 * WHY: while a dialog is open, the browser's Back button must close that dialog and nothing else
 * (a person who opened "Get help now" on a question must find the same question, answers kept,
 * when the dialog goes away), and the page's exit bar hands the way out to the dialog's own exit
 * button. Neither the history guard nor the exit bar knows which dialogs exist, so each dialog
 * registers here while it is open.
 */
export interface OpenDialog {
  /** Closes the dialog as Escape would; undefined when it cannot be dismissed. */
  readonly close: () => void;
}

const open: OpenDialog[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Call when a dialog opens; the returned function unregisters it when it closes. */
export function trackOpenDialog(dialog: OpenDialog): () => void {
  open.push(dialog);
  changed();
  return () => {
    const index = open.lastIndexOf(dialog);
    if (index === -1) return;
    open.splice(index, 1);
    changed();
  };
}

export function isAnyDialogOpen(): boolean {
  return open.length > 0;
}

/** Closes the newest dialog (if it can be closed). Returns false when no dialog was open. */
export function closeNewestDialog(): boolean {
  const newest = open[open.length - 1];
  if (!newest) return false;
  newest.close();
  return true;
}

/** For useSyncExternalStore. */
export function subscribeToOpenDialogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while any modal dialog is open (re-renders when that changes). */
export function useAnyDialogOpen(): boolean {
  return useSyncExternalStore(subscribeToOpenDialogs, isAnyDialogOpen, () => false);
}
