import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { renderAtStep } from '@/testing/render';

import { ResultsPage } from './results-page';

const show = () =>
  renderAtStep(<ResultsPage onStartAgain={vi.fn()} />, { step: 'results', answers: pettyTheftTiedToTrafficking() });

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('summary for a lawyer on the results page', () => {
  it('is folded on screen behind a button that says whether it is open', async () => {
    const { user } = show();
    const section = screen.getByRole('region', { name: 'Summary for a lawyer' });
    const toggle = within(section).getByRole('button', { name: 'Show the summary' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('article', { name: 'Screening summary for a lawyer' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(within(section).getByRole('button', { name: 'Hide the summary' })).toHaveAttribute('aria-expanded', 'true');
    const summary = screen.getByRole('article', { name: 'Screening summary for a lawyer' });
    expect(within(summary).getByText('Date screened')).toBeInTheDocument();
    expect(within(summary).getByText('A letter from a support service')).toBeInTheDocument();
    expect(within(summary).getAllByRole('link', { name: /236\.14/ }).length).toBeGreaterThan(0);
  });

  it('is whole in the page, though folded on screen, when printing starts', () => {
    show();
    window.dispatchEvent(new Event('beforeprint'));
    const article = document.querySelector('article.attorney-summary');
    expect(article).toHaveTextContent('Date screened');
    expect(article).toHaveTextContent('A letter from a support service');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('copies the same summary as plain text, to the clipboard only, and says so', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    const { user } = show();
    mockClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(writeText).toHaveBeenCalledOnce();
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('SCREENING SUMMARY FOR A LAWYER');
    expect(text).toContain('Papers that could help: A letter from a support service');
    expect(text).toMatch(/Record 1: .*PC 488/);
    const copied = await screen.findByText('Copied. You can paste it into your notes.');
    expect(copied).toHaveAttribute('role', 'status');
  });

  it('says calmly when the browser will not copy', async () => {
    const { user } = show();
    mockClipboard(() => Promise.reject(new Error('denied')));
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText(/did not let us copy/)).toBeInTheDocument();
  });

  it('warns that a printout or copied text stays behind', () => {
    show();
    expect(screen.getByRole('button', { name: 'Copy as text' })).toHaveAccessibleDescription(/stays behind/);
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toHaveAccessibleDescription(/stays behind/);
  });
});
