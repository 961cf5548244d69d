/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { devOnlyRelaxedCsp } from './scripts/dev-csp-plugin';
import { previewHeadersFromFile } from './scripts/static-headers';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Where "Exit this page" sends a person: a neutral, everyday page that a Californian could
 * plausibly have open (the National Weather Service). An organisation sets its own at build time,
 * e.g. `EXIT_URL=https://www.google.com/ npm run build` (see README, "Hosting").
 */
const exitUrl = process.env.EXIT_URL ?? 'https://www.weather.gov/';
if (!/^https:\/\/[^/\s]+\//.test(exitUrl)) throw new Error('EXIT_URL must be a full https:// address, e.g. https://www.weather.gov/');

export default defineConfig({
  plugins: [react(), devOnlyRelaxedCsp(), previewHeadersFromFile(fileURLToPath(new URL('./public/_headers', import.meta.url)))],
  resolve: { alias: { '@': src } },
  define: { __EXIT_URL__: JSON.stringify(exitUrl) },
  build: {
    // No inline scripts or styles: the CSP forbids them. Vite emits external files by default;
    // assetsInlineLimit 0 keeps even small assets out of data: URLs in CSS/JS.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Everything ships in the first load on purpose: a chunk fetched later would be a request after
    // load, which the privacy promise (and its tests) forbid. So one larger chunk is expected.
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1', port: 5173 },
  // `vite preview` sends exactly the headers in public/_headers (the previewHeadersFromFile plugin).
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    restoreMocks: true,
  },
});
