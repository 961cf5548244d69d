import { describe, expect, it, vi } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';

import { inactivityMachine } from './inactivity-machine';

const MIN = 60_000;

/** The machine alone on XState's SimulatedClock: timers and the wall clock are both `clock`. */
function start(opts: { answers?: () => boolean; idleMs?: number; warningMs?: number } = {}) {
  const clock = new SimulatedClock();
  let skew = 0;
  const wipe = vi.fn();
  const notifyTimeout = vi.fn();
  const actor = createActor(inactivityMachine, {
    clock,
    input: {
      idleMs: opts.idleMs ?? 15 * MIN,
      warningMs: opts.warningMs ?? MIN,
      now: () => clock.now() + skew,
      hasAnswers: opts.answers ?? (() => true),
    },
  });
  actor.on('wipe', wipe);
  actor.on('timedOut', notifyTimeout);
  actor.start();
  const at = () => actor.getSnapshot().value;
  const sleep = (ms: number) => {
    skew += ms;
  };
  return { clock, actor, at, wipe, notifyTimeout, sleep };
}

describe('inactivity machine (idle → warning → wiped)', () => {
  it('idle until 14 minutes, then a 60-second warning with a countdown, then wiped', () => {
    const { clock, at, wipe, notifyTimeout, actor } = start();
    clock.increment(14 * MIN - 1);
    expect(at()).toBe('idle');
    clock.increment(1);
    expect(at()).toEqual({ warning: 'counting' });
    expect(actor.getSnapshot().context.secondsLeft).toBe(60);
    clock.increment(1_000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(59);
    clock.increment(58_999);
    expect(at()).toEqual({ warning: 'counting' });
    expect(wipe).not.toHaveBeenCalled();
    clock.increment(1);
    expect(at()).toBe('wiped');
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(notifyTimeout).toHaveBeenCalledTimes(1);
  });

  it('"I need more time" goes back to idle with a fresh 15 minutes', () => {
    const { clock, at, actor, wipe } = start();
    clock.increment(14 * MIN + 30_000);
    actor.send({ type: 'extend' });
    expect(at()).toBe('idle');
    clock.increment(14 * MIN - 1);
    expect(at()).toBe('idle');
    clock.increment(1);
    expect(at()).toEqual({ warning: 'counting' });
    expect(wipe).not.toHaveBeenCalled();
  });

  it('activity during idle pushes the warning back; activity during the warning does not end it', () => {
    const { clock, at, actor, wipe } = start();
    clock.increment(10 * MIN);
    actor.send({ type: 'activity' });
    clock.increment(14 * MIN - 1);
    expect(at()).toBe('idle');
    clock.increment(1);
    expect(at()).toEqual({ warning: 'counting' });
    actor.send({ type: 'activity' });
    expect(at()).toEqual({ warning: 'counting' });
    clock.increment(MIN);
    expect(wipe).toHaveBeenCalledTimes(1);
  });

  it('"Clear my answers now" wipes without the timeout notice', () => {
    const { clock, at, actor, wipe, notifyTimeout } = start();
    clock.increment(14 * MIN);
    actor.send({ type: 'clearNow' });
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(notifyTimeout).not.toHaveBeenCalled();
    expect(at()).toBe('idle');
  });

  it('with no answers it never warns or wipes', () => {
    const { clock, at, wipe } = start({ answers: () => false });
    clock.increment(90 * MIN);
    expect(at()).toBe('idle');
    expect(wipe).not.toHaveBeenCalled();
  });

  it('waking after a long sleep wipes at once; waking in the warning window warns at once', () => {
    const slept = start();
    slept.sleep(40 * MIN);
    slept.actor.send({ type: 'wake' });
    expect(slept.at()).toBe('wiped');
    expect(slept.wipe).toHaveBeenCalledTimes(1);

    const dozed = start();
    dozed.sleep(14 * MIN + 20_000);
    dozed.actor.send({ type: 'wake' });
    expect(dozed.at()).toEqual({ warning: 'counting' });
    expect(dozed.actor.getSnapshot().context.secondsLeft).toBe(40);
  });

  it('the notice stays until dismissed, then a new wait begins', () => {
    const { clock, at, actor, wipe } = start();
    clock.increment(15 * MIN);
    expect(at()).toBe('wiped');
    clock.increment(60 * MIN);
    expect(wipe).toHaveBeenCalledTimes(1);
    actor.send({ type: 'dismiss' });
    expect(at()).toBe('idle');
  });
});
