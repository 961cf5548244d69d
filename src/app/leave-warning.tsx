import { useEffect } from 'react';

import { EXITING_CLASS } from '@/features/safety/exit';
import { hasAnyAnswer } from '@/machines/answers';
import { ScreeningActor } from '@/machines/screening-actor';

/**
 * A reload or a closed tab must never silently lose work: while there are answers, the browser
 * asks before leaving. Never when there is nothing to lose, and never on the way out through
 * "Exit this page" (it marks the page as leaving before anything else) or after "Clear my
 * answers" (no answers are left). The listener exists only while there are answers, so a page
 * with none keeps every browser behaviour, such as the back-forward cache, untouched.
 */
export function LeaveWarning() {
  const hasAnswers = ScreeningActor.useSelector((s) => hasAnyAnswer(s.context.answers));
  useEffect(() => {
    if (!hasAnswers) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (document.documentElement.classList.contains(EXITING_CLASS)) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set; the text itself is not shown.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasAnswers]);
  return null;
}
