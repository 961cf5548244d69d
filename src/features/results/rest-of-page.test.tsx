import { screen, within } from '@testing-library/react';
import type * as ReactModule from 'react';
import { describe, expect, it, vi } from 'vitest';

import type { Answers } from '@/machines/answers';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { renderAtStep } from '@/testing/render';

import { ResultsPage } from './results-page';

/**
 * The moment between the answer's paint and the background render of the rest of the page
 * (after-paint.ts). Testing Library finishes every render before it returns, so here React's
 * deferred value is held at its first value: the background render has not happened yet.
 */
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof ReactModule>();
  return { ...react, useDeferredValue: <T,>(value: T, initial?: T) => (initial === undefined ? value : initial) };
});

const show = (answers: Answers) => renderAtStep(<ResultsPage onStartAgain={vi.fn()} />, { step: 'results', answers });
const helpLines = () => screen.queryByRole('heading', { level: 2, name: 'Help you can reach now' });

describe('the first screen of the results, before the rest of the page', { timeout: 20_000 }, () => {
  it('answers first: the summary and next steps are there; details, help lines and the rest follow', () => {
    show(pettyTheftTiedToTrafficking());
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What to ask about first' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What you can do next' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Record 1:/ })).not.toBeInTheDocument();
    expect(helpLines()).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Summary for a lawyer' })).not.toBeInTheDocument();
  });

  it('a jump to the help lines renders them first, then moves there', async () => {
    const { user } = show(pettyTheftTiedToTrafficking({ situation: 'ongoing', soughtHelp: 'no' }));
    const safety = screen.getByRole('region', { name: 'Safety first' });
    await user.click(within(safety).getByRole('button', { name: 'All help lines' }));
    expect(helpLines()).toHaveFocus();
  });

  it('a jump to a record renders its details first, then moves there', async () => {
    const { user } = show(pettyTheftTiedToTrafficking());
    const summary = screen.getByRole('region', { name: 'What to ask about first' });
    await user.click(within(summary).getByRole('button', { name: /^Record 1/ }));
    expect(screen.getByRole('heading', { level: 2, name: /^Record 1:/ })).toHaveFocus();
  });

  it('printing renders the summary for a lawyer at once: the printout is that summary', () => {
    show(pettyTheftTiedToTrafficking());
    window.dispatchEvent(new Event('beforeprint'));
    const article = document.querySelector('article.attorney-summary');
    expect(article).toHaveTextContent('Date screened');
    expect(article).toHaveTextContent('A letter from a support service');
  });
});
