import { useEffect } from 'react';
import { ScreeningActor } from '@/machines/screening-actor';

const GUARD = { screeningGuard: true } as const;
const hasGuard = () => (window.history.state as { screeningGuard?: boolean } | null)?.screeningGuard === true;

/**
 * One URL, at most one extra history entry. Past the start page we keep a single "guard" entry on
 * top of the page's own entry; the browser's Back pops it, we go back one question and put the
 * guard back. So Back works like the in-app Back link, answers are kept, the URL never carries an
 * answer, and the history never grows with the number of questions.
 */
export function HistoryGuard() {
  const actor = ScreeningActor.useActorRef();
  const atStart = ScreeningActor.useSelector((s) => s.matches('start'));

  useEffect(() => {
    if (!atStart && !hasGuard()) window.history.pushState(GUARD, '', window.location.href);
  }, [atStart]);

  useEffect(() => {
    const onPopState = () => {
      if (actor.getSnapshot().matches('start')) return;
      actor.send({ type: 'nav.back' });
      if (!actor.getSnapshot().matches('start')) window.history.pushState(GUARD, '', window.location.href);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actor]);

  return null;
}
