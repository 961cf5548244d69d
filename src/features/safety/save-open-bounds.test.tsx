import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { type decryptAnswers, type DecryptResult, encryptAnswers } from '@/lib/saved-file';

import { SessionActions } from './session-actions';
import { fakeControls } from './test-controls';

/** Opening can be stopped; bad key-derivation settings and common passphrases are refused kindly. */
const FAST = 1_000;
const PASS = 'river stone lamp';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function startOpening(file: File = new File(['x'], 'notes.txt')) {
  fireEvent.click(screen.getByRole('button', { name: 'Open saved answers' }));
  const dialog = screen.getByRole('dialog', { name: 'Open saved answers' });
  fireEvent.change(within(dialog).getByLabelText('Saved file'), { target: { files: [file] } });
  fireEvent.change(within(dialog).getByLabelText('Passphrase', { exact: true }), { target: { value: PASS } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
  return dialog;
}

describe('while a file is opening', () => {
  for (const how of ['Cancel', 'Escape'] as const) {
    it(`${how} stops it at once and the answers stay as they were`, async () => {
      const { controls, state } = fakeControls({ county: 'Alameda' });
      const opening = deferred<DecryptResult>();
      const decrypt = vi.fn((..._args: Parameters<typeof decryptAnswers>) => opening.promise);
      render(
        <SessionActions
          controls={controls}
          iterations={FAST}
          readFile={() => Promise.resolve(new Uint8Array([1]))}
          decrypt={decrypt}
        />,
      );
      const dialog = startOpening();
      await screen.findByText('Opening. This can take a few seconds.');
      expect(decrypt.mock.calls[0]?.[2]).toMatchObject({ iterations: FAST });
      if (how === 'Cancel') fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      else fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
      expect(screen.queryByRole('dialog')).toBeNull();
      await act(async () => {
        opening.resolve({ ok: true, payload: { v: 1, answers: { county: 'Kern' } }, savedAt: undefined });
        await opening.promise;
      });
      expect(controls.restore).not.toHaveBeenCalled();
      expect(state.answers).toEqual({ county: 'Alameda' });
    });
  }

  it('a file that asks for more or fewer key-derivation rounds than the app uses is refused, kindly', async () => {
    const { controls } = fakeControls({ county: 'Alameda' });
    render(<SessionActions controls={controls} iterations={FAST} />);
    const text = await encryptAnswers({ v: 1, answers: { county: 'Kern' } }, PASS, { iterations: FAST });
    for (const iter of ['50000000', '10']) {
      const edited = text.replace(`"iter":${FAST}`, `"iter":${iter}`);
      const dialog = startOpening(new File([edited], 'notes.txt'));
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('This file asks to be opened in a way this tool does not use');
      expect(alert).toHaveTextContent('The answers on this page have not changed.');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    }
    expect(controls.restore).not.toHaveBeenCalled();
  });
});

describe('choosing a passphrase', () => {
  it('refuses one of the most common passwords with a kind message', async () => {
    const { controls } = fakeControls({ county: 'Alameda' });
    const download = vi.fn();
    const user = userEvent.setup();
    render(<SessionActions controls={controls} iterations={FAST} download={download} />);
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(screen.getByLabelText('Choose a passphrase'), 'Password123');
    await user.type(screen.getByLabelText('Type the passphrase again'), 'Password123');
    await user.click(screen.getByRole('button', { name: 'Save the file' }));
    expect(screen.getByText(/Many people use this passphrase, so it would be easy to guess/)).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a passphrase')).toHaveFocus();
    expect(download).not.toHaveBeenCalled();
  });

  it('shows the strength in words, as part of the field description', async () => {
    const { controls } = fakeControls({ county: 'Alameda' });
    const user = userEvent.setup();
    render(<SessionActions controls={controls} iterations={FAST} />);
    await user.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const field = screen.getByLabelText('Choose a passphrase');
    expect(screen.queryByText(/Passphrase strength/)).toBeNull();
    await user.type(field, 'kdjfhgqz');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Passphrase strength: weak'));
    await user.type(field, ' lamp river stone');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Passphrase strength: strong'));
    await user.clear(field);
    await user.type(field, 'password1');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Passphrase strength: too easy to guess'));
  });
});
