/**
 * Runs `run` when the browser is next idle, and at the latest after `withinMs` even if it never
 * is (Chromium may call no idle callback at all while it sees no idle time). Where there are no
 * idle callbacks (Safari), a timer of `withinMs`. Returns a function that cancels it.
 */
export function whenIdle(run: () => void, withinMs: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(run, withinMs);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(run, { timeout: withinMs });
  return () => window.cancelIdleCallback(handle);
}
