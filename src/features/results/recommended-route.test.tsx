import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { Answers } from '@/machines/answers';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { openEveryFold } from '@/testing/folds';
import { renderAtStep } from '@/testing/render';

import { ResultsPage } from './results-page';

/**
 * The page shows the route the rules recommend (`best`) first and never ranks pathways itself. On
 * these answers dismissal (PC 1203.4) is `likely` and vacatur (PC 236.14) only `possible`, so a
 * page that sorted by outcome would put the dismissal first, which is wrong for a person who may not
 * be a citizen.
 */
const unsureAboutPapers: Answers = pettyTheftTiedToTrafficking({
  harms: { trafficking: 'unsure', intimatePartnerViolence: 'no', sexualViolence: 'no' },
  noncitizen: 'unsure',
});

const show = (answers: Answers) => renderAtStep(<ResultsPage onStartAgain={vi.fn()} />, { step: 'results', answers });

const VACATUR = /human trafficking \(PC 236\.14\)/;
const DISMISSAL = /expungement \(PC 1203\.4/;

describe('the recommended route', { timeout: 20_000 }, () => {
  it('comes first in the record’s details, named, even when another route looks more likely', () => {
    show(unsureAboutPapers);
    const record = screen.getByRole('region', { name: /^Record 1:/ });
    openEveryFold(record);
    const cards = within(record).getAllByRole('group');
    expect(cards[0]).toHaveTextContent(VACATUR);
    expect(cards[0]).toHaveTextContent('Suggested first');
    expect(cards[0]).toHaveTextContent('It is worth asking a lawyer');
    const dismissal = within(record).getByRole('heading', { level: 3, name: DISMISSAL }).closest('details')!;
    expect(dismissal).toHaveTextContent('it looks likely');
    expect(dismissal).not.toHaveTextContent('Suggested first');
    expect(
      within(record).getByText(
        /^We suggest asking about this first: Clearing a record for survivors of human trafficking/,
      ),
    ).toBeInTheDocument();
  });

  it('is what the summary names for each record', () => {
    show({
      ...unsureAboutPapers,
      records: [unsureAboutPapers.records[0]!, { ...unsureAboutPapers.records[0]!, id: 'r2', offense: 'PC 211' }],
    });
    const items = within(screen.getByRole('region', { name: 'What to ask about first' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/trafficking survivors \(PC 236\.14\)/);
    expect(items[0]).toHaveTextContent('Possible, ask a lawyer');
    // A robbery is a violent felony: vacatur is closed, so the dismissal is the route to ask about.
    expect(items[1]).toHaveTextContent(/expungement \(PC 1203\.4\)/);
  });
});
