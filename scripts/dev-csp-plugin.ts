import type { Plugin } from 'vite';

/**
 * The dev server needs an inline React Refresh preamble and a WebSocket for hot reload, which the
 * strict CSP in index.html forbids. Relax it only while serving in development; the built app
 * (what people use, and what the browser tests load) keeps the strict policy.
 */
export function devOnlyRelaxedCsp(): Plugin {
  return {
    name: 'dev-only-relaxed-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replaceAll("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replaceAll("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replaceAll("connect-src 'none'", "connect-src 'self' ws://127.0.0.1:5173 ws://localhost:5173")
        // Vite's error overlay writes HTML; the built app needs no Trusted Types policy at all.
        .replaceAll(" require-trusted-types-for 'script'; trusted-types 'none';", ''),
  };
}
