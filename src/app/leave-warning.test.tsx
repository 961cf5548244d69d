import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { EXITING_CLASS } from '@/features/safety/exit';

import { App } from './app';

/** Fires beforeunload as the browser does and says whether the page asked to stay. */
function leaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function withAnAnswer() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(screen.getByRole('radio', { name: 'For myself' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return user;
}

describe('warning before leaving', () => {
  it('does not warn when there are no answers', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(leaving()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(leaving()).toBe(false);
  });

  it('warns on reload or close while there are answers', async () => {
    await withAnAnswer();
    expect(leaving()).toBe(true);
  });

  it('does not warn after "Clear my answers"', async () => {
    const user = await withAnAnswer();
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(leaving()).toBe(false);
  });

  it('does not warn on the way out through "Exit this page"', async () => {
    await withAnAnswer();
    document.documentElement.classList.add(EXITING_CLASS);
    try {
      expect(leaving()).toBe(false);
    } finally {
      document.documentElement.classList.remove(EXITING_CLASS);
    }
  });
});
