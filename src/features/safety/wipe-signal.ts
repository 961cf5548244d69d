/**
 * A same-page signal that the safety features just dropped the answers (clear, inactivity).
 * WHY: the save and open dialogs keep a half-typed passphrase in their state; after a wipe they
 * must close and forget it, even though they do not know who wiped. (Exit does not need it: the
 * page is gone.) A DOM event keeps the pieces independent of each other and of the app shell.
 */
const EVENT = 'safety:wiped';

export function signalWiped(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onWiped(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
