// `npm run bench`: builds the app and the bare baseline, serves both, and prints first-load bytes,
// Lighthouse (mobile defaults, best of 3), the longest start-up frame at 4x CPU (3 runs) and INP
// over a full journey at 4x CPU (3 runs, tapping at once and with time to read).
// Figures, not assertions: the targets are in the README's performance section.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

import { firstLoad, kib } from './first-load.mjs';
import { inpRuns } from './inp.mjs';
import { lighthouseBestOf } from './lighthouse.mjs';
import { serve } from './serve.mjs';
import { startRuns } from './start-tasks.mjs';

// The app on this port and the baseline on the next one: BENCH_PORT, else PREVIEW_PORT (so agents
// or CI jobs sharing a machine each keep to their own), else 4214.
const APP_PORT = Number(process.env.BENCH_PORT ?? process.env.PREVIEW_PORT ?? 4214);
const vite = (...args) =>
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', ...args], { stdio: 'inherit' });

if (!process.argv.includes('--no-build')) {
  vite('build', '--logLevel', 'warn');
  vite('build', '--config', 'bench/baseline/vite.config.ts');
}

const server = await serve({ port: APP_PORT });
const baselineServer = await serve({ port: APP_PORT + 1, args: ['--outDir', 'dist/bench-baseline'] });
const app = await firstLoad(server.url, 'dist');
const baseline = await firstLoad(baselineServer.url, 'dist/bench-baseline');
baselineServer.stop();
console.log('\nFirst load (gzip of every file fetched before the load event: HTML, scripts, styles, first language)');
console.log(`  app       ${kib(app.total)}`);
for (const [file, bytes] of Object.entries(app.files)) console.log(`    ${kib(bytes).padStart(10)}  ${file}`);
console.log(`  baseline  ${kib(baseline.total)}`);
console.log(`  ratio     ${(app.total / baseline.total).toFixed(2)}`);

let lighthouse;
let start;
let inp;
try {
  lighthouse = lighthouseBestOf(server.url, 3);
  const b = lighthouse.best;
  console.log('\nLighthouse 12.2.3, mobile defaults, best of 3');
  console.log(
    `  performance ${b.performance}  accessibility ${b.accessibility}  FCP ${Math.round(b.fcp)} ms  LCP ${Math.round(b.lcp)} ms  TBT ${Math.round(b.tbt)} ms`,
  );
  console.log(`  all runs: ${lighthouse.all.map((r) => `${r.performance}/${Math.round(r.fcp)}ms`).join(', ')}`);

  start = await startRuns(server.url, { runs: 3, cpuRate: 4 });
  console.log('\nStart-up at 4x CPU, 3 runs (Long Animation Frames; the painted page cannot answer during one)');
  console.log(`  longest frame after the first paint: median ${Math.round(start.median)} ms`);
  console.log(`  runs: ${start.all.map((r) => `${Math.round(r.longestAfterPaint)} ms`).join(', ')}`);

  // Twice: tapping as fast as a script can (the worst case, as measured in earlier rounds), and
  // with a second to read each page, as a person does (the app does some work in that idle time).
  inp = {};
  for (const [name, readingMs, label] of [
    ['scripted', 0, 'tapping at once'],
    ['reading', 1000, 'with 1 s to read each page'],
  ]) {
    const r = await inpRuns(server.url, { runs: 3, cpuRate: 4, readingMs });
    inp[name] = r;
    console.log(`\nINP over a full journey at 4x CPU, ${label}, 3 runs (Event Timing API)`);
    console.log(`  median ${Math.round(r.median)} ms  worst ${Math.round(r.worst)} ms`);
    console.log(
      `  runs: ${r.all.map((x) => `median ${Math.round(x.median)} / worst ${Math.round(x.worst)} (${x.count} interactions)`).join('; ')}`,
    );
    console.log('  slowest interactions:');
    for (const line of r.all
      .flatMap((x) => x.slowest)
      .sort((a, b) => parseInt(b) - parseInt(a))
      .slice(0, 5))
      console.log(`    ${line}`);
  }
} finally {
  server.stop();
}

mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench.json',
  JSON.stringify({ date: new Date().toISOString(), app, baseline, lighthouse, start, inp }, null, 2),
);
console.log('\nSaved reports/bench.json');
process.exit(0);
