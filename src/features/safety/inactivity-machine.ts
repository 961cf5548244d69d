import { and, assign, emit, not, setup } from 'xstate';

/**
 * The inactivity timer as a statechart: idle → warning → wiped.
 *
 * - idle: one timer wakes up when the warning could first be due. Activity only records the time
 *   (no timer churn on every pointer move); when the timer fires it checks the real idle time and
 *   either warns or starts a new wait. With no answers there is nothing to protect: a new wait.
 * - warning: shows for `warningMs` with a countdown (a tick each second). Only a choice ends it:
 *   "I need more time" (extend) or "Clear my answers now" (clearNow). A stray touch does not.
 * - wiped: the answers were cleared for lack of use; the person is told so until they dismiss it.
 *
 * Deadlines use `now()` (the wall clock in the app): a phone that slept through the whole limit
 * wipes at once when it wakes (the `wake` event), instead of showing the answers for another minute.
 * The machine emits `wipe` (drop the answers) and `timedOut` (tell the person); the app listens.
 */
export interface InactivityInput {
  idleMs: number;
  warningMs: number;
  now: () => number;
  /** Is there anything to protect? Asked each time the timer wakes. */
  hasAnswers: () => boolean;
}

export interface InactivityContext extends InactivityInput {
  lastActivity: number;
  secondsLeft: number;
}

export type InactivityEvent =
  { type: 'activity' } | { type: 'extend' } | { type: 'clearNow' } | { type: 'wake' } | { type: 'dismiss' };

const idleFor = (c: InactivityContext) => c.now() - c.lastActivity;
const secondsLeft = (c: InactivityContext) => Math.max(0, Math.ceil((c.lastActivity + c.idleMs - c.now()) / 1000));

export const inactivityMachine = setup({
  types: {
    input: {} as InactivityInput,
    context: {} as InactivityContext,
    events: {} as InactivityEvent,
    emitted: {} as { type: 'wipe' } | { type: 'timedOut' },
  },
  actions: {
    /** Drop the answers. */
    wipe: emit({ type: 'wipe' as const }),
    /** Told after an automatic wipe (not after "Clear my answers now"). */
    notifyTimeout: emit({ type: 'timedOut' as const }),
    recordActivity: assign({ lastActivity: ({ context }) => context.now() }),
    updateCountdown: assign({ secondsLeft: ({ context }) => secondsLeft(context) }),
  },
  guards: {
    hasAnswers: ({ context }) => context.hasAnswers(),
    idleLimitPassed: ({ context }) => idleFor(context) >= context.idleMs,
    warningDue: ({ context }) => idleFor(context) >= context.idleMs - context.warningMs,
  },
  delays: {
    untilWarningDue: ({ context }) =>
      Math.max(0, context.lastActivity + context.idleMs - context.warningMs - context.now()),
    untilIdleLimit: ({ context }) => Math.max(0, context.lastActivity + context.idleMs - context.now()),
    oneSecond: 1_000,
  },
}).createMachine({
  id: 'inactivity',
  context: ({ input }) => ({ ...input, lastActivity: input.now(), secondsLeft: Math.ceil(input.warningMs / 1000) }),
  initial: 'idle',
  states: {
    idle: {
      on: {
        activity: { actions: 'recordActivity' },
        wake: [
          { guard: and(['hasAnswers', 'idleLimitPassed']), target: 'wiped' },
          { guard: and(['hasAnswers', 'warningDue']), target: 'warning' },
        ],
      },
      after: {
        untilWarningDue: [
          { guard: not('hasAnswers'), target: 'idle', reenter: true, actions: 'recordActivity' },
          { guard: 'idleLimitPassed', target: 'wiped' },
          { guard: 'warningDue', target: 'warning' },
          { target: 'idle', reenter: true },
        ],
      },
    },
    warning: {
      entry: 'updateCountdown',
      initial: 'counting',
      states: {
        counting: {
          after: { oneSecond: { target: 'counting', reenter: true, actions: 'updateCountdown' } },
        },
      },
      after: {
        untilIdleLimit: [
          { guard: 'hasAnswers', target: 'wiped' },
          // The answers went another way (cleared, exit): nothing left to protect.
          { target: 'idle', actions: 'recordActivity' },
        ],
      },
      on: {
        extend: { target: 'idle', actions: 'recordActivity' },
        clearNow: { target: 'idle', actions: ['wipe', 'recordActivity'] },
        wake: [{ guard: and(['hasAnswers', 'idleLimitPassed']), target: 'wiped' }, { actions: 'updateCountdown' }],
      },
    },
    wiped: {
      entry: ['wipe', 'notifyTimeout', 'recordActivity'],
      on: { dismiss: 'idle' },
    },
  },
});
