import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { i18n } from '@/i18n/config';

import { OffenseSearch } from './offense-search';

function Harness({ onSubmit, onChange }: { onSubmit: () => void; onChange?: (value: string) => void }) {
  const [query, setQuery] = useState('');
  const [value, setValue] = useState<string | undefined>();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor="offense">What was the record for?</label>
      <OffenseSearch
        inputId="offense"
        describedBy=""
        invalid={false}
        query={query}
        onQueryChange={setQuery}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange?.(next);
        }}
      />
      <button type="submit">Continue</button>
    </form>
  );
}

const setup = (onChange?: (value: string) => void) => {
  const onSubmit = vi.fn();
  const user = userEvent.setup();
  render(<Harness onSubmit={onSubmit} onChange={onChange} />);
  return { user, onSubmit, box: screen.getByRole('searchbox', { name: 'What was the record for?' }) };
};

describe('OffenseSearch', () => {
  it('finds shoplifting despite a typo, and picking it gives the code', async () => {
    const onChange = vi.fn();
    const { user, box } = setup(onChange);
    await user.type(box, 'shoplifing');
    await user.click(screen.getByRole('radio', { name: /shoplifting.*PC 459\.5/ }));
    expect(onChange).toHaveBeenCalledWith('PC 459.5');
  });

  it('gives theft and robbery each a one-line description that tells them apart', async () => {
    const { user, box } = setup();
    await user.type(box, 'PC 484');
    expect(screen.getByRole('radio', { name: /Theft.*PC 484\)/ })).toHaveAccessibleDescription(
      /without force or threats/,
    );
    await user.clear(box);
    await user.type(box, '211');
    expect(screen.getByRole('radio', { name: /Robbery.*PC 211\)/ })).toHaveAccessibleDescription(/by force or fear/);
  });

  it('offers "use what I typed" for words it does not know, and says there are no matches', async () => {
    const onChange = vi.fn();
    const { user, box } = setup(onChange);
    await user.type(box, 'qwzx blorp');
    const group = screen.getByRole('group', { name: '0 matches' });
    expect(within(group).getByText(/No matches/)).toBeInTheDocument();
    const typed = within(group).getByRole('radio', { name: 'Use “qwzx blorp” as I typed it' });
    expect(typed).toHaveAccessibleDescription(/offense we do not know/);
    await user.click(typed);
    expect(onChange).toHaveBeenCalledWith('qwzx blorp');
  });

  it('keeps a typed answer choosable while other words are tried', async () => {
    const { user, box } = setup();
    await user.type(box, 'qwzx');
    await user.click(screen.getByRole('radio', { name: 'Use “qwzx” as I typed it' }));
    await user.clear(box);
    await user.type(box, 'theft');
    expect(screen.getByRole('radio', { name: 'Use “qwzx” as I typed it' })).toBeChecked();
  });

  it('searches on Enter and never submits the page', async () => {
    const { user, box, onSubmit } = setup();
    await user.type(box, 'meth{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(box).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/\d+ match/);
  });

  it('keeps the list short enough to sit above a phone keyboard', async () => {
    const { user, box } = setup();
    await user.type(box, 'theft');
    const matches = screen
      .getAllByRole('radio')
      .filter((radio) => /^(PC|HS|VC|BP|WI|USC) /.test((radio as HTMLInputElement).value));
    expect(matches.length).toBeLessThanOrEqual(6);
  });

  it('always offers "I don’t know" and "I’d rather not say"', () => {
    setup();
    expect(screen.getByRole('radio', { name: 'I don’t know what it was for' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'I’d rather not say' })).toBeInTheDocument();
  });

  it('speaks Spanish and finds Spanish everyday words', async () => {
    await i18n.changeLanguage('es');
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'robo de tienda');
    expect(screen.getAllByRole('radio')[0]).toHaveAccessibleName(/tienda.*PC 459\.5/);
    expect(screen.getAllByRole('radio')[0]).toHaveAccessibleDescription(/\$950/);
  });
});
