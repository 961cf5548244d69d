import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ResultsPage } from '@/features/results/results-page';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { renderAtStep } from '@/testing/render';

import { App } from './app';

const OPEN = 'See every question (the interview map)';
const CLOSE = 'Back to where I was';
const MAP = { level: 1, name: 'The whole interview as a map' } as const;

describe('reaching the interview map', () => {
  it('opens from the start page and closes back to it', async () => {
    const user = userEvent.setup();
    render(<App />);
    // One in the start page's text for students, one in the footer on every page.
    expect(screen.getAllByRole('button', { name: OPEN })).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: OPEN })[0]!);
    expect(screen.getByRole('heading', MAP)).toHaveFocus();
    await user.click(screen.getAllByRole('button', { name: CLOSE })[0]!);
    expect(screen.queryByRole('heading', MAP)).not.toBeInTheDocument();
    // Back on the control that opened it, as after any dialog: the same place on the page.
    expect(screen.getAllByRole('button', { name: OPEN })[0]).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Start' })).toBeVisible();
  });

  it('opens from any question and closes to the same question, a choice not yet sent still chosen', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('radio', { name: 'For myself' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: 'No' }));
    const question = screen.getByRole('heading', { level: 1 }).textContent ?? '';

    await user.click(screen.getByRole('button', { name: OPEN }));
    expect(screen.getByRole('heading', MAP)).toHaveFocus();
    // The question is kept under the map, out of sight and out of the accessibility tree.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    await user.click(screen.getAllByRole('button', { name: CLOSE })[1]!);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(question);
    expect(screen.getByRole('button', { name: OPEN })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
  });

  it('is offered on the results to someone learning the law, and not in the survivor’s results', async () => {
    const onShowMap = vi.fn();
    const { user, unmount } = renderAtStep(<ResultsPage onStartAgain={vi.fn()} onShowMap={onShowMap} />, {
      step: 'results',
      answers: pettyTheftTiedToTrafficking({ audience: 'learner' }),
    });
    await user.click(screen.getByRole('button', { name: OPEN }));
    expect(onShowMap).toHaveBeenCalledTimes(1);
    unmount();

    renderAtStep(<ResultsPage onStartAgain={vi.fn()} onShowMap={onShowMap} />, {
      step: 'results',
      answers: pettyTheftTiedToTrafficking(),
    });
    expect(screen.queryByRole('button', { name: OPEN })).not.toBeInTheDocument();
  });
});
