// `node bench/ab.mjs <built-dir-a> <built-dir-b> [runs]`: the same INP journey (inp.mjs) on two
// builds, alternating A and B so both meet the same load on a shared machine, then each one's
// medians and the ratio B/A. Build each with `npx vite build --outDir <dir>` (e.g. before and after
// a change, with `git stash`).
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { inpOnce, median } from './inp.mjs';
import { serve } from './serve.mjs';

const [dirA, dirB, runsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: node bench/ab.mjs <built-dir-a> <built-dir-b> [runs]');
const runs = Number(runsArg ?? 5);
// BENCH_READ_MS: time to read each page before the next tap (journey.mjs); 0 taps at once.
const readingMs = Number(process.env.BENCH_READ_MS ?? 0);
const port = Number(process.env.BENCH_PORT ?? process.env.PREVIEW_PORT ?? 4218);

const servers = [
  await serve({ port, args: ['--outDir', dirA] }),
  await serve({ port: port + 1, args: ['--outDir', dirB] }),
];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const seen = [[], []];
try {
  for (let i = 0; i < runs; i += 1)
    for (const side of [0, 1]) seen[side].push(await inpOnce(browser, servers[side].url, 4, { readingMs }));
} finally {
  await browser.close();
  for (const server of servers) server.stop();
}
const summary = seen.map((all) => ({
  median: median(all.map((r) => r.median)),
  worst: median(all.map((r) => r.worst)),
}));
const ms = (n) => `${Math.round(n)} ms`;
console.log(
  `INP over the journey at 4x CPU, ${runs} runs each, alternating (median of the runs' medians / of their worsts)`,
);
summary.forEach((s, side) =>
  console.log(`  ${side ? 'B' : 'A'} ${side ? dirB : dirA}: median ${ms(s.median)}, worst ${ms(s.worst)}`),
);
console.log(
  `  B/A: median ${(summary[1].median / summary[0].median).toFixed(2)}, worst ${(summary[1].worst / summary[0].worst).toFixed(2)}`,
);
