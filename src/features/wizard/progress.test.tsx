import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/i18n/config';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';
import { renderAtStep } from '@/testing/render';

import { Wizard } from './wizard';

const noop = () => undefined;
const parts = (name = 'Parts of the questions') => within(screen.getByRole('list', { name })).getAllByRole('listitem');
const current = () => parts().filter((part) => part.getAttribute('aria-current') === 'step');

describe('progress as the parts of the interview', () => {
  it('lists the five parts in order, marks only the current one, and says which are done', () => {
    renderAtStep(<Wizard onShowSafety={noop} />, {
      step: 'recordStage',
      answers: pettyTheftTiedToTrafficking({ records: [{ id: 'r1' }] }),
    });
    expect(parts().map((part) => part.textContent)).toEqual([
      'About you (done)',
      'What happened (done)',
      'Your records',
      'Papers and status',
      'Check your answers',
    ]);
    expect(current()).toHaveLength(1);
    expect(current()[0]).toHaveTextContent('Your records');
  });

  it('shows no count of questions, which would jump as answers open or close questions', () => {
    renderAtStep(<Wizard onShowSafety={noop} />, { step: 'harms', answers: { records: [] } });
    expect(screen.queryByText(/\d/, { selector: '.progress, .progress *' })).not.toBeInTheDocument();
    expect(current()[0]).toHaveTextContent('What happened');
  });

  it('keeps the same place whatever an answer opens: a yes to trafficking adds questions, not a new part', async () => {
    const { user } = renderAtStep(<Wizard onShowSafety={noop} />, {
      step: 'harms',
      answers: { records: [] },
    });
    const before = parts().map((part) => part.textContent);
    await user.click(screen.getByRole('checkbox', { name: /^Made to work/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(parts().map((part) => part.textContent)).toEqual(before);
  });

  it('is on the list of records too, in the records part', () => {
    renderAtStep(<Wizard onShowSafety={noop} />, { step: 'records', answers: pettyTheftTiedToTrafficking() });
    expect(current()[0]).toHaveTextContent('Your records');
  });

  it('reads in Spanish', async () => {
    await i18n.changeLanguage('es');
    try {
      renderAtStep(<Wizard onShowSafety={noop} />, { step: 'evidence', answers: pettyTheftTiedToTrafficking() });
      const items = parts('Partes de las preguntas');
      expect(items.find((part) => part.getAttribute('aria-current') === 'step')).toHaveTextContent(
        'Documentos y estatus',
      );
      expect(items[0]).toHaveTextContent('Sobre usted (terminada)');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
