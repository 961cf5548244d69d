// Interaction to Next Paint over a full journey at 4x CPU throttle (Chrome DevTools Protocol
// Emulation.setCPUThrottlingRate), measured in the page with the Event Timing API: each
// interaction's latency is the longest event entry that shares its interactionId.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { fullJourney } from './journey.mjs';

function observeInteractions() {
  const latencies = new Map();
  window.__interactions = latencies;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      latencies.set(entry.interactionId, Math.max(latencies.get(entry.interactionId) ?? 0, entry.duration));
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function once(browser, url, cpuRate) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: false });
  const page = await context.newPage();
  await page.addInitScript(observeInteractions);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.goto(url, { waitUntil: 'load' });
  await fullJourney(page);
  await page.waitForTimeout(500); // let the last entries arrive
  const values = await page.evaluate(() => [...window.__interactions.values()]);
  await context.close();
  return { count: values.length, median: median(values), worst: Math.max(...values) };
}

export async function inpRuns(url, { runs = 3, cpuRate = 4 } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const all = [];
    for (let i = 0; i < runs; i += 1) all.push(await once(browser, url, cpuRate));
    return { all, median: median(all.map((r) => r.median)), worst: Math.max(...all.map((r) => r.worst)) };
  } finally {
    await browser.close();
  }
}
