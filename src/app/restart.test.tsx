import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { i18n } from '@/i18n/config';
import { copyText } from '@/lib/copied-text';
import { encryptAnswers } from '@/lib/saved-file';
import type { Answers } from '@/machines/answers';
import { initialContext } from '@/machines/contract';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';

import { App } from './app';

/**
 * "Start again" and "Start a new screening" in the whole app: both ask first, Cancel keeps
 * everything, and the new screening keeps only the helper's wording and the language.
 */
const PASS = 'river stone lamp';

/** The app on the results, reached the way a returning person would: by opening a saved file. */
async function onResults(answers: Answers) {
  const user = userEvent.setup();
  const context = { ...initialContext(answers), position: { step: 'results', record: 0 } };
  const text = await encryptAnswers(context, PASS);
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Open saved answers' }));
  const dialog = screen.getByRole('dialog', { name: 'Open saved answers' });
  await user.upload(within(dialog).getByLabelText('Saved file'), new File([text], 'notes.txt'));
  await user.click(within(dialog).getByLabelText('Passphrase', { exact: true }));
  await user.paste(PASS);
  await user.click(within(dialog).getByRole('button', { name: 'Open' }));
  await within(dialog).findByText('Your saved answers are back.', undefined, { timeout: 15_000 });
  await user.click(within(dialog).getByRole('button', { name: 'Close' }));
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/result/i);
  return { user, results: screen.getByRole('heading', { level: 1 }).textContent ?? '' };
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('Start again on the results', { timeout: 40_000 }, () => {
  it('asks first, kindly; Cancel keeps everything; Yes goes back to the start with no answers', async () => {
    const { user, results } = await onResults(pettyTheftTiedToTrafficking({ audience: 'self' }));
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    const ask = screen.getByRole('alertdialog', { name: 'Start again?' });
    expect(ask).toHaveAccessibleDescription(/cannot be undone/);
    expect(within(ask).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(results);
    expect(screen.getByRole('button', { name: 'Start again' })).toHaveFocus();

    // It offers to save first, and comes back to the question afterwards.
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: 'Save the answers first' }));
    const save = screen.getByRole('dialog', { name: 'Save your answers to a file' });
    await user.click(within(save).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('alertdialog', { name: 'Start again?' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Yes, start again' }));
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(screen.getByText('Your answers were cleared. You are back at the start.')).toBeInTheDocument();
    // Nothing left to save: the answers are gone.
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    expect(screen.getByText('There are no answers to save yet.')).toBeInTheDocument();
  });
});

describe('Start a new screening, for the next person at an intake desk', { timeout: 40_000 }, () => {
  it('asks first, then clears every answer and what hangs off them, keeps the wording and the language, and skips no safety check', async () => {
    const { user, results } = await onResults(pettyTheftTiedToTrafficking({ audience: 'helper' }));
    // Offered on a helper's results instead of "Start again", and it asks first.
    expect(screen.queryByRole('button', { name: 'Start again' })).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Start a new screening' }));
    const ask = screen.getByRole('alertdialog', { name: 'Start a new screening?' });
    expect(ask).toHaveTextContent('keeps your choice to answer for someone you’re helping, and this language');
    expect(within(ask).getByRole('button', { name: 'Save the answers first' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(results);

    // After userEvent's own clipboard stub, so the app's wipe writes to this one.
    const clipboard = { writeText: vi.fn(() => Promise.resolve()) };
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    await copyText('the summary for a lawyer', clipboard);
    await i18n.changeLanguage('es');
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Empezar una nueva evaluación' }));
    await user.click(screen.getByRole('button', { name: 'Sí, empezar una nueva evaluación' }));

    // The safety check first, worded for a helper, in the same language, with nothing chosen.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/la persona/);
    expect(i18n.resolvedLanguage).toBe('es');
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
    // Text this page copied is overwritten.
    expect(clipboard.writeText).toHaveBeenLastCalledWith('');
    // Back: the helper's choice is there, and only it.
    await user.click(screen.getByRole('button', { name: 'Atrás' }));
    expect(screen.getByRole('radio', { name: 'Para alguien a quien ayudo' })).toBeChecked();
  });

  it('is in the footer for a helper from the first question on, and not for anyone else', async () => {
    const user = userEvent.setup();
    render(<App />);
    const footer = () => within(screen.getByRole('contentinfo'));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('radio', { name: 'For myself' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(footer().queryByRole('button', { name: 'Start a new screening' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('radio', { name: 'For someone I’m helping' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const question = screen.getByRole('heading', { level: 1 }).textContent ?? '';
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(footer().getByRole('button', { name: 'Start a new screening' }));
    await user.click(screen.getByRole('button', { name: 'Yes, start a new screening' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(question);
    expect(screen.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
  });
});
