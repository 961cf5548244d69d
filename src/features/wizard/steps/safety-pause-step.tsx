import { FocusHeading } from '@/components/focus-heading';
import { HelpLines } from '@/components/help-lines';
import { ScreeningActor } from '@/machines/screening-actor';

import { QuestionLayout } from '../question-layout';
import { useWizardText } from '../use-wizard-text';

/**
 * When now is not a safe time: help lines and how to leave quickly first. Going on is the
 * person's choice, never a default.
 */
export function SafetyPauseStep() {
  const { text } = useWizardText();
  const actor = ScreeningActor.useActorRef();
  return (
    <QuestionLayout
      submitLabel={text('steps.safetyPause.continue')}
      onSubmit={(event) => {
        event.preventDefault();
        actor.send({ type: 'answer.submit' });
      }}
    >
      <FocusHeading>{text('steps.safetyPause.heading')}</FocusHeading>
      <p className="body">{text('steps.safetyPause.body1')}</p>
      <p className="body">{text('steps.safetyPause.leave')}</p>
      <HelpLines headingLevel={2} />
      <p className="body">{text('steps.safetyPause.body2')}</p>
    </QuestionLayout>
  );
}
