import { FocusHeading } from '@/components/focus-heading';
import { ScreeningActor } from '@/machines/screening-actor';

import { QuestionLayout } from '../question-layout';
import { useWizardText } from '../use-wizard-text';

/** A short content note before the questions about what happened (trauma-informed pacing). */
export function ContentNoteStep() {
  const { text } = useWizardText();
  const actor = ScreeningActor.useActorRef();
  return (
    <QuestionLayout
      onSubmit={(event) => {
        event.preventDefault();
        actor.send({ type: 'answer.submit' });
      }}
    >
      <FocusHeading>{text('steps.contentNote.heading')}</FocusHeading>
      <p className="body">{text('steps.contentNote.body1')}</p>
      <p className="body">{text('steps.contentNote.body2')}</p>
      <p className="body">{text('steps.contentNote.body3')}</p>
    </QuestionLayout>
  );
}
