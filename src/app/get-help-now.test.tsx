import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { App } from './app';

/** The whole app shell, so "in place" and "answers kept" are tested where they matter. */
async function onAQuestion() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(screen.getByRole('radio', { name: 'For myself' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('radio', { name: 'Yes' }));
  return { user, question: screen.getByRole('heading', { level: 1 }).textContent };
}

describe('Get help now', { timeout: 20_000 }, () => {
  it('opens the help lines in place as a dialog: call, text and TTY', async () => {
    const { user } = await onAQuestion();
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    const dialog = screen.getByRole('dialog', { name: 'Get help now' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/answers stay/);
    expect(within(dialog).getByRole('link', { name: 'Call 1-888-373-7888' })).toHaveAttribute(
      'href',
      'tel:+18883737888',
    );
    expect(within(dialog).getByRole('link', { name: 'Text HELP to 233733' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^sms:233733/),
    );
    expect(within(dialog).getByText('TTY: 711')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Call 911' })).toBeInTheDocument();
  });

  it('closes back to the same question with the answer kept and focus on the button', async () => {
    const { user, question } = await onAQuestion();
    const button = screen.getByRole('button', { name: 'Get help now' });
    await user.click(button);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(question ?? '');
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
  });

  it('closes with Escape too', async () => {
    const { user } = await onAQuestion();
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Get help now' })).toHaveFocus();
  });

  it('closes on the browser’s Back button, leaving the same question with the answer kept', async () => {
    const { user, question } = await onAQuestion();
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    expect(screen.getByRole('dialog', { name: 'Get help now' })).toBeInTheDocument();
    // What the browser does on Back: it pops the history entry, then tells the page.
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(question ?? '');
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Get help now' })).toHaveFocus();
    // The entry is back, so the next Back is one question back, as usual.
    expect(window.history.state).toEqual({ qaExtraEntry: true });
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    });
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(question ?? '');
  });

  it('carries its own "Exit this page", reached with Tab from inside', async () => {
    const { user } = await onAQuestion();
    await user.click(screen.getByRole('button', { name: 'Get help now' }));
    const dialog = screen.getByRole('dialog', { name: 'Get help now' });
    const exit = within(dialog).getByRole('button', { name: 'Exit this page' });
    let presses = 0;
    while (document.activeElement !== exit && presses < 20) {
      await user.tab();
      presses += 1;
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    expect(exit).toHaveFocus();
  });

  it('is there on the start page too', () => {
    render(<App />);
    expect(screen.getByRole('button', { name: 'Get help now' })).toBeInTheDocument();
  });
});
