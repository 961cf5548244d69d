/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { devOnlyRelaxedCsp } from './scripts/dev-csp-plugin.ts';
import { inlineStyleSheet } from './scripts/inline-style-plugin.ts';
import { lawReviewedDates } from './scripts/law-dates.ts';
import { offlineSingleFile } from './scripts/offline-plugin.ts';
import { preloadApp } from './scripts/preload-app-plugin.ts';
import { prerenderStartPage } from './scripts/prerender-plugin.ts';
import { previewHeadersFromFile } from './scripts/static-headers.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

/** Unit tests that need no DOM (plain .ts files; a test that renders is a .tsx file). */
const LOGIC_TESTS = [
  'src/machines/**/*.test.ts',
  'src/rules/**/*.test.ts',
  'tests/rules/**/*.test.ts',
  'tests/i18n/**/*.test.ts',
  'tests/tooling/**/*.test.ts',
];

/**
 * Where "Exit this page" sends a person: a neutral, everyday page that a Californian could
 * plausibly have open (the National Weather Service). An organisation sets its own at build time,
 * e.g. `EXIT_URL=https://www.google.com/ npm run build` (see README, "Hosting").
 */
const exitUrl = process.env.EXIT_URL ?? 'https://www.weather.gov/';
if (!/^https:\/\/[^/\s]+\//.test(exitUrl))
  throw new Error('EXIT_URL must be a full https:// address, e.g. https://www.weather.gov/');

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    devOnlyRelaxedCsp(),
    offlineSingleFile(),
    prerenderStartPage(exitUrl),
    inlineStyleSheet(),
    preloadApp(),
    previewHeadersFromFile(fileURLToPath(new URL('./public/_headers', import.meta.url))),
  ],
  // The offline copy is one file: no public/ files beside it.
  publicDir: mode === 'offline' ? false : 'public',
  resolve: { alias: { '@': src } },
  define: { __EXIT_URL__: JSON.stringify(exitUrl), __LAW_REVIEWED_DATES__: JSON.stringify(lawReviewedDates()) },
  build: {
    // No inline scripts: the CSP forbids them. The one inline style is allowed by its hash
    // (inline-style-plugin.ts). assetsInlineLimit 0 keeps even small assets out of data: URLs.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // One stylesheet, put inside index.html: the painted-early start page needs all of it before
    // the app's code runs, and no style may be fetched later.
    cssCodeSplit: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output:
        mode === 'offline'
          ? // One file that runs from file://: every language goes inside it.
            { codeSplitting: false }
          : {
              // One chunk per language (all its namespaces together): the page loads only the
              // chosen language, and a switch is exactly one request for a static file of this site.
              // React in one chunk of its own, the first part of the start-up (src/react-first.ts);
              // left to itself the bundler splits it in two, which costs 0.8 KiB gzip more.
              manualChunks: (id: string) =>
                /\/locales\/([^/]+)\/[^/]+\.json$/.exec(id)?.[1]?.replace(/^/, 'locale-') ??
                (/\/node_modules\/(react|react-dom|scheduler)\//.test(id) ? 'react' : undefined),
            },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  // `vite preview` sends exactly the headers in public/_headers (the previewHeadersFromFile plugin).
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    restoreMocks: true,
    // Rendering tests on a shared 2-core machine can pass 5 s; a timeout is a safety net, not a measure.
    testTimeout: 20_000,
    // The rules, the machine, the locale files and the tooling need no page: they run in plain Node,
    // without a DOM or the app's i18n to set up for each file (about half the files, and much of the time).
    projects: [
      {
        extends: true,
        test: { name: 'logic', environment: 'node', include: LOGIC_TESTS },
      },
      {
        extends: true,
        test: {
          name: 'page',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup-tests.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**', ...LOGIC_TESTS],
        },
      },
    ],
  },
}));
