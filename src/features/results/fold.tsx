import { type ReactNode, useState } from 'react';

import { usePrinting } from './unfold-for-print';

/**
 * A folded part of the results whose inside is rendered only once it is opened, or while printing.
 * On a slow phone, rendering every route card's elements, citations and lists was most of the time
 * between pressing "See my results" and seeing them (about 650 elements for one record), for text
 * that stays folded until someone asks for it. Once opened it stays rendered, so folding and
 * opening again costs nothing.
 *
 * The inside renders on the summary's click (a tap, Enter or Space), so it is there in the same
 * frame the part opens; `toggle` covers any other way it opens.
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
  const [opened, setOpened] = useState(false);
  const printing = usePrinting();
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName} onClick={() => setOpened(true)}>
        {summary}
      </summary>
      {opened || printing ? children : null}
    </details>
  );
}
