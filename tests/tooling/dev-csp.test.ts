import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { devOnlyRelaxedCsp } from '../../scripts/dev-csp-plugin';

/** The dev server relaxes the CSP for hot reload; the built page must keep the strict one. */
const html = readFileSync('index.html', 'utf8');
const policyIn = (page: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? '';

describe('development-only CSP', () => {
  const plugin = devOnlyRelaxedCsp();

  it('applies only while serving', () => {
    expect(plugin.apply).toBe('serve');
  });

  it('lets hot reload connect, in the policy the browser reads', () => {
    const transform = plugin.transformIndexHtml as (html: string) => string;
    const policy = policyIn(transform(html));
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:5173");
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  });

  it('leaves the shipped page strict', () => {
    const policy = policyIn(html);
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain('unsafe');
  });
});
