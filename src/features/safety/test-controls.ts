import { vi } from 'vitest';

import type { SessionControls } from '@/lib/session-controls';

/** A stand-in for the app's SessionControls: answers in a plain object, every method a spy. */
export function fakeControls(
  initial: Record<string, unknown> | null = { county: 'Alameda' },
  opts: { accept?: boolean } = {},
) {
  const state = { answers: initial, wipes: 0 };
  const controls = {
    wipe: vi.fn(() => {
      state.answers = null;
      state.wipes += 1;
    }),
    generation: () => state.wipes,
    hasAnswers: vi.fn(() => state.answers !== null && Object.keys(state.answers).length > 0),
    answersForSave: vi.fn(() => ({ v: 1, answers: state.answers })),
    restore: vi.fn((payload: unknown) => {
      if (opts.accept === false) return false;
      const p = payload as { answers?: Record<string, unknown> } | null;
      if (!p || typeof p !== 'object' || !p.answers) return false;
      state.answers = p.answers;
      return true;
    }),
  } satisfies SessionControls;
  return { controls, state };
}
