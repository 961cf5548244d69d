import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { i18n } from '@/i18n/config';
import { emptyAnswers } from '@/machines/answers';
import { RECORD_STEPS } from '@/machines/flow';
import { SECTIONS } from '@/machines/question-kinds';
import { QUESTIONS } from '@/machines/questions';
import { renderAtStep } from '@/testing/render';

import { InterviewMap } from './interview-map';

const words = (key: string, options?: Record<string, unknown>) =>
  (i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string)(key, { ns: 'wizard', ...options });
/** The words a question shows the person, in the "self" voice (the default before any answer). */
const selfVoice = (key: string) => (i18n.exists(`${key}.self`, { ns: 'wizard' }) ? words(`${key}.self`) : words(key));
const heading = (id: string) => selfVoice(`steps.${id}.heading`);
const show = (onClose = vi.fn()) => ({
  onClose,
  ...renderAtStep(<InterviewMap onClose={onClose} />, { step: 'audience', answers: emptyAnswers() }),
});
/** The list item of one page of the table, found by its heading. */
const itemOf = (id: string) => screen.getByRole('heading', { level: 3, name: heading(id) }).closest('li')!;

describe('the interview map', () => {
  it('takes focus on its title and lists the parts of the interview in order, then the results', () => {
    show();
    expect(screen.getByRole('heading', { level: 1, name: 'The whole interview as a map' })).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      ...SECTIONS.map((section) => selfVoice(`sections.${section}`)),
      'Results',
    ]);
  });

  it('shows every page of the question table, in table order, each once', () => {
    show();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      QUESTIONS.map((page) => heading(page.id)),
    );
  });

  it('lists the answers to choose from for a question with options', () => {
    show();
    const options = within(itemOf('recordCourt'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(options).toEqual(['California', 'Another state', 'A federal case', 'I’m not sure', 'I’d rather not say']);
  });

  it('groups exactly the questions asked once per record, and says so', () => {
    show();
    const group = screen.getByText('Asked once for each record:').closest('li')!;
    expect(
      within(group)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(RECORD_STEPS.map(heading));
  });

  it('says in words when each conditional question is asked, from the words kept with its condition', () => {
    show();
    for (const page of QUESTIONS) {
      const item = within(itemOf(page.id));
      const says = page.applies?.says ?? [];
      if (says.length === 0) expect(item.getByText('Asked of everyone.')).toBeInTheDocument();
      for (const key of says) expect(item.getByText(words(`conditions.${key}`))).toBeInTheDocument();
    }
    const sentence = within(itemOf('recordSentenceKind'));
    expect(sentence.getByText('Asked only when all of these are true:')).toBeInTheDocument();
    expect(sentence.getByText('The record is a conviction.')).toBeInTheDocument();
    expect(sentence.getByText('The record is not from another state or a federal court.')).toBeInTheDocument();
  });

  it('marks the pages that ask nothing, and describes controls without options', () => {
    show();
    expect(within(itemOf('contentNote')).getByText('A page to read. It asks nothing.')).toBeInTheDocument();
    expect(within(itemOf('recordOffense')).getByText(/Search a list of offenses/)).toBeInTheDocument();
  });

  it('says where a page’s own choices come from, beside the ones in the table (which harm)', () => {
    show();
    const whichHarm = within(itemOf('recordWhichHarm'));
    expect(whichHarm.getByText(/Tick any of the kinds of harm the person said yes/)).toBeInTheDocument();
  });

  it('reads in Spanish', async () => {
    await i18n.changeLanguage('es');
    show();
    expect(screen.getByRole('heading', { level: 1, name: 'Toda la entrevista como un mapa' })).toBeInTheDocument();
    expect(within(itemOf('recordSentence')).getByText(words('conditions.finishedCase'))).toBeInTheDocument();
    expect(words('conditions.finishedCase')).toMatch(/^El antecedente/);
  });

  it('closes with its button (twice: above and below the map)', async () => {
    const { user, onClose } = show();
    const buttons = screen.getAllByRole('button', { name: 'Back to where I was' });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]!);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
