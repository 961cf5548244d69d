import { describe, expect, it } from 'vitest';

import { inlineStyleSheet, policyWithStyleHash, styleHash } from '../../scripts/inline-style-plugin';

/** The stylesheet moves inside the page; the policy must then allow exactly that text and no other. */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'";
const CSS = 'body{margin:0}';
const PAGE = `<meta http-equiv="Content-Security-Policy" content="${POLICY}" />
<link rel="stylesheet" crossorigin href="/assets/style-abc.css">`;

type Handler = (html: string, ctx: { bundle: Record<string, unknown> }) => string;
const transform = (bundle: Record<string, unknown>) =>
  (inlineStyleSheet().transformIndexHtml as { handler: Handler }).handler(PAGE, { bundle });

describe('inline style sheet', () => {
  it('hashes the exact text (the value a browser computes for a <style> element)', () => {
    // Computed apart from the code: printf 'body{margin:0}' | openssl dgst -sha256 -binary | base64
    expect(styleHash(CSS)).toBe("'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='");
    expect(styleHash(CSS)).not.toBe(styleHash(`${CSS} `));
  });

  it("allows styles by the hash alone: no stylesheet file, never 'unsafe-inline'", () => {
    const policy = policyWithStyleHash(POLICY, styleHash(CSS));
    expect(policy).toContain(`style-src ${styleHash(CSS)};`);
    expect(policy).not.toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("script-src 'self'");
  });

  it('refuses a policy it cannot rewrite, rather than ship a page whose style is blocked', () => {
    expect(() => policyWithStyleHash("default-src 'self'", styleHash(CSS))).toThrow(/style-src 'self'/);
  });

  it('puts the built stylesheet in the page, with its hash in the page policy', () => {
    const page = transform({ 'assets/style-abc.css': { type: 'asset', source: CSS } });
    expect(page).toContain(`<style>${CSS}</style>`);
    expect(page).not.toContain('rel="stylesheet"');
    expect(page).toContain(`style-src ${styleHash(CSS)}`);
  });

  it('stops the build when the stylesheet is missing or could end its element early', () => {
    expect(() => transform({})).toThrow(/not in the build/);
    for (const end of ['</style>', '</STYLE >'])
      expect(() => transform({ 'assets/style-abc.css': { type: 'asset', source: `a{}${end}<p>` } })).toThrow(
        /<\/style/,
      );
  });

  it('leaves no stylesheet file in the build (the page has its only copy)', () => {
    type Bundler = (options: unknown, bundle: Record<string, unknown>) => void;
    const bundle: Record<string, unknown> = { 'assets/style-abc.css': {}, 'assets/main-abc.js': {}, 'index.html': {} };
    (inlineStyleSheet().generateBundle as { handler: Bundler }).handler({}, bundle);
    expect(Object.keys(bundle).sort()).toEqual(['assets/main-abc.js', 'index.html']);
  });
});
