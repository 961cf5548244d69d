import { answerAt } from '@/machines/flow';
import { ScreeningActor } from '@/machines/screening-actor';

/** The stored answer to the question on screen, to pre-fill its form (undefined when never asked). */
export function useCurrentAnswer(): unknown {
  return ScreeningActor.useSelector((s) => answerAt(s.context.position, s.context.answers));
}
