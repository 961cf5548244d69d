import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ExternalLink } from './external-link';

describe('ExternalLink', () => {
  it('never sends a referrer and opens a new tab by default', () => {
    render(<ExternalLink href="https://www.lawhelpca.org">LawHelpCA</ExternalLink>);
    const link = screen.getByRole('link', { name: 'LawHelpCA' });
    expect(link).toHaveAttribute('href', 'https://www.lawhelpca.org');
    expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('can stay in the same tab, and props cannot weaken rel or referrerPolicy', () => {
    const sneaky = { rel: 'opener', referrerPolicy: 'unsafe-url' } as Record<string, string>;
    render(
      <ExternalLink href="https://988lifeline.org" newTab={false} className="x" {...sneaky}>
        988
      </ExternalLink>,
    );
    const link = screen.getByRole('link', { name: '988' });
    expect(link).not.toHaveAttribute('target');
    expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(link).toHaveClass('x');
  });
});
