// The start-up's long tasks at 4x CPU: every Long Animation Frame (over 50 ms) from navigation until
// the live page has taken over, with the script each one ran. While such a frame runs, the painted
// start page cannot answer at all (not the Exit link, nor the language menu), so the longest one
// after the first paint is the figure to watch. `npm run bench:start -- [dir] [runs]` prints them;
// `npm run bench` prints the summary.
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { median } from './inp.mjs';
import { serve } from './serve.mjs';

function observeFrames() {
  window.__frames = [];
  window.__firstPaint = undefined;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__frames.push({
        start: entry.startTime,
        duration: entry.duration,
        styleAndLayout: entry.styleAndLayoutStart ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0,
        scripts: entry.scripts.map(
          (s) => `${(s.sourceURL || s.invoker || '').split('/').pop()} ${Math.round(s.duration)} ms`,
        ),
      });
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') window.__firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/** One load at `cpuRate`: the long frames, and the longest one after the first contentful paint. */
export async function startOnce(browser, url, cpuRate = 4) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(observeFrames);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.goto(url, { waitUntil: 'load' });
    // The live page has taken over when Start can be pressed; then let idle work show too.
    await page.getByRole('button', { name: 'Start' }).and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    const { frames, firstPaint } = await page.evaluate(() => ({
      frames: window.__frames,
      firstPaint: window.__firstPaint,
    }));
    const after = frames.filter((f) => f.start >= (firstPaint ?? 0));
    return { frames, firstPaint, longestAfterPaint: Math.max(0, ...after.map((f) => f.duration)) };
  } finally {
    await context.close();
  }
}

export async function startRuns(url, { runs = 3, cpuRate = 4 } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const all = [];
    for (let i = 0; i < runs; i += 1) all.push(await startOnce(browser, url, cpuRate));
    return { median: median(all.map((r) => r.longestAfterPaint)), all };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', runs = '3'] = process.argv.slice(2);
  const server = await serve({
    port: Number(process.env.BENCH_PORT ?? process.env.PREVIEW_PORT ?? 4220),
    args: ['--outDir', dir],
  });
  try {
    const result = await startRuns(server.url, { runs: Number(runs) });
    for (const [i, run] of result.all.entries()) {
      console.log(`run ${i + 1}: first contentful paint ${Math.round(run.firstPaint)} ms; long frames:`);
      for (const f of run.frames)
        console.log(
          `  at ${Math.round(f.start)} ms: ${Math.round(f.duration)} ms (style and layout ${Math.round(f.styleAndLayout)}) ${f.scripts.join(', ')}`,
        );
    }
    console.log(`longest frame after the first paint, median of ${runs}: ${Math.round(result.median)} ms`);
  } finally {
    server.stop();
  }
  process.exit(0);
}
