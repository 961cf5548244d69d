import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { EXITING_CLASS, OVERLAY_ID } from '@/features/safety/exit';
import { ExitProvider, ExitThisPageButton } from '@/features/safety/exit-provider';
import { fakeControls } from '@/features/safety/test-controls';

import { ErrorBoundary } from './error-boundary';

const broken = { now: true };
function Thrower() {
  if (broken.now) throw new Error('a drawing error');
  return <p>The question</p>;
}

function setup() {
  broken.now = true;
  const { controls } = fakeControls();
  const navigate = vi.fn();
  const onBack = vi.fn();
  const onStartAgain = vi.fn();
  // React reports caught render errors to the console; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <ExitProvider controls={controls} navigate={navigate}>
      <ExitThisPageButton />
      <ErrorBoundary onBack={onBack} onStartAgain={onStartAgain}>
        <Thrower />
      </ErrorBoundary>
    </ExitProvider>,
  );
  return { controls, navigate, onBack, onStartAgain };
}

afterEach(() => {
  document.documentElement.classList.remove(EXITING_CLASS);
  document.getElementById(OVERLAY_ID)?.remove();
});

describe('error boundary', () => {
  it('shows a calm message with Back and Start again, focused on its heading', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toHaveFocus();
    expect(screen.getByText('Something went wrong on our side. It is not your fault.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
  });

  it('keeps the exit button working', () => {
    const { controls, navigate } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Exit this page' }));
    expect(controls.wipe).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith('https://www.weather.gov/');
  });

  it('keeps Shift×3 working', () => {
    const { navigate } = setup();
    for (let i = 0; i < 3; i += 1) fireEvent.keyUp(document.body, { key: 'Shift' });
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('Back and Start again call their actions and draw the page again', () => {
    const { onBack, onStartAgain } = setup();
    broken.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(screen.getByText('The question')).toBeInTheDocument();
    expect(onStartAgain).not.toHaveBeenCalled();
  });

  it('Start again clears and draws afresh', () => {
    const { onStartAgain } = setup();
    broken.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(onStartAgain).toHaveBeenCalledTimes(1);
    expect(screen.getByText('The question')).toBeInTheDocument();
  });
});
