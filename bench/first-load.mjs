// First-load bytes: the gzip size of every file the page fetches up to its load event (the HTML,
// its scripts, styles and preloads, and the first language's strings), read from the build
// folder. Measured by loading the page in Chromium, so nothing the page really needs is missed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function firstLoad(url, distDir, { locale = 'en-US' } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ locale });
    const paths = [];
    let loaded = false;
    page.on('load', () => (loaded = true));
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (!loaded && target.origin === new URL(url).origin) paths.push(target.pathname);
    });
    await page.goto(url, { waitUntil: 'load' });
    const files = {};
    for (const path of paths) {
      const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
      files[file] = gzipBytes(readFileSync(join(distDir, file)));
    }
    return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
  } finally {
    await browser.close();
  }
}
