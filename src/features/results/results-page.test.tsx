import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '@/machines/answers';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { renderAtStep } from '@/testing/render';
import { ResultsPage } from './results-page';

const base = pettyTheftTiedToTrafficking();

const show = (answers: Answers) => renderAtStep(<ResultsPage onStartAgain={vi.fn()} />, { step: 'results', answers });

describe('results', () => {
  it('explains each record, element by element with the statute, and ends with next steps', () => {
    show(base);
    const record = screen.getByRole('region', { name: /^Record 1: .*PC 488/ });
    const vacatur = within(record).getByText(/human trafficking \(PC 236\.14\)/, { selector: 'summary *' }).closest('details')!;
    expect(vacatur).toHaveAttribute('open');
    expect(within(vacatur).getByText('You may qualify, and it looks likely')).toBeInTheDocument();
    expect(within(vacatur).getByRole('heading', { name: 'What to do next' })).toBeInTheDocument();
    expect(within(vacatur).getAllByRole('link', { name: /236\.14/ }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'Safety first' })).not.toBeInTheDocument();
    expect(screen.getByText(/last checked on November 28, 2026/)).toBeInTheDocument();
    expect(screen.getByText(/This is a first check, not legal advice/)).toBeInTheDocument();
  });

  it('leads with safety when the harm is still going on and no help was sought', () => {
    show({ ...base, situation: 'ongoing', soughtHelp: 'no' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Safety first');
    expect(screen.getAllByRole('link', { name: 'Call 1-888-373-7888' }).length).toBeGreaterThan(0);
  });

  it('tells a person who may not be a citizen to see an immigration lawyer first', () => {
    show({ ...base, noncitizen: 'unsure' });
    expect(screen.getByRole('heading', { name: 'Talk to an immigration lawyer first' })).toBeInTheDocument();
  });

  it('never shows a dead end: an ineligible record still gets next steps and help', () => {
    show({ ...base, records: [{ ...base.records[0]!, offense: 'PC 211' }] });
    const record = screen.getByRole('region', { name: /^Record 1:/ });
    expect(within(record).getAllByRole('heading', { name: 'What to do next' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Next steps for everyone' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Help you can reach now' })).toBeInTheDocument();
  });

  it('prints only when asked, after saying where a printout stays', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = show(base);
    const button = screen.getByRole('button', { name: 'Print these results' });
    expect(button).toHaveAccessibleDescription(/stays on paper or on this device/);
    expect(print).not.toHaveBeenCalled();
    await user.click(button);
    expect(print).toHaveBeenCalledOnce();
  });

  it('with several records, sums them up first and jumps to each one', async () => {
    const { user } = show({ ...base, records: [base.records[0]!, { ...base.records[0]!, id: 'r2', offense: 'PC 211' }] });
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(within(glance).getAllByRole('listitem')).toHaveLength(2);
    expect(within(glance).getAllByRole('listitem')[0]).toHaveTextContent('it looks likely');
    await user.click(within(glance).getByRole('button', { name: /^Record 2:/ }));
    expect(screen.getByRole('heading', { level: 2, name: /^Record 2:/ })).toHaveFocus();
  });

  it('speaks about the person for a helper', () => {
    show({ ...base, audience: 'helper' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results for the person');
  });
});
