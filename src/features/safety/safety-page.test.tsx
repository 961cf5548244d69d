import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { i18n } from '@/i18n/config';

import { SafetyPage } from './safety-page';

describe('SafetyPage', () => {
  it('covers the safety topics, honestly, and focuses its heading', () => {
    render(<SafetyPage onBack={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Using this tool more safely' })).toHaveFocus();
    for (const name of [
      'Leave this page fast',
      'Use a private window',
      'Shared phones and computers',
      'Your browser history',
      'What this tool keeps',
      'Saved files and downloads',
      'Printing',
      'What this tool cannot hide',
      'Help you can reach now',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    const cannot = screen.getByRole('region', { name: 'What this tool cannot hide' });
    expect(cannot).toHaveTextContent(/search or link that brought you here/);
    expect(cannot).toHaveTextContent(/spyware or monitoring apps/);
    expect(cannot).toHaveTextContent(/account on other devices/);
    expect(screen.getByRole('region', { name: 'What this tool keeps' })).toHaveTextContent('15 minutes');
    expect(screen.getByRole('region', { name: 'Leave this page fast' })).toHaveTextContent('Shift key 3 times');
  });

  it('lists only confirmed help lines, as tel:, sms: and no-referrer links', () => {
    render(<SafetyPage onBack={vi.fn()} />);
    const help = screen.getByRole('region', { name: 'Help you can reach now' });
    const hrefs = within(help)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'tel:911',
      'tel:+18883737888',
      'sms:233733?body=HELP',
      'https://humantraffickinghotline.org',
      'tel:+18007997233',
      'sms:88788?body=START',
      'https://www.thehotline.org',
      'tel:+18006564673',
      'https://rainn.org',
      'tel:988',
      'sms:988',
      'https://988lifeline.org',
      'tel:+18885392373',
      'https://www.castla.org',
      'https://www.lawhelpca.org',
    ]);
    expect(screen.getByRole('link', { name: 'Call 1-888-373-7888' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Text START to 88788' })).toBeInTheDocument();
    for (const link of within(help)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('https:'))) {
      expect(link).toHaveAttribute('rel', 'noreferrer noopener');
      expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
      expect(link).toHaveAccessibleName(/\(opens in a new tab\)$/);
    }
    // Numbers we could not confirm on an official site must never appear.
    const text = document.body.textContent ?? '';
    for (const unverified of ['842-8467', 'online.rainn.org', 'hotline.rainn.org', '433-9069', 'Need-Legal-Help']) {
      expect(text).not.toContain(unverified);
      expect(hrefs.join(' ')).not.toContain(unverified);
    }
  });

  it('Back calls onBack', async () => {
    const onBack = vi.fn();
    render(<SafetyPage onBack={onBack} />);
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('reads in Spanish', async () => {
    await i18n.changeLanguage('es');
    render(<SafetyPage onBack={vi.fn()} idleMinutes={10} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Cómo usar esta herramienta con más seguridad' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Llame al 1-888-373-7888' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Lo que guarda esta herramienta' })).toHaveTextContent('10 minutos');
  });
});
