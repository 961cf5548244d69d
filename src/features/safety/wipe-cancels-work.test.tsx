import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SimulatedClock } from 'xstate';

import type { DecryptResult } from '@/lib/saved-file';

import { EXITING_CLASS, OVERLAY_ID } from './exit';
import { ExitProvider, ExitThisPageButton } from './exit-provider';
import { InactivityGuard } from './inactivity';
import { SessionActions } from './session-actions';
import { fakeControls } from './test-controls';

/**
 * A wipe cancels work in flight. Each of the three wipes (Exit, Clear my answers, the inactivity
 * timeout) is paired with each slow task (opening a file, saving one). The slow part (key
 * derivation) is a promise the test resolves by hand after the wipe; inactivity runs on XState's
 * SimulatedClock. Afterwards the file's answers must not come back and no download may start.
 */
const MIN = 60_000;

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function setup() {
  const { controls, state } = fakeControls({ county: 'Alameda' });
  const clock = new SimulatedClock();
  const opening = deferred<DecryptResult>();
  const saving = deferred<string>();
  const download = vi.fn();
  const navigate = vi.fn();
  render(
    <ExitProvider controls={controls} navigate={navigate}>
      <ExitThisPageButton />
      <SessionActions
        controls={controls}
        download={download}
        readFile={() => Promise.resolve(new TextEncoder().encode('{"format":"qa-notes"}'))}
        decrypt={() => opening.promise}
        encrypt={() => saving.promise}
      />
      <InactivityGuard controls={controls} clock={clock} now={() => clock.now()} />
    </ExitProvider>,
  );
  return { controls, state, clock, opening, saving, download, navigate };
}

type Ctx = ReturnType<typeof setup>;

async function startOpening() {
  fireEvent.click(screen.getByRole('button', { name: 'Open saved answers' }));
  const dialog = screen.getByRole('dialog', { name: 'Open saved answers' });
  fireEvent.change(within(dialog).getByLabelText('Saved file'), { target: { files: [new File(['x'], 'notes.txt')] } });
  fireEvent.change(within(dialog).getByLabelText('Passphrase', { exact: true }), {
    target: { value: 'river stone lamp' },
  });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
  await screen.findByText('Opening. This can take a few seconds.');
}

async function startSaving() {
  fireEvent.click(screen.getByRole('button', { name: 'Save my answers to a file' }));
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  fireEvent.change(screen.getByLabelText('Choose a passphrase'), { target: { value: 'river stone lamp' } });
  fireEvent.change(screen.getByLabelText('Type the passphrase again'), { target: { value: 'river stone lamp' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save the file' }));
  await screen.findByText('Saving. This can take a few seconds.');
}

const wipes: Record<string, (ctx: Ctx) => void> = {
  'Exit this page': () => fireEvent.click(screen.getByRole('button', { name: 'Exit this page' })),
  'Clear my answers': () => {
    fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
  },
  'the inactivity timeout': ({ clock }) => act(() => clock.increment(15 * MIN)),
};

afterEach(() => {
  document.documentElement.classList.remove(EXITING_CLASS);
  document.getElementById(OVERLAY_ID)?.remove();
});

describe('a wipe cancels work in flight', () => {
  for (const [wipe, doWipe] of Object.entries(wipes)) {
    it(`${wipe} while a file is opening: its answers never come back`, async () => {
      const ctx = setup();
      await startOpening();
      doWipe(ctx);
      expect(ctx.controls.wipe).toHaveBeenCalledTimes(1);
      await act(async () => {
        ctx.opening.resolve({ ok: true, payload: { v: 1, answers: { county: 'Kern' } }, savedAt: undefined });
        await ctx.opening.promise;
      });
      expect(ctx.controls.restore).not.toHaveBeenCalled();
      expect(ctx.state.answers).toBeNull();
      expect(screen.queryByText('Your saved answers are back.')).toBeNull();
    });

    it(`${wipe} while a file is being saved: no download starts`, async () => {
      const ctx = setup();
      await startSaving();
      doWipe(ctx);
      expect(ctx.controls.wipe).toHaveBeenCalledTimes(1);
      await act(async () => {
        ctx.saving.resolve('{"format":"qa-notes","v":1}');
        await ctx.saving.promise;
      });
      expect(ctx.download).not.toHaveBeenCalled();
      expect(screen.queryByText(/Your file is saved/)).toBeNull();
    });
  }

  it('without a wipe the same work completes (the test can fail)', async () => {
    const ctx = setup();
    await startSaving();
    await act(async () => {
      ctx.saving.resolve('{"format":"qa-notes","v":1}');
      await ctx.saving.promise;
    });
    expect(ctx.download).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await startOpening();
    await act(async () => {
      ctx.opening.resolve({ ok: true, payload: { v: 1, answers: { county: 'Kern' } }, savedAt: undefined });
      await ctx.opening.promise;
    });
    expect(ctx.controls.restore).toHaveBeenCalledTimes(1);
    expect(ctx.state.answers).toEqual({ county: 'Kern' });
  });
});
