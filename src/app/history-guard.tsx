import { useEffect, useRef } from 'react';

import { EXITING_CLASS } from '@/features/safety/exit';
import { closeNewestDialog, useAnyDialogOpen } from '@/features/safety/open-dialogs';
import { isExtraEntry, pushExtraEntry } from '@/lib/history-entries';
import { ScreeningActor } from '@/machines/screening-actor';

export interface HistoryGuardProps {
  /** A page shown over the interview (the safety page) is open: Back closes it first. */
  pageOpen?: boolean;
  onClosePage?: () => void;
}

/**
 * One URL, at most one extra history entry. Past the start page (or while the safety page is open)
 * we keep a single extra entry on top of the page's own entry; the browser's Back pops it, we go
 * back one question (or close the safety page, so the person is on the question they left) and
 * put the entry back. So Back works like the in-app Back link, answers are kept, the URL never
 * carries an answer, and the history never grows with the number of questions.
 *
 * A modal dialog (Get help now, save, open, a confirmation) sits over the question: Back closes
 * the dialog, as Escape would, and the question behind it stays where it was with every answer.
 * A dialog that cannot be dismissed simply stays. The entry is in place while a dialog is open,
 * even on the start page, so Back there closes the dialog rather than leaving the site.
 */
export function HistoryGuard({ pageOpen = false, onClosePage }: HistoryGuardProps) {
  const actor = ScreeningActor.useActorRef();
  const atStart = ScreeningActor.useSelector((s) => s.matches('start'));
  const dialogOpen = useAnyDialogOpen();
  const page = useRef({ pageOpen, onClosePage });
  useEffect(() => {
    page.current = { pageOpen, onClosePage };
  });

  useEffect(() => {
    if ((!atStart || pageOpen || dialogOpen) && !isExtraEntry()) pushExtraEntry();
  }, [atStart, pageOpen, dialogOpen]);

  useEffect(() => {
    const onPopState = () => {
      // Leaving: "Exit this page" steps back on purpose; that is not "go back one question".
      if (document.documentElement.classList.contains(EXITING_CLASS)) return;
      if (closeNewestDialog()) {
        if (!actor.getSnapshot().matches('start') || page.current.pageOpen) pushExtraEntry();
        return;
      }
      if (page.current.pageOpen) {
        page.current.onClosePage?.();
        if (!actor.getSnapshot().matches('start')) pushExtraEntry();
        return;
      }
      if (actor.getSnapshot().matches('start')) return;
      actor.send({ type: 'nav.back' });
      if (!actor.getSnapshot().matches('start')) pushExtraEntry();
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actor]);

  return null;
}
