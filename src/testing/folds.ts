import { fireEvent } from '@testing-library/react';

/**
 * Opens every folded part inside `root` as a reader would, by pressing its summary, until none is
 * left closed: a route card's details exist only once it is opened, and the other routes' cards only
 * once their list is (src/features/results/fold.tsx).
 */
export function openEveryFold(root: ParentNode = document) {
  for (let round = 0; round < 5; round += 1) {
    const closed = [...root.querySelectorAll<HTMLElement>('details:not([open]) > summary')];
    if (closed.length === 0) return;
    for (const summary of closed) fireEvent.click(summary);
  }
  throw new Error('a folded part did not open when its summary was pressed');
}
