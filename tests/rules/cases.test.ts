import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCaseFiles } from '../../scripts/cases-core';

/** `npm test` runs every legal case file (docs/case-format.md); a failure shows the runner's own report. */

const DIR = join(__dirname, 'cases');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe.each(files)('case file %s', (file) => {
  it('passes every case', () => {
    const report = runCaseFiles([join(DIR, file)]);
    const problems = report.lines.filter((line) => !line.startsWith('PASS '));
    expect(report.invalidFiles, problems.join('\n')).toBe(0);
    expect(report.failed, problems.join('\n')).toBe(0);
    expect(report.passed).toBeGreaterThan(0);
  });
});

describe('the case collection', () => {
  const all = runCaseFiles([DIR]);
  const names = all.lines.filter((l) => l.startsWith('PASS ')).map((l) => l.slice(5));

  it('holds at least 80 cases', () => {
    expect(all.passed).toBeGreaterThanOrEqual(80);
  });

  it.each([
    'TP01',
    'TP02',
    'TP03',
    'TP05',
    'TP06',
    'TP08',
    'TP10',
    'TP12',
    'TP13',
    'TP14',
    'TP15',
    'TP17',
    'TP19',
    'TP20',
    'TP23',
    'TP27',
  ])('includes the docs/law-sources.md fact pattern %s', (tp) => {
    expect(names.some((n) => n.startsWith(`${tp} `))).toBe(true);
  });

  it.each(Array.from({ length: 23 }, (_, i) => i + 1))('covers PC 667.5(c)(%i)', (item) => {
    expect(names.some((n) => n.startsWith(`667.5(c)(${item}) `))).toBe(true);
  });
});
