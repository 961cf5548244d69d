import { ScreeningActor } from '@/machines/screening-actor';
import type { StepId } from '@/machines/flow';
import { CheckAnswers } from './check-answers';
import { ChoiceStep } from './steps/choice-step';
import { isChoiceStep } from './steps/choice-steps';
import { ContentNoteStep } from './steps/content-note-step';
import { EvidenceStep } from './steps/evidence-step';
import { OffenseStep } from './steps/offense-step';
import { RecordsStep } from './steps/records-step';
import { SafetyPauseStep } from './steps/safety-pause-step';
import { StartPage } from './steps/start-page';
import { WhichHarmStep } from './steps/which-harm-step';

/**
 * Shows the page for the machine's current state. Each page is keyed by its position, so moving
 * between pages (or between records) mounts a fresh form that focuses its own heading.
 * Results are rendered by the app, which composes the results feature.
 */
export function Wizard({ onShowSafety }: { onShowSafety: () => void }) {
  const step = ScreeningActor.useSelector((s) => s.value);
  const record = ScreeningActor.useSelector((s) => s.context.position.record);
  return <StepPage key={`${step}-${record}`} step={step} onShowSafety={onShowSafety} />;
}

function StepPage({ step, onShowSafety }: { step: StepId; onShowSafety: () => void }) {
  if (step === 'start') return <StartPage onShowSafety={onShowSafety} />;
  if (isChoiceStep(step)) return <ChoiceStep step={step} />;
  switch (step) {
    case 'contentNote':
      return <ContentNoteStep />;
    case 'safetyPause':
      return <SafetyPauseStep />;
    case 'recordOffense':
      return <OffenseStep />;
    case 'recordWhichHarm':
      return <WhichHarmStep />;
    case 'evidence':
      return <EvidenceStep />;
    case 'records':
      return <RecordsStep />;
    case 'checkAnswers':
      return <CheckAnswers />;
    default:
      return null;
  }
}
