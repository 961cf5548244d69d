import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// PREVIEW_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.PREVIEW_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Two workers on a 2-core runner: the suite is mostly waiting on the browser, and each test has its own page.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: origin,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  // `npm run test:e2e` builds first; this only serves dist/.
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --port ${port}`,
    url: origin,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
