import type { ReactNode } from 'react';

import { BackLink } from '@/components/back-link';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { useTranslation } from '@/i18n/use-translation';
import { ScreeningActor } from '@/machines/screening-actor';

import { Progress } from './progress';
import { RecordCaption } from './record-caption';

/**
 * The frame every question page shares (GOV.UK question pages): Back, where you are, the error
 * summary, the question itself, and Continue. The form never requires an answer.
 */
export function QuestionLayout({
  children,
  errors = [],
  onSubmit,
  submitLabel,
}: {
  children: ReactNode;
  errors?: readonly SummaryError[];
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  submitLabel?: string;
}) {
  const { t } = useTranslation('common');
  const actor = ScreeningActor.useActorRef();
  return (
    <div className="question">
      <BackLink onBack={() => actor.send({ type: 'nav.back' })} />
      <Progress />
      <ErrorSummary errors={errors} />
      <form className="question__form" noValidate autoComplete="off" onSubmit={onSubmit}>
        <RecordCaption />
        {children}
        <button type="submit" className="button">
          {submitLabel ?? t('continue')}
        </button>
      </form>
    </div>
  );
}
