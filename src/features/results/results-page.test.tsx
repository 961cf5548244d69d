import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { Answers } from '@/machines/answers';
import { harmRepliesFor } from '@/machines/replies';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { openEveryFold } from '@/testing/folds';
import { renderAtStep } from '@/testing/render';

import { ResultsPage } from './results-page';

const base = pettyTheftTiedToTrafficking();
const robbery = { ...base.records[0]!, id: 'r2', offense: 'PC 211' };

const show = (answers: Answers) => renderAtStep(<ResultsPage onStartAgain={vi.fn()} />, { step: 'results', answers });

/** The summary card of one record: the list item in "What to ask about first". */
const summaryCard = (record: number) =>
  within(screen.getByRole('region', { name: 'What to ask about first' })).getAllByRole('listitem')[record - 1]!;

/** `a` comes before `b` in reading order. */
const before = (a: Element, b: Element) =>
  expect(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

describe('results: summary first', { timeout: 20_000 }, () => {
  it('opens with each record’s recommended route, how likely it looks and one next step', () => {
    show(base);
    const card = summaryCard(1);
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(/^Record 1: .*PC 488/);
    expect(card).toHaveTextContent(
      /Looks likely Ask about first: Clearing a record for trafficking survivors \(PC 236\.14\)/,
    );
    expect(within(card).getByText('Looks likely')).toBeInTheDocument();
    expect(card).toHaveTextContent(/Next: File .*superior court/);
    // The summary comes before the details of the same record.
    before(card, screen.getByRole('region', { name: /^Record 1:/ }));
  });

  it('keeps "not legal advice" in one line, with the rest a tap away', async () => {
    const { user } = show(base);
    const line = screen.getByText('This is not legal advice.');
    const disclosure = line.closest('details')!;
    expect(disclosure).not.toHaveAttribute('open');
    before(disclosure, screen.getByRole('region', { name: 'What to ask about first' }));
    await user.click(within(disclosure).getByText('Read more'));
    expect(disclosure).toHaveAttribute('open');
    expect(within(disclosure).getByText(/Only a court can clear a record/)).toBeVisible();
    expect(within(disclosure).getByText(/last checked on November 28, 2026/)).toBeVisible();
  });

  it('folds the details: the recommended route explained element by element, other routes, and a count of the rest', () => {
    show(base);
    const record = screen.getByRole('region', { name: /^Record 1: .*PC 488/ });
    const recommended = within(record)
      .getByRole('heading', { level: 3, name: /human trafficking \(PC 236\.14\)/ })
      .closest('details')!;
    expect(recommended).not.toHaveAttribute('open');
    expect(within(recommended).getByText('Suggested first')).toBeInTheDocument();
    // Folded, the why waits for the browser's idle time (fold.tsx); one press on its summary shows it now.
    expect(within(recommended).queryByRole('heading', { name: 'What to do next' })).not.toBeInTheDocument();
    fireEvent.click(within(recommended).getByText('Suggested first'));
    expect(recommended).toHaveAttribute('open');
    expect(within(recommended).getByText('You may qualify, and it looks likely')).toBeInTheDocument();
    expect(within(recommended).getByRole('heading', { name: 'What to do next' })).toBeInTheDocument();
    expect(within(recommended).getAllByRole('link', { name: /236\.14/ }).length).toBeGreaterThan(0);
    expect(
      within(record)
        .getByText(/^\d+ other routes? to ask about$/)
        .closest('details'),
    ).not.toHaveAttribute('open');
    // Routes that do not fit this kind of record are counted, never listed, even with every part open.
    expect(within(record).getByText(/^\d+ other ways that do not fit this kind of record$/)).toBeInTheDocument();
    openEveryFold(record);
    expect(within(record).getByRole('heading', { level: 3, name: /PC 1203\.4/ })).toBeInTheDocument();
    expect(within(record).queryByRole('heading', { name: /PC 851\.91/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Safety first' })).not.toBeInTheDocument();
  });

  it('with several records, sums each one up first and jumps to its details', async () => {
    const { user } = show({ ...base, records: [base.records[0]!, robbery] });
    expect(
      within(screen.getByRole('region', { name: 'What to ask about first' })).getAllByRole('listitem'),
    ).toHaveLength(2);
    expect(summaryCard(1)).toHaveTextContent('Looks likely');
    // One line each: the code comes first, so a name cut short on a phone still says which record.
    expect(within(summaryCard(2)).getByRole('heading', { level: 3 })).toHaveTextContent(/^Record 2 · PC 211 · Robbery/);
    // With several records, one next step for the whole case instead of one per card.
    expect(summaryCard(1)).not.toHaveTextContent('Next:');
    const summary = screen.getByRole('region', { name: 'What to ask about first' });
    expect(summary).toHaveTextContent(/Next: Ask for free legal help/);
    await user.click(within(summary).getByRole('button', { name: 'All next steps' }));
    expect(screen.getByRole('heading', { level: 2, name: 'What you can do next' })).toHaveFocus();
    await user.click(within(summaryCard(2)).getByRole('button', { name: /^Record 2 · PC 211/ }));
    expect(screen.getByRole('heading', { level: 2, name: /^Record 2:/ })).toHaveFocus();
  });

  it('when no route fits yet, says so, points to free legal help and names what could open later', () => {
    show({ ...base, harms: harmRepliesFor([], 'none'), records: [{ ...robbery, id: 'r1', sentenceDone: 'no' }] });
    const card = summaryCard(1);
    expect(card).toHaveTextContent('No route fits yet on these answers.');
    expect(card).toHaveTextContent(/Next: Free legal help can look at this record with you/);
    expect(card).toHaveTextContent(/Maybe later: .*PC 1203\.4.*Not yet/);
  });
});

describe('results: safety and caution', { timeout: 20_000 }, () => {
  it('leads with safety when the harm is still going on and no help was sought', () => {
    show({ ...base, situation: 'ongoing', soughtHelp: 'no' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Safety first');
    const safety = screen.getByRole('region', { name: 'Safety first' });
    expect(within(safety).getByRole('link', { name: 'Call 1-888-373-7888' })).toHaveAttribute(
      'href',
      'tel:+18883737888',
    );
    expect(within(safety).getByRole('link', { name: 'Call 911' })).toBeInTheDocument();
    // Compact: every other line is further down, one tap away.
    expect(within(safety).queryByRole('heading', { name: 'Help you can reach now' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Help you can reach now' })).toBeInTheDocument();
  });

  it('also leads with safety when the person said now may not be a safe time', async () => {
    const { user } = show({ ...base, safeNow: 'unsure' });
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Safety first');
    await user.click(screen.getByRole('button', { name: 'All help lines' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Help you can reach now' })).toHaveFocus();
  });

  it('never leads with safety for a learner who was not asked', () => {
    show({ ...base, audience: 'learner', safeNow: 'unsure' });
    expect(screen.queryByRole('heading', { name: 'Safety first' })).not.toBeInTheDocument();
  });

  it('tells a person who may not be a citizen to see an immigration lawyer first', () => {
    show({ ...base, noncitizen: 'unsure' });
    expect(screen.getByRole('heading', { name: 'Talk to an immigration lawyer first' })).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'What you can do next' });
    expect(within(next).getAllByRole('listitem')[0]).toHaveTextContent(
      'Talk to an immigration lawyer before you file anything.',
    );
  });
});

describe('results: what you can do next', { timeout: 20_000 }, () => {
  it('is one ordered list for the whole case: papers, free legal help, and the court finder', () => {
    show({ ...base, records: [base.records[0]!, robbery] });
    expect(screen.getAllByRole('heading', { name: 'What you can do next' })).toHaveLength(1);
    const next = screen.getByRole('region', { name: 'What you can do next' });
    const list = within(next).getAllByRole('list')[0]!;
    expect(list.tagName).toBe('OL');
    expect(next).toHaveTextContent(/Gather these papers:.*Get a copy of your record/);
    expect(within(next).getByRole('link', { name: /lawhelpca\.org/ })).toHaveAttribute(
      'href',
      'https://www.lawhelpca.org',
    );
    expect(within(next).getByRole('link', { name: /Find your court/ })).toHaveAttribute(
      'href',
      'https://www.courts.ca.gov/find-my-court.htm',
    );
    expect(next).toHaveTextContent(/file in the superior court that convicted you/);
  });

  it('never shows a dead end: an ineligible record still gets next steps and help', () => {
    show({ ...base, records: [{ ...robbery, id: 'r1' }] });
    const record = screen.getByRole('region', { name: /^Record 1:/ });
    openEveryFold(record);
    expect(within(record).getAllByRole('heading', { name: 'What to do next' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'What you can do next' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Help you can reach now' })).toBeInTheDocument();
  });
});

describe('results: page actions', { timeout: 20_000 }, () => {
  it('prints only when asked, after saying where a printout stays', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = show(base);
    // One print button: it prints the summary for a lawyer (print CSS leaves the rest out).
    expect(screen.queryByRole('button', { name: 'Print these results' })).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Print or save as PDF' });
    expect(button).toHaveAccessibleDescription(/stays behind/);
    expect(print).not.toHaveBeenCalled();
    await user.click(button);
    expect(print).toHaveBeenCalledOnce();
  });

  it('speaks about the person for a helper', () => {
    show({ ...base, audience: 'helper' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results for the person');
  });
});
