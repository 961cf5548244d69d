import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SimulatedClock } from 'xstate';

import { InactivityGuard } from './inactivity';
import { fakeControls } from './test-controls';

/**
 * The guard in React, driven by XState's SimulatedClock: the machine's timers run on `clock`, and
 * its wall clock is `clock.now()` plus `slept` (time that passed while timers were frozen, as on a
 * phone that slept). No fake timers: React and the DOM run as they do in the app.
 */
const MIN = 60_000;
let clock: SimulatedClock;
let slept = 0;
const now = () => clock.now() + slept;

function advance(ms: number) {
  act(() => {
    clock.increment(ms);
  });
}

function setup(
  initial: Record<string, unknown> | null = { county: 'Alameda' },
  props: { idleMs?: number; warningMs?: number } = {},
) {
  const { controls, state } = fakeControls(initial);
  const onTimeout = vi.fn();
  const view = render(<InactivityGuard controls={controls} onTimeout={onTimeout} clock={clock} now={now} {...props} />);
  return { controls, state, onTimeout, view };
}

const warningDialog = () => screen.queryByRole('alertdialog', { name: 'Do you need more time?' });

beforeEach(() => {
  clock = new SimulatedClock();
  slept = 0;
});

describe('InactivityGuard', () => {
  it('warns 60 s before the 15-minute limit, not earlier', () => {
    setup();
    advance(14 * MIN - 1_000);
    expect(warningDialog()).toBeNull();
    advance(1_000);
    const dialog = warningDialog();
    expect(dialog).not.toBeNull();
    expect(dialog).toHaveAccessibleDescription(
      'This page has not been used for a while. To keep your answers private, we will clear them soon.',
    );
    expect(screen.getByRole('button', { name: 'I need more time' })).toHaveFocus();
    expect(dialog).toHaveTextContent('Time left: 1:00');
  });

  it('counts down visibly every second, but speaks only at 60, 30 and 10 seconds', () => {
    setup();
    advance(14 * MIN);
    const live = () =>
      screen
        .getAllByRole('status')
        .map((el) => el.textContent)
        .join('|');
    expect(live()).toContain('Your answers will be cleared in 60 seconds.');
    advance(1_000);
    expect(warningDialog()).toHaveTextContent('Time left: 0:59');
    expect(live()).toContain('60 seconds'); // unchanged text: nothing new is read out
    advance(29_000);
    expect(warningDialog()).toHaveTextContent('Time left: 0:30');
    expect(live()).toContain('Your answers will be cleared in 30 seconds.');
    advance(20_000);
    expect(live()).toContain('Your answers will be cleared in 10 seconds.');
    // The visible countdown is hidden from screen readers (it would be read every second).
    expect(screen.getByText(/Time left/)).toHaveAttribute('aria-hidden', 'true');
  });

  it('"I need more time" closes the warning and starts a new 15 minutes', () => {
    const { controls } = setup();
    advance(14 * MIN + 30_000);
    fireEvent.click(screen.getByRole('button', { name: 'I need more time' }));
    expect(warningDialog()).toBeNull();
    advance(14 * MIN - 1_000);
    expect(warningDialog()).toBeNull();
    expect(controls.wipe).not.toHaveBeenCalled();
    advance(1_000);
    expect(warningDialog()).not.toBeNull();
  });

  it('Escape means "I need more time", never "clear"', () => {
    const { controls } = setup();
    advance(14 * MIN);
    fireEvent.keyDown(screen.getByRole('button', { name: 'I need more time' }), { key: 'Escape' });
    expect(warningDialog()).toBeNull();
    advance(2 * MIN);
    expect(controls.wipe).not.toHaveBeenCalled();
  });

  it('with no response, wipes the answers at 15 minutes and says what happened', () => {
    const { controls, state, onTimeout } = setup();
    advance(15 * MIN - 1_000);
    expect(controls.wipe).not.toHaveBeenCalled();
    advance(1_000);
    expect(controls.wipe).toHaveBeenCalledTimes(1);
    expect(state.answers).toBeNull();
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(warningDialog()).toBeNull();
    const notice = screen.getByRole('dialog', { name: 'Your answers were cleared' });
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(notice).not.toBeInTheDocument();
  });

  it('activity (pointer, key, touch, scroll) resets the idle time', () => {
    setup();
    const events: [string, () => void][] = [
      ['pointer', () => fireEvent.pointerDown(document.body)],
      ['key', () => fireEvent.keyDown(document.body, { key: 'a' })],
      ['touch', () => fireEvent.touchStart(document.body)],
      ['scroll', () => fireEvent.scroll(window)],
    ];
    for (const [, fire] of events) {
      advance(10 * MIN);
      fire();
    }
    advance(14 * MIN - 1_000);
    expect(warningDialog()).toBeNull();
    advance(1_000);
    expect(warningDialog()).not.toBeNull();
  });

  it('activity while the warning shows does not dismiss it (only a choice does)', () => {
    const { controls } = setup();
    advance(14 * MIN);
    fireEvent.pointerDown(document.body);
    advance(60_000);
    expect(controls.wipe).toHaveBeenCalledTimes(1);
  });

  it('does not warn or wipe while there are no answers', () => {
    const { controls } = setup(null);
    advance(60 * MIN);
    expect(warningDialog()).toBeNull();
    expect(controls.wipe).not.toHaveBeenCalled();
    expect(controls.hasAnswers).toHaveBeenCalled();
  });

  it('starts counting once answers exist', () => {
    const { state } = setup(null);
    advance(14 * MIN);
    // Answers arrive (set directly, with no activity event, to test the timer alone).
    state.answers = { county: 'Kern' };
    // The check at 14 min found no answers and started a fresh period; the next check is at 28.
    advance(14 * MIN - 1_000);
    expect(warningDialog()).toBeNull();
    advance(1_000);
    expect(warningDialog()).not.toBeNull();
  });

  it('"Clear my answers now" wipes at once, without the notice', () => {
    const { controls, onTimeout } = setup();
    advance(14 * MIN);
    fireEvent.click(screen.getByRole('button', { name: 'Clear my answers now' }));
    expect(controls.wipe).toHaveBeenCalledTimes(1);
    expect(onTimeout).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(warningDialog()).toBeNull();
  });

  it('if the phone slept past the whole limit, wipes at once on waking (no minute of exposure)', () => {
    const { controls } = setup();
    // Timers in a background tab can be frozen; the wall clock moves on.
    slept = 40 * MIN;
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(controls.wipe).toHaveBeenCalledTimes(1);
    expect(warningDialog()).toBeNull();
  });

  it('takes a configurable idle time', () => {
    setup({ a: 1 }, { idleMs: 2 * MIN, warningMs: 30_000 });
    advance(90_000 - 1);
    expect(warningDialog()).toBeNull();
    advance(1);
    expect(warningDialog()).toHaveTextContent('Time left: 0:30');
  });

  it('stops its timers on unmount', () => {
    const { controls, view } = setup();
    view.unmount();
    advance(30 * MIN);
    expect(controls.wipe).not.toHaveBeenCalled();
  });
});

describe('InactivityGuard with SessionActions', () => {
  it('an automatic wipe closes an open save dialog, so no passphrase lingers', async () => {
    const { SessionActions } = await import('./session-actions');
    const { controls } = fakeControls();
    render(
      <>
        <SessionActions controls={controls} />
        <InactivityGuard controls={controls} clock={clock} now={now} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.change(screen.getByLabelText('Choose a passphrase'), { target: { value: 'half typed' } });
    advance(15 * MIN);
    expect(controls.wipe).toHaveBeenCalledTimes(1);
    expect(screen.queryByLabelText('Choose a passphrase')).toBeNull();
    expect(screen.queryByRole('dialog', { name: 'Save your answers to a file' })).toBeNull();
  });
});
