/**
 * The app's own history entries. The page has one entry of its own (the one the browser made when
 * it loaded) and, past the start page, at most one extra entry on top with the same URL, so the
 * browser's Back button can work like the app's Back link. That extra entry carries this mark.
 *
 * WHY it matters for leaving: "Exit this page" must replace the page's own entry, not only the
 * extra one, or one press of Back would show the start page again (and the start page names the
 * topic). See docs/safety-design.md, "History".
 */
const MARK = 'qaExtraEntry';

export function isExtraEntry(state: unknown = window.history.state): boolean {
  return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[MARK] === true;
}

/** Add the one extra entry (same URL, nothing in it but the mark). */
export function pushExtraEntry(): void {
  window.history.pushState({ [MARK]: true }, '', window.location.href);
}

/**
 * A fresh load or a page restored from the back-forward cache may land on an old extra entry
 * (Forward after an exit). The page starts over at the start page, so that entry becomes a plain one.
 */
export function forgetExtraEntry(): void {
  if (isExtraEntry()) window.history.replaceState(null, '', window.location.href);
}
