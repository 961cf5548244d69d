import { afterEach, describe, expect, it } from 'vitest';

import { forgetExtraEntry, isExtraEntry, pushExtraEntry } from '@/lib/history-entries';

import { isFramed, prepareHistory, refuseToRunFramed } from './startup';

afterEach(() => window.history.replaceState(null, ''));

describe('refusing to run framed', () => {
  it('runs normally in its own tab', () => {
    const root = document.createElement('div');
    expect(isFramed()).toBe(false);
    expect(refuseToRunFramed(root)).toBe(false);
    expect(root.childNodes).toHaveLength(0);
  });

  it('inside a frame (or when the top cannot be read), shows only a note and a link to its own tab', () => {
    const root = document.createElement('div');
    const framed = { self: {}, top: {}, location: { href: 'https://example.org/app/' } } as unknown as Window;
    expect(refuseToRunFramed(root, framed)).toBe(true);
    expect(root).toHaveTextContent('For your privacy, this tool does not work inside another website.');
    const link = root.querySelector('a');
    expect(link).toHaveAttribute('target', '_top');
    expect(link).toHaveAttribute('href', 'https://example.org/app/');
    const hostile = {
      self: {},
      get top(): Window {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    } as unknown as Window;
    expect(isFramed(hostile)).toBe(true);
  });
});

describe('history at startup', () => {
  it('an old extra entry becomes a plain one', () => {
    pushExtraEntry();
    expect(isExtraEntry()).toBe(true);
    prepareHistory();
    expect(isExtraEntry()).toBe(false);
    expect(() => forgetExtraEntry()).not.toThrow();
  });
});
