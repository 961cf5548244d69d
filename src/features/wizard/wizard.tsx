import type { StepId } from '@/machines/flow';
import { pageOf } from '@/machines/flow';
import { ScreeningActor } from '@/machines/screening-actor';

import { CheckAnswers } from './check-answers';
import { ChoiceStep } from './steps/choice-step';
import { ContentNoteStep } from './steps/content-note-step';
import { EvidenceStep } from './steps/evidence-step';
import { HarmsStep } from './steps/harms-step';
import { OffenseStep } from './steps/offense-step';
import { RecordsStep } from './steps/records-step';
import { SafetyPauseStep } from './steps/safety-pause-step';
import { StartPage } from './steps/start-page';
import { WhichHarmStep } from './steps/which-harm-step';

/**
 * Shows the page the machine is on. Each page is keyed by its position, so moving between pages
 * (or between records) mounts a fresh form that focuses its own heading. A question's control
 * comes from the question table; the start page, the list of records and Check your answers frame
 * the interview. Results are rendered by the app, which composes the results feature.
 */
export function Wizard({ onShowSafety, onShowMap }: { onShowSafety: () => void; onShowMap?: () => void }) {
  const step = ScreeningActor.useSelector((s) => s.context.position.step);
  const record = ScreeningActor.useSelector((s) => s.context.position.record);
  return <StepPage key={`${step}-${record}`} step={step} onShowSafety={onShowSafety} onShowMap={onShowMap} />;
}

function StepPage({
  step,
  onShowSafety,
  onShowMap,
}: {
  step: StepId;
  onShowSafety: () => void;
  onShowMap?: () => void;
}) {
  if (step === 'start') return <StartPage onShowSafety={onShowSafety} onShowMap={onShowMap} />;
  if (step === 'records') return <RecordsStep />;
  if (step === 'checkAnswers') return <CheckAnswers />;
  const page = pageOf(step);
  switch (page?.control) {
    case 'radios':
      return <ChoiceStep step={step} options={page.kind === 'question' ? (page.options ?? []) : []} />;
    case 'harms':
      return <HarmsStep />;
    case 'offense':
      return <OffenseStep />;
    case 'whichHarm':
      return <WhichHarmStep />;
    case 'evidence':
      return <EvidenceStep />;
    case 'contentNote':
      return <ContentNoteStep />;
    case 'safetyPause':
      return <SafetyPauseStep />;
    default:
      return null;
  }
}
