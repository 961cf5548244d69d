/**
 * `npm run bench:machine`: how long one `answer.submit` takes through the real screening machine.
 * It walks a realistic interview (one person, a growing list of records, each record answered in
 * full, then evidence, immigration and Check your answers) and times every Continue. A benchmark,
 * not a test: it prints figures and never fails. Compare the median and p95 before and after a
 * change to the machine; the figures for earlier designs are kept in docs/architecture.md.
 */
import { performance } from 'node:perf_hooks';

import { createActor } from 'xstate';

import { screeningMachine } from '../src/machines/screening-machine';

const RECORD_ANSWERS: readonly unknown[] = [
  'conviction',
  'california',
  'unsure',
  'felony',
  'unsure',
  'adult',
  'yes',
  'yes',
  ['trafficking'],
  'yes',
];
const BEFORE_RECORDS: readonly unknown[] = ['self', 'yes', undefined, 'yes', 'unsure', 'no', 'ongoing', 'yes'];

function journey(records: number, times: number[]): void {
  const actor = createActor(screeningMachine).start();
  const step = () => actor.getSnapshot().context.position.step;
  const submit = (value?: unknown) => {
    const start = performance.now();
    actor.send({ type: 'answer.submit', value });
    times.push(performance.now() - start);
  };
  actor.send({ type: 'flow.start' });
  BEFORE_RECORDS.forEach((value) => submit(value));
  for (let r = 0; r < records; r += 1) {
    if (r > 0) actor.send({ type: 'record.add' });
    let guard = 0;
    while (step() !== 'records' && guard++ < 20) submit(RECORD_ANSWERS[guard - 1]);
  }
  submit(); // the list of records
  submit({ reply: 'none', kinds: [] });
  submit('no');
  submit(); // Check your answers
  if (step() !== 'results') throw new Error(`journey ended on ${step()}, not results`);
  actor.stop();
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

const fmt = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
for (const records of [1, 10, 40]) {
  journey(records, []); // warm up the JIT
  const times: number[] = [];
  const rounds = records >= 40 ? 5 : 30;
  for (let i = 0; i < rounds; i += 1) journey(records, times);
  const s = stats(times);
  console.log(
    `answer.submit, ${String(records).padStart(2)} record(s): n=${s.n}  median ${fmt(s.median)}  p95 ${fmt(s.p95)}  max ${fmt(s.max)}`,
  );
}
