import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** The browser's idle callbacks, run when the test says the browser is idle. */
export function idleBrowser() {
  const waiting = new Map<number, { run: () => void; timeout?: number }>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => {
    waiting.set(next, { run, timeout: options?.timeout });
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
  return {
    waiting,
    idle: () =>
      act(() => {
        for (const [handle, { run }] of waiting) {
          waiting.delete(handle);
          run();
        }
      }),
  };
}
