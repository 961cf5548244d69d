/**
 * `npm run bench:rules`: how long screen() takes for 1, 10 and 50 records, against trivial
 * baselines measured in the same run (so a slow or busy machine shows up in both). A benchmark, not
 * a test: it prints figures and never fails. Target: 50 records under 1 ms median.
 */
import { performance } from 'node:perf_hooks';

import type { RecordFactsInput } from '../src/rules/facts';
import { type FactsInput, factsSchema, screen } from '../src/rules/index';

const TEMPLATES: readonly Omit<RecordFactsInput, 'id'>[] = [
  {
    offense: 'PC 647(b)',
    stage: 'conviction',
    court: 'california',
    level: 'misdemeanor',
    duringHarm: 'yes',
    becauseOfHarm: 'yes',
    sentence: 'probation',
    sentenceDone: 'yes',
  },
  {
    offense: 'PC 487',
    stage: 'conviction',
    court: 'california',
    level: 'felony',
    injuryOrGunEnhancement: 'unsure',
    duringHarm: 'yes',
    becauseOfHarm: 'unsure',
  },
  {
    offense: 'PC 211',
    stage: 'conviction',
    court: 'california',
    level: 'felony',
    duringHarm: 'yes',
    becauseOfHarm: 'yes',
    sentence: 'state_prison',
  },
  { offense: 'HS 11377', stage: 'arrest_no_charges', court: 'california', offenseYear: 2019 },
  {
    offense: 'PC 459',
    stage: 'pending',
    court: 'california',
    level: 'felony',
    duringHarm: 'yes',
    becauseOfHarm: 'yes',
  },
  { offense: 'USC 18 1028', stage: 'conviction', court: 'federal', duringHarm: 'yes', becauseOfHarm: 'yes' },
  { offense: 'PC 99999', stage: 'unsure', court: 'unsure' },
  { offense: 'PC 653.22', stage: 'conviction', court: 'california', offenseYear: 2019 },
];

function factsWith(n: number): FactsInput {
  return {
    harms: { trafficking: 'yes', intimatePartnerViolence: 'unsure', sexualViolence: 'no' },
    situation: 'ended',
    evidence: ['service_provider_letter'],
    noncitizen: 'unsure',
    records: Array.from({ length: n }, (_, i) => ({
      id: `r${i + 1}`,
      ...(TEMPLATES[i % TEMPLATES.length] as Omit<RecordFactsInput, 'id'>),
    })),
  };
}

interface Stats {
  readonly median: number;
  readonly p95: number;
}

function measure(fn: () => unknown, iterations: number): Stats {
  for (let i = 0; i < Math.min(200, iterations); i++) fn(); // warm up the JIT
  const times = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    times[i] = performance.now() - start;
  }
  times.sort();
  return { median: times[Math.floor(iterations / 2)] ?? 0, p95: times[Math.floor(iterations * 0.95)] ?? 0 };
}

const ms = (n: number): string => `${n.toFixed(3)} ms`;
const rows: string[][] = [
  ['records', 'screen median', 'screen p95', 'safeParse median', 'clone median', '× safeParse', '× clone'],
];
for (const n of [1, 10, 50]) {
  const facts = factsWith(n);
  const check = screen(facts);
  if (!check.ok) throw new Error('benchmark facts are invalid');
  const iterations = n === 50 ? 2000 : 5000;
  const engine = measure(() => screen(facts), iterations);
  const parse = measure(() => factsSchema.safeParse(facts), iterations);
  const clone = measure(() => structuredClone(facts), iterations);
  rows.push([
    String(n),
    ms(engine.median),
    ms(engine.p95),
    ms(parse.median),
    ms(clone.median),
    (engine.median / parse.median).toFixed(1),
    (engine.median / clone.median).toFixed(1),
  ]);
}
const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
for (const row of rows) process.stdout.write(`${row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')}\n`);
process.stdout.write(
  'Target: 50 records under 1 ms median. Baselines: factsSchema.safeParse and structuredClone of the same facts.\n',
);
