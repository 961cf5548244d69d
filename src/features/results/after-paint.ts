import { createContext, useCallback, useContext, useDeferredValue, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The results below the first screen (each record's details, the help lines, "what if", the summary
 * for a lawyer) render in a second, background render that React starts right after the answer has
 * painted: on a phone at 4x CPU they were most of the press of "See my results". React renders it
 * in slices a tap can come between; only putting it into the page is one piece (about 90 ms there).
 *
 * Two things cannot wait for it, and render it at once: printing (the printout is the summary for a
 * lawyer, which lives down there) and the buttons that jump down to a record or to the help lines.
 */
export function useRestOfPage(): { ready: boolean; renderNow: () => void } {
  const later = useDeferredValue(true, false);
  const [now, setNow] = useState(false);
  const ready = later || now;
  const readyRef = useRef(ready);
  useEffect(() => {
    readyRef.current = ready;
  });
  const renderNow = useCallback(() => {
    if (!readyRef.current) flushSync(() => setNow(true));
  }, []);
  useEffect(() => {
    if (ready) return;
    window.addEventListener('beforeprint', renderNow);
    return () => window.removeEventListener('beforeprint', renderNow);
  }, [ready, renderNow]);
  return { ready, renderNow };
}

/** For the jump buttons in the first screen: makes sure their target is in the page before focusing it. */
export const RenderRestContext = createContext<() => void>(() => undefined);

export const useRenderRestNow = () => useContext(RenderRestContext);
