import { type ReactNode, startTransition, useEffect, useState } from 'react';

/** At the latest this long after a fold appears, its inside is rendered even if the browser is busy. */
const IDLE_WAIT_MS = 1000;

/**
 * A folded part of the results whose inside is rendered when the browser is next idle, or at once
 * when it is opened. On a slow phone, rendering every route card's elements, citations and lists
 * (about 650 elements for one record) was most of the time between pressing "See my results" and
 * seeing them, for text that stays folded until someone asks for it. Rendered in idle time, one
 * card at a time, it is there before most people open a card (so opening is instant and the
 * browser's find-in-page reaches it), without delaying the answer.
 *
 * The inside renders on the summary's click (a tap, Enter or Space) if it is not there yet, so it
 * is in the same frame the part opens; `toggle` covers any other way it opens.
 */
export function Fold({
  className,
  summaryClassName,
  summary,
  children,
}: {
  className: string;
  summaryClassName: string;
  summary: ReactNode;
  children: ReactNode;
}) {
  const [rendered, setRendered] = useState(false);
  useEffect(() => {
    if (rendered) return;
    const render = () => startTransition(() => setRendered(true));
    // A browser need not call an idle callback at all while it sees no idle time (Chromium did not,
    // after an early click on a "jump to" button), hence the time limit; Safari has none, hence the
    // timer.
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(render, IDLE_WAIT_MS);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(render, { timeout: IDLE_WAIT_MS });
    return () => window.cancelIdleCallback(handle);
  }, [rendered]);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setRendered(true)}>
      <summary className={summaryClassName} onClick={() => setRendered(true)}>
        {summary}
      </summary>
      {rendered ? children : null}
    </details>
  );
}
