// `npm run bench:profile`: where the time of one Continue goes, at 4x CPU throttle.
// Builds an unminified copy (so component names survive), walks the journey to the "what happened"
// question (or, with `-- --results`, to "Check your answers"), then traces one Continue (or the
// press of "See my results"): scripting vs style/layout/paint from the Chrome trace, time
// inside focus() and scroll calls, DOM nodes replaced, and which React components rendered
// (counted through the React DevTools global hook, which React calls after every commit).
import { execFileSync } from 'node:child_process';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { choose, continueOn, journeyToCheckAnswers } from './journey.mjs';
import { serve } from './serve.mjs';

const PORT = Number(process.env.BENCH_PORT ?? process.env.PREVIEW_PORT ?? 4216);
const OUT = process.env.PROFILE_OUT ?? 'dist/profile';

function instrument() {
  const spent = { focus: 0, scroll: 0, calls: [] };
  window.__profile = { spent, commits: [] };
  const wrap = (proto, name, bucket) => {
    const original = proto[name];
    if (!original) return;
    proto[name] = function (...args) {
      const t0 = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        spent[bucket] += performance.now() - t0;
        spent.calls.push(name);
      }
    };
  };
  wrap(HTMLElement.prototype, 'focus', 'focus');
  wrap(Element.prototype, 'scrollIntoView', 'scroll');
  wrap(Element.prototype, 'scrollBy', 'scroll');
  wrap(window, 'scrollBy', 'scroll');
  wrap(window, 'scrollTo', 'scroll');
  const mutations = { added: 0, removed: 0 };
  window.__profile.mutations = mutations;
  new MutationObserver((list) => {
    for (const m of list) {
      mutations.added += m.addedNodes.length;
      mutations.removed += m.removedNodes.length;
    }
  }).observe(document, { subtree: true, childList: true });
  // As React DevTools decides it: a fiber rendered in this commit if it is new or did work, and
  // when a fiber's child is the very same object as in the previous tree, React skipped that subtree.
  const rendered = (root) => {
    const names = {};
    const walk = (fiber) => {
      for (let f = fiber; f; f = f.sibling) {
        const isComponent = typeof f.type === 'function' || (f.type && typeof f.type === 'object');
        if (isComponent && (f.alternate === null || f.flags & 1)) {
          const name = f.type.displayName || f.type.name || f.type.render?.name || f.type.type?.name || 'anonymous';
          names[name] = (names[name] ?? 0) + 1;
        }
        if (f.child && !(f.alternate && f.alternate.child === f.child)) walk(f.child);
      }
    };
    walk(root.current.child);
    return names;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot: (_id, root) => window.__profile.commits.push(rendered(root)),
  };
}

const SCRIPTING = new Set([
  'FunctionCall',
  'EventDispatch',
  'EvaluateScript',
  'v8.compile',
  'v8.evaluateModule',
  'TimerFire',
  'RunMicrotasks',
  'FireAnimationFrame',
  'V8.GCScavenger',
  'MajorGC',
  'MinorGC',
]);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set([
  'Layout',
  'UpdateLayerTree',
  'HitTest',
  'IntersectionObserverController::computeIntersections',
]);
const PAINT = new Set(['Paint', 'PrePaint', 'Layerize', 'Commit', 'PaintImage', 'RasterTask', 'CompositeLayers']);

function summarise(trace) {
  const all = JSON.parse(trace.toString()).traceEvents;
  const events = all.filter((e) => e.ph === 'X' && e.dur);
  // The page's main thread: the renderer main thread that ran the most task time.
  const mains = all
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`);
  const busy = (id) =>
    events.filter((e) => `${e.pid}:${e.tid}` === id && e.name === 'RunTask').reduce((n, e) => n + e.dur, 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const totals = { scripting: 0, style: 0, layout: 0, paint: 0, tasks: 0 };
  // Only outermost events of each kind on the main thread, so nested calls are not counted twice.
  const open = { scripting: 0, style: 0, layout: 0, paint: 0 };
  const sorted = events.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
  for (const e of sorted) {
    if (e.name === 'RunTask') totals.tasks += e.dur / 1000;
    const kind = SCRIPTING.has(e.name)
      ? 'scripting'
      : STYLE.has(e.name)
        ? 'style'
        : LAYOUT.has(e.name)
          ? 'layout'
          : PAINT.has(e.name)
            ? 'paint'
            : null;
    if (!kind || e.ts < open[kind]) continue;
    totals[kind] += e.dur / 1000;
    open[kind] = e.ts + e.dur;
  }
  return totals;
}

/** Self time per function (name, file:line), from a sampled CPU profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const f = node.callFrame;
    if (['(idle)', '(program)', '(root)'].includes(f.functionName)) return;
    const file = f.url.split('/').pop();
    const where = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    totals.set(where, (totals.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

if (!process.argv.includes('--no-build')) {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--minify', 'false', '--outDir', OUT],
    { stdio: 'inherit' },
  );
}
const server = await serve({ port: PORT, args: ['--outDir', OUT] });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.addInitScript(instrument);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(server.url);
  const results = process.argv.includes('--results');
  if (results) await journeyToCheckAnswers(page);
  else {
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await choose(page, 'For myself');
    await choose(page, 'Yes');
    await continueOn(page);
    await page.getByRole('checkbox', { name: 'Made to work or do sex acts by force, fraud or debt' }).check();
  }
  const before = await page.getByRole('heading', { level: 1 }).innerText();
  await page.evaluate(() => {
    const p = window.__profile;
    p.spent.focus = 0;
    p.spent.scroll = 0;
    p.spent.calls = [];
    p.mutations.added = 0;
    p.mutations.removed = 0;
    p.commits = [];
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
  const t0 = Date.now();
  await page.getByRole('button', { name: results ? 'See my results' : 'Continue', exact: true }).click();
  await page.waitForFunction((old) => document.querySelector('h1')?.textContent !== old, before);
  await page.waitForTimeout(300);
  const wall = Date.now() - t0;
  const trace = await browser.stopTracing();
  const { profile } = await cdp.send('Profiler.stop');
  const inPage = await page.evaluate(() => window.__profile);
  const after = await page.getByRole('heading', { level: 1 }).innerText();
  const t = summarise(trace);
  const ms = (n) => `${n.toFixed(1)} ms`;
  console.log(
    `\nOne ${results ? 'press of "See my results"' : 'Continue'} at 4x CPU: "${before}" -> "${after}" (wall ${wall} ms incl. the driver)`,
  );
  console.log(
    `  main-thread tasks ${ms(t.tasks)}: scripting ${ms(t.scripting)}, style ${ms(t.style)}, layout ${ms(t.layout)}, paint ${ms(t.paint)}`,
  );
  console.log(
    `  inside focus() ${ms(inPage.spent.focus)}, inside scroll calls ${ms(inPage.spent.scroll)} (${inPage.spent.calls.join(', ') || 'none'})`,
  );
  console.log(`  DOM nodes added ${inPage.mutations.added}, removed ${inPage.mutations.removed}`);
  console.log('  most self time (CPU profile, unminified build):');
  for (const [where, time] of selfTimes(profile).slice(0, 15)) console.log(`    ${ms(time).padStart(9)}  ${where}`);
  console.log(`  React commits ${inPage.commits.length}`);
  inPage.commits.forEach((names, i) => {
    const total = Object.values(names).reduce((a, b) => a + b, 0);
    const top = Object.entries(names)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([n, c]) => `${n}×${c}`)
      .join(' ');
    console.log(`    commit ${i + 1}: ${total} components rendered: ${top}`);
  });
} finally {
  await browser.close();
  server.stop();
}
process.exit(0);
