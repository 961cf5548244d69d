import { useDeferredValue } from 'react';

import { usePrinting } from './unfold-for-print';

/**
 * False on the render that shows the results, true in a second, background render that React
 * starts right after and the browser may interrupt: a tap is never kept waiting behind it. The
 * parts below the first screen (each record's details, the help lines, "what if", the summary for
 * a lawyer) wait for it, so the press of "See my results" paints the answer first; on a phone at
 * 4x CPU they were most of that press. Printing renders everything at once (unfold-for-print.ts).
 */
export function useAfterPaint(): boolean {
  const later = useDeferredValue(true, false);
  const printing = usePrinting();
  return later || printing;
}
