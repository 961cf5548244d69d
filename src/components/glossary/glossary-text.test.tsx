import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/i18n/config';

import { GlossaryScope, GlossaryText } from './glossary-text';

describe('GlossaryText', () => {
  it('turns a legal word into a toggle that shows a plain definition in place', async () => {
    const user = userEvent.setup();
    render(
      <p>
        <GlossaryText text="A felony is more serious than a misdemeanor." />
      </p>,
    );
    const felony = screen.getByRole('button', { name: 'felony (what it means)' });
    expect(felony).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(/most serious kind of crime/)).not.toBeVisible();
    await user.click(felony);
    expect(felony).toHaveAttribute('aria-expanded', 'true');
    const definition = document.getElementById(felony.getAttribute('aria-controls')!)!;
    expect(definition).toBeVisible();
    expect(definition).toHaveTextContent('The most serious kind of crime.');
    await user.keyboard('{Escape}');
    expect(felony).toHaveAttribute('aria-expanded', 'false');
    expect(felony).toHaveFocus();
    expect(screen.getByRole('button', { name: 'misdemeanor (what it means)' })).toBeInTheDocument();
  });

  it('marks a word once within a scope', () => {
    render(
      <GlossaryScope>
        <p>
          <GlossaryText text="File a petition." />
        </p>
        <p>
          <GlossaryText text="The petition goes to the prosecutor." />
        </p>
      </GlossaryScope>,
    );
    expect(screen.getAllByRole('button', { name: /petition/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: /prosecutor/ })).toBeInTheDocument();
  });

  it('explains in Spanish on the Spanish page', async () => {
    await i18n.changeLanguage('es');
    const user = userEvent.setup();
    render(<GlossaryText text="Un delito grave es más serio." />);
    await user.click(screen.getByRole('button', { name: 'delito grave (qué significa)' }));
    expect(screen.getByText(/El tipo de delito más serio/)).toBeVisible();
  });
});
