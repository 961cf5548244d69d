// Interaction to Next Paint over a full journey at 4x CPU throttle (Chrome DevTools Protocol
// Emulation.setCPUThrottlingRate), measured in the page with the Event Timing API: each
// interaction's latency is the longest event entry that shares its interactionId.
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { fullJourney, setReadingTime } from './journey.mjs';

function observeInteractions() {
  const latencies = new Map();
  window.__interactions = latencies;
  const describe = (entry) => {
    const t = entry.target;
    const h1 = document.querySelector('h1')?.textContent?.slice(0, 40) ?? '';
    return `${entry.name} on ${t ? `${t.tagName.toLowerCase()} "${(t.textContent || t.getAttribute('aria-label') || '').trim().slice(0, 30)}"` : '?'} (led to: ${h1})`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const seen = latencies.get(entry.interactionId);
      if (!seen || entry.duration > seen.duration)
        latencies.set(entry.interactionId, { duration: entry.duration, what: describe(entry) });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export async function inpOnce(browser, url, cpuRate, { readingMs = 0 } = {}) {
  setReadingTime(readingMs);
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: false,
  });
  const page = await context.newPage();
  await page.addInitScript(observeInteractions);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.goto(url, { waitUntil: 'load' });
  await fullJourney(page);
  await page.waitForTimeout(500); // let the last entries arrive
  const entries = await page.evaluate(() => [...window.__interactions.values()]);
  await context.close();
  const values = entries.map((e) => e.duration);
  const slowest = [...entries]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((e) => `${Math.round(e.duration)} ms ${e.what}`);
  return { count: values.length, median: median(values), worst: Math.max(...values), slowest };
}

export async function inpRuns(url, { runs = 3, cpuRate = 4, readingMs = 0 } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const all = [];
    for (let i = 0; i < runs; i += 1) all.push(await inpOnce(browser, url, cpuRate, { readingMs }));
    return { all, median: median(all.map((r) => r.median)), worst: Math.max(...all.map((r) => r.worst)) };
  } finally {
    await browser.close();
  }
}
