import { i18n } from '@/i18n/config';
import { forgetExtraEntry } from '@/lib/history-entries';

/** True when this page is shown inside a frame of another page (or we cannot tell). */
export function isFramed(win: Window = window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    // Reading `top` across origins can throw: then we are certainly inside someone's frame.
    return true;
  }
}

/**
 * The app refuses to run inside a frame. A host should send `frame-ancestors 'none'` (see
 * public/_headers), but some hosts ignore the file. A page that frames this one could draw over it,
 * read what it can and watch the person, so the app shows only a short note with a link that opens
 * it in its own tab, and never starts. Returns true when it refused.
 */
export function refuseToRunFramed(root: HTMLElement, win: Window = window): boolean {
  if (!isFramed(win)) return false;
  // Runs once the strings of the chosen language are in: importing English here would load the
  // English chunk on every page in another language.
  const text = (key: 'body' | 'link') => i18n.t(key === 'body' ? 'safety:framed.body' : 'safety:framed.link');
  const note = document.createElement('p');
  note.textContent = text('body');
  const link = document.createElement('a');
  link.href = win.location.href;
  link.target = '_top';
  link.rel = 'noreferrer noopener';
  link.textContent = text('link');
  root.replaceChildren(note, link);
  root.setAttribute('data-framed', 'refused');
  return true;
}

/** Before the first render: a page that starts over starts on a plain history entry. */
export function prepareHistory(): void {
  try {
    forgetExtraEntry();
  } catch {
    /* history is a nicety here; never stop the app from starting */
  }
}
