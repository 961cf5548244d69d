import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { i18n } from './config';
import { keyExists, useTranslation } from './use-translation';

function ContinueButton({ seen }: { seen: string[] }) {
  const { t } = useTranslation('common');
  seen.push(t('continue'));
  return <button type="button">{t('continue')}</button>;
}

describe('a component’s words', () => {
  it('follow a language switch, and never show a key while the new language loads', async () => {
    const seen: string[] = [];
    render(<ContinueButton seen={seen} />);
    expect(screen.getByRole('button')).toHaveTextContent('Continue');
    await act(() => i18n.changeLanguage('es'));
    expect(screen.getByRole('button')).toHaveTextContent('Continuar');
    expect(seen).not.toContain('continue');
  });

  it('know when a key is there, and learn of strings added later', () => {
    expect(keyExists('common', 'continue')).toBe(true);
    expect(keyExists('common', 'testOnly.addedLater')).toBe(false);
    i18n.addResource('en', 'common', 'testOnly.addedLater', 'Here now');
    expect(keyExists('common', 'testOnly.addedLater')).toBe(true);
  });
});
