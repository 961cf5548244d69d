import { useTranslation } from '@/i18n/use-translation';
import { sectionProgress } from '@/machines/flow';
import { ScreeningActor } from '@/machines/screening-actor';

import { useWizardText } from './use-wizard-text';

/**
 * Where the person is, as the parts of the interview (about you, what happened, your records,
 * papers, check) with the current part marked. A count of questions left would jump up and down as
 * answers open or close questions; the parts stay the same for everyone, so the place only moves
 * forward (or back, when the person goes back).
 */
export function Progress() {
  const { t } = useTranslation('wizard');
  const { text } = useWizardText();
  const position = ScreeningActor.useSelector((s) => s.context.position);
  return (
    <ol className="progress" aria-label={t('progress.label')}>
      {sectionProgress(position).map(({ section, state }) => (
        <li
          key={section}
          className={`progress__part progress__part--${state}`}
          aria-current={state === 'current' ? 'step' : undefined}
        >
          {text(`sections.${section}`)}
          {state === 'done' && <span className="visually-hidden"> {t('progress.done')}</span>}
        </li>
      ))}
    </ol>
  );
}
