import { useTranslation } from 'react-i18next';
import { stepsAhead } from '@/machines/flow';
import { ScreeningActor } from '@/machines/screening-actor';

/** Pages that are not questions do not count as "questions left". */
const NOT_QUESTIONS = new Set(['contentNote', 'safetyPause', 'records', 'checkAnswers', 'results']);

/**
 * "About 9 questions left", counted on the path these answers take (flow.ts), the same path the
 * machine will route through. It can go up when an answer opens new questions; that is honest.
 */
export function Progress() {
  const { t } = useTranslation('wizard');
  const left = ScreeningActor.useSelector(
    (s) => stepsAhead(s.context.answers, s.context.position).filter((p) => !NOT_QUESTIONS.has(p.step)).length,
  );
  return (
    <p className="progress" aria-live="off">
      {left === 0 ? t('progress.last') : t('progress.left', { count: left })}
    </p>
  );
}
