import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createShiftSequence, EXITING_CLASS, OVERLAY_ID } from './exit';
import { ExitProvider, ExitSkipLink, ExitThisPageButton } from './exit-provider';
import { fakeControls } from './test-controls';

function setup(opts: { shiftTimeoutMs?: number } = {}) {
  const { controls, state } = fakeControls();
  const navigate = vi.fn();
  const replaceState = vi.spyOn(window.history, 'replaceState');
  render(
    <ExitProvider controls={controls} navigate={navigate} {...opts}>
      <a href="#main">Skip to main content</a>
      <ExitSkipLink />
      <ExitThisPageButton />
      <main id="main">
        <label>
          County <input autoComplete="off" />
        </label>
      </main>
    </ExitProvider>,
  );
  return { controls, state, navigate, replaceState };
}

const shiftUp = () => fireEvent.keyUp(document.activeElement ?? document.body, { key: 'Shift', shiftKey: false });
const status = () => screen.getByTestId('safety-shift-status');

afterEach(() => {
  document.documentElement.classList.remove(EXITING_CLASS);
  document.getElementById(OVERLAY_ID)?.remove();
  vi.useRealTimers();
});

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

function expectExited({ controls, navigate, replaceState }: ReturnType<typeof setup>) {
  expect(controls.wipe).toHaveBeenCalledTimes(1);
  expect(navigate).toHaveBeenCalledTimes(1);
  expect(navigate).toHaveBeenCalledWith('https://www.weather.gov/');
  expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  expect(document.documentElement).toHaveClass(EXITING_CLASS);
  const overlay = document.getElementById(OVERLAY_ID);
  expect(overlay).toHaveAttribute('role', 'alert');
  expect(overlay).toHaveTextContent('Loading.');
}

describe('Exit this page', () => {
  it('the button wipes the answers, clears storage, replaces history and goes to the neutral page', async () => {
    const ctx = setup();
    localStorage.setItem('left-over', 'x');
    sessionStorage.setItem('left-over', 'x');
    // Order matters: the answers are gone before we navigate.
    ctx.navigate.mockImplementation(() => {
      expect(ctx.controls.wipe).toHaveBeenCalled();
      expect(localStorage.length).toBe(0);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Exit this page' }));
    expectExited(ctx);
    expect(ctx.state.answers).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('the skip link comes right after "Skip to main content", points at the neutral page, and exits', async () => {
    const ctx = setup();
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    await user.tab();
    const link = screen.getByRole('link', { name: 'Exit this page' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', 'https://www.weather.gov/');
    expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    await user.keyboard('{Enter}');
    expectExited(ctx);
  });

  it('exits once, even when triggered twice', async () => {
    const ctx = setup();
    const button = screen.getByRole('button', { name: 'Exit this page' });
    await userEvent.dblClick(button);
    shiftUp();
    shiftUp();
    shiftUp();
    expect(ctx.navigate).toHaveBeenCalledTimes(1);
    expect(ctx.controls.wipe).toHaveBeenCalledTimes(1);
  });

  it('still leaves when wipe throws', async () => {
    const ctx = setup();
    ctx.controls.wipe.mockImplementation(() => {
      throw new Error('boom');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Exit this page' }));
    expect(ctx.navigate).toHaveBeenCalledWith('https://www.weather.gov/');
  });

  it('pressing Shift 3 times exits, announcing each step', () => {
    const ctx = setup();
    shiftUp();
    expect(status()).toHaveTextContent('Shift, press 2 more times to exit.');
    shiftUp();
    expect(status()).toHaveTextContent('Shift, press 1 more time to exit.');
    expect(ctx.navigate).not.toHaveBeenCalled();
    shiftUp();
    expectExited(ctx);
  });

  it('works with real key presses, even while typing in a field', async () => {
    const ctx = setup();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('County'));
    await user.keyboard('Oak{Shift}{Shift}{Shift}');
    expect(ctx.navigate).toHaveBeenCalledTimes(1);
  });

  it('Shift used as a modifier (Shift+A) does not count, and resets the sequence', async () => {
    const ctx = setup();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('County'));
    // Two bare presses, then a capital letter: its Shift release must not be the third press.
    await user.keyboard('{Shift}{Shift}{Shift>}A{/Shift}');
    expect(ctx.navigate).not.toHaveBeenCalled();
    expect(status()).toHaveTextContent('');
    // After the reset, it takes three fresh presses.
    await user.keyboard('{Shift}{Shift}');
    expect(ctx.navigate).not.toHaveBeenCalled();
    await user.keyboard('{Shift}');
    expect(ctx.navigate).toHaveBeenCalledTimes(1);
  });

  it('any other key resets the sequence', () => {
    const ctx = setup();
    shiftUp();
    shiftUp();
    fireEvent.keyUp(document.body, { key: 'a' });
    shiftUp();
    expect(ctx.navigate).not.toHaveBeenCalled();
    expect(status()).toHaveTextContent('press 2 more times');
  });

  it('the sequence expires 5 s after the last press, and says so', () => {
    vi.useFakeTimers();
    const ctx = setup();
    shiftUp();
    act(() => {
      vi.advanceTimersByTime(4_900);
    });
    shiftUp(); // within 5 s of the first: counts, and restarts the timer
    expect(status()).toHaveTextContent('press 1 more time');
    act(() => {
      vi.advanceTimersByTime(5_001);
    });
    expect(status()).toHaveTextContent('Exit this page expired.');
    shiftUp();
    expect(ctx.navigate).not.toHaveBeenCalled();
    expect(status()).toHaveTextContent('press 2 more times');
    act(() => {
      vi.advanceTimersByTime(5_001);
    });
    act(() => {
      vi.advanceTimersByTime(5_001);
    });
    expect(status()).toHaveTextContent('');
  });

  it('the button shows one light per press (decorative, hidden from screen readers)', () => {
    setup();
    const lit = () => document.querySelectorAll('.safety-exit-light-on').length;
    expect(lit()).toBe(0);
    shiftUp();
    expect(lit()).toBe(1);
    shiftUp();
    expect(lit()).toBe(2);
    expect(document.querySelector('.safety-exit-lights')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('back-forward cache guard', () => {
  it('on pageshow from the bfcache: wipes and removes the overlay', async () => {
    const ctx = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Exit this page' }));
    ctx.controls.wipe.mockClear();
    const event = new Event('pageshow') as PageTransitionEvent;
    Object.defineProperty(event, 'persisted', { value: true });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(ctx.controls.wipe).toHaveBeenCalledTimes(1);
    expect(document.documentElement).not.toHaveClass(EXITING_CLASS);
    expect(document.getElementById(OVERLAY_ID)).toBeNull();
    // And the exit works again on the restored page.
    await userEvent.click(screen.getByRole('button', { name: 'Exit this page' }));
    expect(ctx.navigate).toHaveBeenCalledTimes(2);
  });

  it('ignores a normal (not persisted) pageshow, and wipes on pagehide', () => {
    const ctx = setup();
    act(() => {
      window.dispatchEvent(new Event('pageshow'));
    });
    expect(ctx.controls.wipe).not.toHaveBeenCalled();
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(ctx.controls.wipe).toHaveBeenCalledTimes(1);
  });

  it('removes its listeners on unmount', () => {
    const { controls } = fakeControls();
    const { unmount } = render(<ExitProvider controls={controls} navigate={vi.fn()} />);
    unmount();
    window.dispatchEvent(new Event('pagehide'));
    fireEvent.keyUp(document.body, { key: 'Shift' });
    expect(controls.wipe).not.toHaveBeenCalled();
  });
});

describe('createShiftSequence', () => {
  it('follows GOV.UK: bare Shift only, others reset, 5 s between presses', () => {
    vi.useFakeTimers();
    const onExit = vi.fn();
    const onProgress = vi.fn();
    const seq = createShiftSequence({ onExit, onProgress });
    seq.handleKeyUp({ key: 'Shift', shiftKey: false });
    seq.handleKeyUp({ key: 'B', shiftKey: true }); // reset, and marks the next Shift as a modifier
    seq.handleKeyUp({ key: 'Shift', shiftKey: false }); // release after Shift+B: ignored
    expect(seq.presses).toBe(0);
    seq.handleKeyUp({ key: 'Shift', shiftKey: false });
    seq.handleKeyUp({ key: 'Shift', shiftKey: false });
    vi.advanceTimersByTime(4_999);
    seq.handleKeyUp({ key: 'Shift', shiftKey: false });
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(onProgress.mock.calls.map((c) => c[0] as unknown)).toEqual([2, 'reset', 2, 1, 0]);
  });
});
