import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { CarryFocus } from './carry-focus';
import { forgetEarlyPress, liveButtonFor, rememberEarlyLanguage, rememberEarlyPress } from './painted-page';

/** The painted start page as index.html has it: its buttons disabled until the app runs. */
function paintedPage() {
  const root = document.createElement('div');
  root.innerHTML = `
    <button disabled class="language-switch__button">English</button>
    <button disabled class="language-switch__button">Español</button>
    <main tabindex="-1"><button disabled class="button button--start">Start</button></main>`;
  document.body.append(root);
  return root;
}
const press = (button: Element, end: 'pointerup' | 'pointercancel' = 'pointerup') => {
  fireEvent.pointerDown(button);
  fireEvent[end === 'pointerup' ? 'pointerUp' : 'pointerCancel'](button);
};

describe('a tap on the painted start page before the app runs', () => {
  it('is remembered as the same control, and said once', () => {
    const root = paintedPage();
    const pressed = rememberEarlyPress(root);
    press(root.querySelectorAll('button')[0]!);
    press(root.querySelectorAll('button')[1]!);
    // Shown pressed in until the live page is there: the last press only.
    expect(root.querySelectorAll('button')[1]).toHaveAttribute('data-pressed');
    expect(root.querySelectorAll('button')[0]).not.toHaveAttribute('data-pressed');
    expect(pressed()).toEqual({ className: 'language-switch__button', index: 1 });
    expect(pressed()).toBeUndefined();
    root.remove();
  });

  it('is forgotten, and no longer shown pressed in, when the app cannot run', () => {
    const root = paintedPage();
    const pressed = rememberEarlyPress(root);
    const start = root.querySelector('.button--start')!;
    press(start);
    expect(start).toHaveAttribute('data-pressed');
    forgetEarlyPress(root, pressed);
    expect(start).not.toHaveAttribute('data-pressed');
    expect(pressed()).toBeUndefined();
    press(start);
    expect(start).not.toHaveAttribute('data-pressed');
    root.remove();
  });

  it('is not a swipe, nor a press that slid off the button, nor one after the app took over', () => {
    const root = paintedPage();
    const pressed = rememberEarlyPress(root);
    const [english, spanish, start] = [...root.querySelectorAll('button')];
    press(start!, 'pointercancel');
    fireEvent.pointerDown(english!);
    fireEvent.pointerUp(spanish!);
    expect(pressed()).toBeUndefined();
    press(start!);
    expect(pressed()).toBeUndefined();
    root.remove();
  });

  it('presses the live page’s same button once the live page has painted', () => {
    const root = paintedPage();
    const pressed = rememberEarlyPress(root);
    press(root.querySelector('.button--start')!);
    const onStart = vi.fn();
    root.innerHTML = '';
    render(
      <CarryFocus root={root} position={() => -1} pressed={pressed}>
        <button type="button" className="button button--start" onClick={onStart}>
          Start
        </button>
      </CarryFocus>,
      { container: root },
    );
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    root.remove();
  });

  it('finds no live button to press when that control is not there or cannot be pressed', () => {
    const live = document.createElement('div');
    live.innerHTML = '<button class="button button--start" disabled>Start</button>';
    expect(liveButtonFor(live, { className: 'button button--start', index: 0 })).toBeUndefined();
    expect(liveButtonFor(live, { className: 'get-help-now', index: 0 })).toBeUndefined();
  });

  it('presses the same one of several alike (Español, not English), and gives it focus as a tap would', () => {
    const root = paintedPage();
    const pressed = rememberEarlyPress(root);
    press(root.querySelectorAll('.language-switch__button')[1]!);
    const chosen: string[] = [];
    root.innerHTML = '';
    render(
      <CarryFocus root={root} position={() => -1} pressed={pressed}>
        {['English', 'Español'].map((name) => (
          <button key={name} type="button" className="language-switch__button" onClick={() => chosen.push(name)}>
            {name}
          </button>
        ))}
      </CarryFocus>,
      { container: root },
    );
    expect(chosen).toEqual(['Español']);
    expect(screen.getByRole('button', { name: 'Español' })).toHaveFocus();
    root.remove();
  });

  it('is not a right or middle click', () => {
    const root = paintedPage();
    const pressed = rememberEarlyPress(root);
    const start = root.querySelector('.button--start')!;
    fireEvent.pointerDown(start, { button: 2 });
    fireEvent.pointerUp(start, { button: 2 });
    expect(pressed()).toBeUndefined();
    root.remove();
  });

  it('keeps a language chosen in the phone’s language menu', () => {
    const root = document.createElement('div');
    root.innerHTML = `<select class="language-switch__select"><option value="en">English</option><option value="vi">Tiếng Việt</option></select>`;
    const chosen = rememberEarlyLanguage(root);
    fireEvent.change(root.querySelector('select')!, { target: { value: 'vi' } });
    expect(chosen()).toBe('vi');
  });
});
