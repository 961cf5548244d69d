import { Activity, type ReactNode, startTransition, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';

import { whenIdle } from '@/lib/when-idle';

/** At the latest this long after the page appears, the warm-up runs even if the browser is busy. */
const IDLE_WAIT_MS = 2000;

/**
 * Draws the page a person is most likely to go to next once, in idle time, in an element that is
 * never put into the document, and throws it away when this page goes.
 *
 * Why: a browser compiles a script's functions the first time they run. On a slow phone (4x CPU)
 * that made the first tap on Start, and the press of "See my results", the slowest taps of a
 * screening: most of their time was compiling the next page's code, not drawing it. Drawn here
 * first, while the person reads, that code is ready when they tap.
 *
 * The draft is drawn inside a hidden `<Activity>`, so none of its effects run: nothing in it takes
 * focus, scrolls, listens, starts a timer or writes anything. It sees only what `draw` gives it (a
 * copy of the screening's state, never the live one), and it is never in the page, so no one can
 * see, read out or find it.
 */
export function useWarmUp(draw: () => ReactNode): void {
  useEffect(() => {
    let root: Root | null = null;
    const run = () => {
      const draft = createRoot(document.createElement('div'));
      root = draft;
      startTransition(() => draft.render(<Activity mode="hidden">{draw()}</Activity>));
    };
    const cancel = whenIdle(run, IDLE_WAIT_MS);
    return () => {
      cancel();
      const draft = root;
      if (!draft) return;
      // Stop drawing it now (a cheap update that drops the copy of the screening with it), and
      // unmount the root in idle time: not in the tap that moved on, which waits for its paint.
      draft.render(null);
      whenIdle(() => draft.unmount(), IDLE_WAIT_MS);
    };
    // Once per page: the draft is a guess at the next page, not a copy kept in step with this one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
