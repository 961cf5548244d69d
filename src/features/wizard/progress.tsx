import { useTranslation } from 'react-i18next';
import { pageOf, stepsAhead } from '@/machines/flow';
import { ScreeningActor } from '@/machines/screening-actor';

/**
 * "About 9 questions left", counted on the path these answers take (flow.ts), the same path the
 * machine will route through. Only questions count (the table's `kind`), not information pages or
 * the list of records. It can go up when an answer opens new questions; that is honest.
 */
export function Progress() {
  const { t } = useTranslation('wizard');
  const left = ScreeningActor.useSelector(
    (s) => stepsAhead(s.context.answers, s.context.position).filter((p) => pageOf(p.step)?.kind === 'question').length,
  );
  return (
    <p className="progress" aria-live="off">
      {left === 0 ? t('progress.last') : t('progress.left', { count: left })}
    </p>
  );
}
