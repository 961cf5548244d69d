import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { idleBrowser } from '@/testing/idle-browser';

import { Fold } from './fold';

const fold = () =>
  render(
    <Fold className="fold" summaryClassName="fold__summary" summary="Why this route">
      <p>The court can erase the record.</p>
    </Fold>,
  );
const inside = () => screen.queryByText('The court can erase the record.');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a folded part of the results', () => {
  it('renders its inside in the browser’s idle time, still folded, so find-in-page reaches it', () => {
    const browser = idleBrowser();
    fold();
    expect(inside()).not.toBeInTheDocument();
    // At the latest after a second, even when the browser sees no idle time at all.
    expect([...browser.waiting.values()].map((w) => w.timeout)).toEqual([1000]);
    browser.idle();
    expect(inside()).toBeInTheDocument();
    expect(inside()!.closest('details')).not.toHaveAttribute('open');
  });

  it('renders its inside at once when opened before then, and stops waiting', () => {
    const browser = idleBrowser();
    fold();
    fireEvent.click(screen.getByText('Why this route'));
    expect(inside()).toBeVisible();
    expect(browser.waiting.size).toBe(0);
  });

  it('without idle callbacks (Safari), renders its inside after a second', () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('requestIdleCallback', undefined);
      fold();
      expect(inside()).not.toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(inside()).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
