import { useEffect } from 'react';

/**
 * WCAG 2.4.11 (Focus Not Obscured): the sticky exit bar must never cover the element that has
 * focus. `scroll-padding-top` (safety.css) handles most cases, but browsers do not scroll an
 * element that is already partly on screen, so an element just under the bar can stay hidden
 * (seen with Shift+Tab back up to the header). After each focus move, if the focused element
 * starts under the bar, scroll it down into the clear.
 */
export function useKeepFocusClearOfExitBar(barSelector = '.safety-exit-bar') {
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      const bar = document.querySelector<HTMLElement>(barSelector);
      if (!(target instanceof HTMLElement) || !bar || bar.contains(target)) return;
      // Wait for the browser's own focus scrolling, then correct it. Only if focus is still there: a
      // tap gives the button focus first, and when that button moves focus on (a "jump to" button),
      // scrolling back to the button would take the person away from where the jump took them.
      requestAnimationFrame(() => {
        if (document.activeElement !== target) return;
        const barBottom = bar.getBoundingClientRect().bottom;
        const top = target.getBoundingClientRect().top;
        const gap = 8;
        if (top < barBottom + gap && window.scrollY > 0) {
          window.scrollBy({ top: top - barBottom - gap, behavior: 'instant' });
        }
      });
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [barSelector]);
}
