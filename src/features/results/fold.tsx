import { type ReactNode, startTransition, useEffect, useState } from 'react';

import { whenIdle } from '@/lib/when-idle';

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
    // The time limit matters: Chromium called no idle callback at all after an early click on a
    // "jump to" button.
    return whenIdle(() => startTransition(() => setRendered(true)), IDLE_WAIT_MS);
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
