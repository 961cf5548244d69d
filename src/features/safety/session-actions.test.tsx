import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { i18n } from '@/i18n/config';
import { decryptAnswers, encryptAnswers } from '@/lib/saved-file';

import { SessionActions } from './session-actions';
import { fakeControls } from './test-controls';

const FAST = 1_000;
const PASS = 'river stone lamp';

function setup(initial: Record<string, unknown> | null = { county: 'Alameda' }, opts: { accept?: boolean } = {}) {
  const { controls, state } = fakeControls(initial, opts);
  const download = vi.fn<(name: string, text: string) => void>();
  const user = userEvent.setup();
  render(<SessionActions controls={controls} download={download} iterations={FAST} />);
  return { controls, state, download, user };
}

describe('Save my answers to a file', () => {
  it('warns first, before asking for anything', async () => {
    const { user, download } = setup();
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    const dialog = screen.getByRole('dialog', { name: 'Save your answers to a file' });
    expect(dialog).toHaveTextContent('the file stays on this device until you delete it');
    expect(dialog).toHaveTextContent('downloads list');
    expect(within(dialog).queryByLabelText('Choose a passphrase')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(download).not.toHaveBeenCalled();
    // Focus goes back to the button that opened the dialog.
    expect(screen.getByRole('button', { name: 'Save my answers to a file' })).toHaveFocus();
  });

  it('requires a long enough passphrase, typed the same twice', async () => {
    const { user, download } = setup();
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const first = screen.getByLabelText('Choose a passphrase');
    const second = screen.getByLabelText('Type the passphrase again');
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute('type', 'password');
    expect(first).toHaveAttribute('autocomplete', 'off');
    expect(second).toHaveAttribute('autocomplete', 'off');

    await user.click(screen.getByRole('button', { name: 'Save the file' }));
    expect(screen.getByText('Enter a passphrase.')).toBeInTheDocument();
    expect(first).toHaveAttribute('aria-invalid', 'true');

    await user.type(first, 'short');
    await user.click(screen.getByRole('button', { name: 'Save the file' }));
    expect(screen.getByText('The passphrase needs at least 8 characters.')).toBeInTheDocument();
    expect(first).toHaveFocus();

    await user.type(first, ' but long now');
    await user.type(second, 'short but long no');
    await user.click(screen.getByRole('button', { name: 'Save the file' }));
    expect(screen.getByText('The two passphrases are not the same. Please type them again.')).toBeInTheDocument();
    expect(second).toHaveFocus();
    expect(download).not.toHaveBeenCalled();
    // Typing key by key on 2 shared cores: allow more than the default 5 s.
  }, 20_000);

  it('can show the passphrase', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByLabelText('Show passphrase'));
    expect(screen.getByLabelText('Choose a passphrase')).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText('Type the passphrase again')).toHaveAttribute('type', 'text');
  });

  it('encrypts the answers and downloads them under a neutral name', async () => {
    const { user, download, controls } = setup();
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(screen.getByLabelText('Choose a passphrase'), PASS);
    await user.type(screen.getByLabelText('Type the passphrase again'), PASS);
    await user.click(screen.getByRole('button', { name: 'Save the file' }));
    await screen.findByText(/Your file is saved/);
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0]!;
    expect(name).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(screen.getByText(/Your file is saved/)).toHaveTextContent(name);
    const opened = await decryptAnswers(new TextEncoder().encode(text), PASS, { iterations: FAST });
    expect(opened).toMatchObject({ ok: true, payload: { v: 1, answers: { county: 'Alameda' } } });
    expect(controls.wipe).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('says so when there is nothing to save', async () => {
    const { user, download } = setup(null);
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    expect(screen.getByRole('dialog')).toHaveTextContent('There are no answers to save yet.');
    expect(download).not.toHaveBeenCalled();
  });

  it('forgets the passphrase when the dialog closes', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(screen.getByLabelText('Choose a passphrase'), PASS);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByLabelText('Choose a passphrase')).toHaveValue('');
  });
});

function fileFrom(text: string | Uint8Array, name = 'notes-2026-11-28.txt'): File {
  return new File([typeof text === 'string' ? text : new Uint8Array(text)], name, { type: 'text/plain' });
}

async function openWith(user: ReturnType<typeof userEvent.setup>, file: File, passphrase = PASS) {
  await user.click(screen.getByRole('button', { name: 'Open saved answers' }));
  await user.upload(screen.getByLabelText('Saved file'), file);
  await user.type(screen.getByLabelText('Passphrase'), passphrase);
  await user.click(screen.getByRole('button', { name: 'Open' }));
}

describe('Open saved answers', () => {
  const saved = { v: 1, answers: { county: 'Fresno', arrests: 2 } };

  it('restores answers from a good file', async () => {
    const { user, controls, state } = setup(null);
    await openWith(user, fileFrom(await encryptAnswers(saved, PASS, { iterations: FAST })));
    expect(await screen.findByText('Your saved answers are back.')).toBeInTheDocument();
    expect(controls.restore).toHaveBeenCalledWith(saved);
    expect(state.answers).toEqual({ county: 'Fresno', arrests: 2 });
    expect(controls.wipe).not.toHaveBeenCalled();
  });

  it('tells the person that opening replaces what is on screen', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Open saved answers' }));
    expect(screen.getByRole('dialog')).toHaveTextContent('Opening a file replaces the answers on this page now.');
  });

  it('asks for a file and a passphrase', async () => {
    const { user, controls } = setup();
    await user.click(screen.getByRole('button', { name: 'Open saved answers' }));
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByText('Choose the file you saved.')).toBeInTheDocument();
    expect(screen.getByText('Enter the passphrase for this file.')).toBeInTheDocument();
    expect(screen.getByLabelText('Saved file')).toHaveFocus();
    expect(controls.restore).not.toHaveBeenCalled();
  });

  const good = () => encryptAnswers(saved, PASS, { iterations: FAST });
  const cases: [string, () => Promise<{ file: File; passphrase?: string }>, RegExp][] = [
    [
      'wrong passphrase',
      async () => ({ file: fileFrom(await good()), passphrase: 'not the right one' }),
      /That passphrase does not open this file/,
    ],
    ['truncated', async () => ({ file: fileFrom((await good()).slice(0, 120)) }), /seems to be cut off/],
    ['edited', async () => ({ file: fileFrom((await good()).replace(/}$/, ',"x":1}')) }), /damaged or changed/],
    [
      'other version',
      async () => ({ file: fileFrom((await good()).replace('"v":1', '"v":7')) }),
      /different version of this tool/,
    ],
    [
      'not ours',
      () => Promise.resolve({ file: fileFrom('{"shopping":["milk"]}') }),
      /does not look like a file saved by this tool/,
    ],
    [
      'plain text',
      () => Promise.resolve({ file: fileFrom('Dear diary') }),
      /does not look like a file saved by this tool/,
    ],
    ['empty', () => Promise.resolve({ file: fileFrom('') }), /This file is empty/],
    ['too large', () => Promise.resolve({ file: fileFrom(new Uint8Array(1_000_001)) }), /too big/],
  ];

  it.each(cases)('%s: its own message, and the answers on screen are untouched', async (_label, make, message) => {
    const { user, controls, state } = setup();
    const { file, passphrase } = await make();
    await openWith(user, file, passphrase);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('The answers on this page have not changed.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(controls.restore).not.toHaveBeenCalled();
    expect(controls.wipe).not.toHaveBeenCalled();
    expect(state.answers).toEqual({ county: 'Alameda' });
    // The dialog stays open so the person can try again.
    expect(screen.getByRole('dialog', { name: 'Open saved answers' })).toBeInTheDocument();
  });

  it('a file that decrypts but does not fit this version: restore refuses, nothing changes', async () => {
    const { user, controls, state } = setup({ county: 'Alameda' }, { accept: false });
    await openWith(user, fileFrom(await good()));
    expect(await screen.findByRole('alert')).toHaveTextContent('its answers do not fit this version of the questions');
    expect(controls.restore).toHaveBeenCalledTimes(1);
    expect(controls.wipe).not.toHaveBeenCalled();
    expect(state.answers).toEqual({ county: 'Alameda' });
  });

  it('an unreadable file gets its own message', async () => {
    const { controls } = fakeControls();
    const user = userEvent.setup();
    render(<SessionActions controls={controls} readFile={() => Promise.reject(new Error('gone'))} />);
    await openWith(user, fileFrom('x'));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not read this file.');
    expect(controls.restore).not.toHaveBeenCalled();
  });
});

describe('Clear my answers', () => {
  it('says exactly what happens; Cancel keeps everything', async () => {
    const { user, controls, state } = setup();
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Clear your answers?' });
    expect(dialog).toHaveAccessibleDescription(
      'This removes every answer from this page. It cannot be undone. Nothing was saved on this device unless you saved a file.',
    );
    // The safe choice has focus.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(controls.wipe).not.toHaveBeenCalled();
    expect(state.answers).toEqual({ county: 'Alameda' });
  });

  it('Escape also keeps everything', async () => {
    const { user, controls } = setup();
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(controls.wipe).not.toHaveBeenCalled();
  });

  it('confirming wipes the answers and clears storage', async () => {
    const { user, controls, state } = setup();
    sessionStorage.setItem('stray', '1');
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(controls.wipe).toHaveBeenCalledTimes(1);
    expect(state.answers).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(screen.getByRole('status')).toHaveTextContent('Your answers were cleared.');
  });
});

describe('dialog behaviour', () => {
  it('keeps Tab inside the dialog', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    const dialog = screen.getByRole('alertdialog');
    for (let i = 0; i < 5; i += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('speaks Spanish', async () => {
    await i18n.changeLanguage('es');
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Borrar mis respuestas' }));
    expect(screen.getByRole('alertdialog', { name: '¿Borrar sus respuestas?' })).toBeInTheDocument();
  });
});
