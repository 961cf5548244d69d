import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { EXITING_CLASS, OVERLAY_ID } from './exit';
import { ExitProvider, ExitThisPageButton } from './exit-provider';
import { SessionActions } from './session-actions';
import { fakeControls } from './test-controls';

/**
 * Tab cannot leave a modal dialog, so a person using the keyboard must find "Exit this page"
 * inside every dialog, doing exactly what the bar does.
 */
function setup() {
  const { controls, state } = fakeControls();
  const navigate = vi.fn();
  const user = userEvent.setup();
  render(
    <ExitProvider controls={controls} navigate={navigate}>
      <ExitThisPageButton />
      <main id="main">
        <SessionActions controls={controls} download={vi.fn()} iterations={1_000} />
      </main>
    </ExitProvider>,
  );
  return { controls, state, navigate, user };
}

afterEach(() => {
  document.documentElement.classList.remove(EXITING_CLASS);
  document.getElementById(OVERLAY_ID)?.remove();
});

/** Presses Tab (or Shift+Tab) until the dialog's exit button has focus; the number of presses, or -1. */
async function tabToExit(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, shift = false) {
  const exit = within(dialog).getByRole('button', { name: 'Exit this page' });
  for (let presses = 1; presses <= 20; presses += 1) {
    await user.keyboard(shift ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    if (document.activeElement === exit) return presses;
  }
  return -1;
}

const DIALOGS = [
  { open: 'Save my answers to a file', dialog: 'Save your answers to a file', role: 'dialog' },
  { open: 'Open saved answers', dialog: 'Open saved answers', role: 'dialog' },
  { open: 'Clear my answers', dialog: 'Clear your answers?', role: 'alertdialog' },
] as const;

describe('Exit this page inside a dialog', () => {
  for (const { open, dialog: name, role } of DIALOGS) {
    it(`Tab and Shift+Tab reach it inside "${name}", and focus never leaves the dialog`, async () => {
      const { user } = setup();
      await user.click(screen.getByRole('button', { name: open }));
      const dialog = screen.getByRole(role, { name });
      expect(await tabToExit(user, dialog)).toBeGreaterThan(0);
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await user.click(screen.getByRole('button', { name: open }));
      const again = screen.getByRole(role, { name });
      expect(await tabToExit(user, again, true)).toBeGreaterThan(0);
    });
  }

  it('does exactly what the bar does: wipes the answers and leaves for the neutral page', async () => {
    const { user, controls, state, navigate } = setup();
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    const dialog = screen.getByRole('dialog', { name: 'Save your answers to a file' });
    await user.click(within(dialog).getByRole('button', { name: 'Exit this page' }));
    expect(controls.wipe).toHaveBeenCalledTimes(1);
    expect(state.answers).toBeNull();
    expect(navigate).toHaveBeenCalledWith('https://www.weather.gov/');
    expect(document.documentElement).toHaveClass(EXITING_CLASS);
  });

  it('leaves one way out to find: the bar steps out of the tab order and the accessibility tree meanwhile', async () => {
    const { user } = setup();
    const bar = () => document.querySelector<HTMLButtonElement>('.safety-exit-bar button')!;
    expect(screen.getAllByRole('button', { name: 'Exit this page' })).toEqual([bar()]);
    await user.click(screen.getByRole('button', { name: 'Open saved answers' }));
    const dialog = screen.getByRole('dialog', { name: 'Open saved answers' });
    expect(screen.getAllByRole('button', { name: 'Exit this page' })).toEqual([
      within(dialog).getByRole('button', { name: 'Exit this page' }),
    ]);
    expect(bar()).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{Escape}');
    expect(screen.getAllByRole('button', { name: 'Exit this page' })).toEqual([bar()]);
    expect(bar()).not.toHaveAttribute('tabindex');
  });
});
