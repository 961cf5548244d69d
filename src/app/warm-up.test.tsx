import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import type * as ReactDomClient from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { emptyAnswers } from '@/machines/answers';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { idleBrowser } from '@/testing/idle-browser';
import { renderAtStep } from '@/testing/render';

import { App } from './app';
import { WarmUpResults } from './next-page-drafts';
import { useWarmUp } from './warm-up';

// Every root React makes, so a test can read the drafts (the roots outside the document).
const roots = vi.hoisted(() => [] as Element[]);
vi.mock('react-dom/client', async (original) => {
  const client = await original<typeof ReactDomClient>();
  return {
    ...client,
    createRoot: (container: Element, options?: Parameters<typeof client.createRoot>[1]) => {
      roots.push(container);
      return client.createRoot(container, options);
    },
  };
});
const drafts = () => roots.filter((container) => !container.isConnected);

afterEach(() => {
  // Unmount while the stubbed idle callbacks are still there to cancel.
  cleanup();
  vi.unstubAllGlobals();
});

/** A next page that records what ran of it. */
function NextPage({ seen }: { seen: string[] }) {
  seen.push('drawn');
  useEffect(() => {
    seen.push('effect');
    document.title = 'changed by the next page';
  }, [seen]);
  return <h1>The next page</h1>;
}

function ThisPage({ seen }: { seen: string[] }) {
  useWarmUp(() => <NextPage seen={seen} />);
  return <h1>This page</h1>;
}

describe('drawing the next page ahead, in idle time', () => {
  it('draws it once the browser is idle, out of the page, with none of its effects', () => {
    const browser = idleBrowser();
    const seen: string[] = [];
    document.title = 'Check if you can clear a record';
    render(<ThisPage seen={seen} />);
    expect(seen).toEqual([]);
    // At the latest after two seconds, even when the browser sees no idle time.
    expect([...browser.waiting.values()].map((w) => w.timeout)).toEqual([2000]);
    browser.idle();
    expect(seen).toContain('drawn');
    expect(seen).not.toContain('effect');
    expect(document.title).toBe('Check if you can clear a record');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByText('The next page')).not.toBeInTheDocument();
  });

  it('throws the draft away in idle time after this page goes, and draws nothing if it went first', () => {
    const browser = idleBrowser();
    const seen: string[] = [];
    const page = render(<ThisPage seen={seen} />);
    browser.idle();
    const draft = drafts().at(-1);
    expect(draft).toHaveTextContent('The next page');
    page.unmount();
    // Stopped at once (the copy of the screening goes with it), the root unmounted in idle time.
    expect(draft).toBeEmptyDOMElement();
    expect(browser.waiting.size).toBe(1);
    browser.idle();
    expect(browser.waiting.size).toBe(0);
    expect(draft).toBeEmptyDOMElement();

    const early: string[] = [];
    render(<ThisPage seen={early} />).unmount();
    expect(browser.waiting.size).toBe(0);
    browser.idle();
    expect(early).toEqual([]);
  });

  it('leaves the start page as it was, and Start still opens the first question', async () => {
    const browser = idleBrowser();
    const user = userEvent.setup();
    render(<App />);
    const start = screen.getByRole('button', { name: 'Start' });
    start.focus();
    browser.idle();
    // The first question, drawn ahead, outside the page.
    expect(drafts().at(-1)).toHaveTextContent('Who are you checking for?');
    expect(start).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByText('Who are you checking for?')).not.toBeInTheDocument();
    await user.click(start);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who are you checking for?');
    browser.idle();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('draws the results ahead on Check your answers, from the answers as they are then', () => {
    const browser = idleBrowser();
    renderAtStep(<WarmUpResults />, {
      step: 'checkAnswers',
      answers: pettyTheftTiedToTrafficking({ audience: 'self' }),
    });
    browser.idle();
    expect(drafts().at(-1)).toHaveTextContent('Your results');
    expect(drafts().at(-1)).toHaveTextContent('PC 488');
  });

  it('draws no results ahead when there is no record to screen yet', () => {
    const browser = idleBrowser();
    renderAtStep(<WarmUpResults />, { step: 'checkAnswers', answers: emptyAnswers() });
    const before = roots.length;
    browser.idle();
    expect(roots.length).toBe(before + 1);
    expect(drafts().at(-1)).toBeEmptyDOMElement();
  });
});
