import { assign, setup, type SnapshotFrom } from 'xstate';
import { STEP_IDS, isPreRecordStep, isRecordStep, type StepId } from './flow';
import { initialContext, route, type ScreeningContext, type ScreeningEvent } from './navigation';

/**
 * The interview as one state machine: one state per page, from the start page to the results.
 *
 * Routing is data, not hand-written edges: every event is offered to every page, and the guard
 * `leadsTo` asks the pure `route()` (navigation.ts) whether this event, from here, leads there.
 * That keeps the order of questions in one place (flow.ts), which the progress indicator and Check
 * your answers read too, while the machine still has a real, walkable graph for the tests.
 */

type Section = 'start' | 'about' | 'safety' | 'harm' | 'records' | 'finish' | 'results';

function sectionOf(step: StepId): Section {
  if (step === 'start') return 'start';
  if (step === 'audience') return 'about';
  if (step === 'safetyCheck' || step === 'safetyPause') return 'safety';
  if (isPreRecordStep(step)) return 'harm';
  if (isRecordStep(step) || step === 'records') return 'records';
  if (step === 'results') return 'results';
  return 'finish';
}

/**
 * Every candidate transition's guard asks the same question about the same event; remember the
 * last answer so one event costs one `route()` call, not one per page.
 */
let lastRoute: { context: ScreeningContext; event: ScreeningEvent; next: ScreeningContext | undefined } | undefined;
function routeOnce(context: ScreeningContext, event: ScreeningEvent): ScreeningContext | undefined {
  if (lastRoute?.context !== context || lastRoute.event !== event) {
    lastRoute = { context, event, next: route(context, event) };
  }
  return lastRoute.next;
}

const toEveryStep = () =>
  STEP_IDS.map((step) => ({
    guard: { type: 'leadsTo' as const, params: { step } },
    target: `.${step}`,
    actions: { type: 'follow' as const },
  }));

export const screeningMachine = setup({
  types: {
    context: {} as ScreeningContext,
    events: {} as ScreeningEvent,
    tags: {} as Section,
  },
  guards: {
    leadsTo: ({ context, event }, params: { step: StepId }) => routeOnce(context, event)?.position.step === params.step,
  },
  actions: {
    follow: assign(({ context, event }) => routeOnce(context, event) ?? context),
  },
}).createMachine({
  id: 'screening',
  context: () => initialContext(),
  initial: 'start',
  on: {
    'flow.start': toEveryStep(),
    'answer.submit': toEveryStep(),
    'nav.back': toEveryStep(),
    'nav.change': toEveryStep(),
    'record.add': toEveryStep(),
    'record.change': toEveryStep(),
    'record.remove': toEveryStep(),
    'flow.restart': toEveryStep(),
  },
  states: Object.fromEntries(STEP_IDS.map((step) => [step, { tags: [sectionOf(step)] }])) as Record<
    StepId,
    { tags: Section[] }
  >,
});

export type ScreeningSnapshot = SnapshotFrom<typeof screeningMachine>;

/** A snapshot that resumes exactly where a saved context left off (restore from a saved file). */
export function snapshotFromContext(context: ScreeningContext): ScreeningSnapshot {
  return screeningMachine.resolveState({ value: context.position.step, context });
}
