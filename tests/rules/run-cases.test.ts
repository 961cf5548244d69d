import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { caseSchema, runCaseFiles } from '../../scripts/cases-core';

/** The runner itself, on files written to a temporary folder (docs/case-format.md "npm run cases"). */

const GOOD = `
cases:
  - name: good one
    facts:
      harms: { trafficking: yes }
      situation: ended
      evidence: [service_provider_letter]
      records: [{ id: r1, offense: PC 647(b), stage: conviction, court: california, duringHarm: yes, becauseOfHarm: yes }]
    expect:
      safetyFirst: no
      records: { r1: { pc236_14: likely, pc1203_49: [possible, likely] } }
`;

let dir = '';
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cases-'));
});

const noStackTrace = (lines: readonly string[]) => expect(lines.join('\n')).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);

describe('runCaseFiles', () => {
  it('passes a good file and closes with the exact summary line', () => {
    const report = runCaseFiles([write('good.yaml', GOOD)]);
    expect(report.lines).toEqual(['PASS good one', '1 passed, 0 failed']);
  });

  it('accepts a single case at the top level', () => {
    const single = GOOD.replace('cases:\n  - ', '').replace(/\n {4}/g, '\n');
    const report = runCaseFiles([write('single.yaml', single)]);
    expect(report.lines.at(-1)).toBe('1 passed, 0 failed');
  });

  it('reports a wrong expectation with expected vs actual and the element statuses', () => {
    const report = runCaseFiles([write('wrong.yaml', GOOD.replace('pc236_14: likely', 'pc236_14: not_yet'))]);
    expect(report.lines[0]).toBe('FAIL good one');
    const text = report.lines.join('\n');
    expect(text).toContain('r1.pc236_14: expected not_yet, got likely');
    expect(text).toContain('reasons: californiaCase met, recordKind met, nonviolent met');
    expect(report.lines.at(-1)).toBe('0 passed, 1 failed');
  });

  it('reports a case-level flag mismatch and an unknown record id', () => {
    const text = GOOD.replace('safetyFirst: no', 'safetyFirst: yes').replace('records: { r1:', 'records: { r9:');
    const report = runCaseFiles([write('flags.yaml', text)]);
    expect(report.lines.join('\n')).toContain('safetyFirst: expected true, got false');
    expect(report.lines.join('\n')).toContain('r9: no record with this id');
  });

  it('rejects broken YAML with the file name and no stack trace', () => {
    const report = runCaseFiles([write('broken.yaml', 'cases:\n  - name: [unclosed\n')]);
    expect(report.lines[0]).toMatch(/^INVALID .*broken\.yaml: broken YAML: /);
    expect(report.lines.at(-1)).toBe('0 passed, 1 failed');
    noStackTrace(report.lines);
  });

  it('rejects an unknown key with the path of the bad key', () => {
    const report = runCaseFiles([
      write('unknown.yaml', GOOD.replace('situation: ended', 'situation: ended\n      mood: fine')),
    ]);
    expect(report.lines[0]).toMatch(/^INVALID .*unknown\.yaml: does not match the case format$/);
    expect(report.lines[1]).toContain('at cases.0.facts: Unrecognized key: "mood"');
    noStackTrace(report.lines);
  });

  it('rejects a wrong outcome word and an unknown pathway', () => {
    const report = runCaseFiles([
      write('word.yaml', GOOD.replace('pc236_14: likely', 'pc236_14: probable').replace('pc1203_49:', 'pc999:')),
    ]);
    const text = report.lines.join('\n');
    expect(text).toContain('at cases.0.expect.records.r1.pc236_14');
    expect(text).toContain('pc999');
  });

  it('checks best: one route, a list of acceptable routes, or none', () => {
    const withBest = (best: string) =>
      GOOD.replace('pc1203_49: [possible, likely] }', `pc1203_49: [possible, likely], best: ${best} }`);
    expect(runCaseFiles([write('best.yaml', withBest('pc236_14'))]).lines).toEqual([
      'PASS good one',
      '1 passed, 0 failed',
    ]);
    expect(runCaseFiles([write('best-list.yaml', withBest('[pc236_15, pc236_14]'))]).lines.at(-1)).toBe(
      '1 passed, 0 failed',
    );
    const none = GOOD.replace(
      'harms: { trafficking: yes }',
      'harms: { trafficking: no, intimatePartnerViolence: no, sexualViolence: no }',
    )
      .replace('offense: PC 647(b), stage: conviction', 'offense: PC 211, stage: pending')
      .replace('{ r1: { pc236_14: likely, pc1203_49: [possible, likely] } }', '{ r1: { best: none } }');
    expect(runCaseFiles([write('best-none.yaml', none)]).lines.at(-1)).toBe('1 passed, 0 failed');
  });

  it('reports a wrong best with expected vs actual and the routes that are at least possible', () => {
    const report = runCaseFiles([
      write(
        'best-wrong.yaml',
        GOOD.replace('pc1203_49: [possible, likely] }', 'pc1203_49: [possible, likely], best: pc1203_4 }'),
      ),
    ]);
    const text = report.lines.join('\n');
    expect(report.lines[0]).toBe('FAIL good one');
    expect(text).toContain('r1.best: expected pc1203_4, got pc236_14');
    expect(text).toMatch(/at least possible: pc236_14 likely, .*pc1203_49 possible/);
    expect(report.lines.at(-1)).toBe('0 passed, 1 failed');
  });

  it('rejects a best that is not a pathway id or none', () => {
    const report = runCaseFiles([
      write(
        'best-bad.yaml',
        GOOD.replace('pc1203_49: [possible, likely] }', 'pc1203_49: [possible, likely], best: vacatur }'),
      ),
    ]);
    expect(report.lines[0]).toMatch(/^INVALID .*best-bad\.yaml: does not match the case format$/);
    expect(report.lines.join('\n')).toContain('at cases.0.expect.records.r1.best');
    noStackTrace(report.lines);
  });

  it('walks folders recursively and reports a missing path', () => {
    mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'nested', 'deeper', 'a.yaml'), GOOD);
    writeFileSync(join(dir, 'nested', 'notes.txt'), 'not a case file');
    const report = runCaseFiles([join(dir, 'nested'), join(dir, 'nope')]);
    expect(report.lines).toContain('PASS good one');
    expect(report.lines.some((l) => l.startsWith('INVALID') && l.includes('nope'))).toBe(true);
    expect(report.lines.at(-1)).toBe('1 passed, 1 failed');
  });

  it('accepts asOf as a string or a Date, and yes/no booleans from a YAML 1.1 loader', () => {
    const facts = {
      records: [{ id: 'r1', offense: 'PC 647(b)', stage: 'conviction', court: 'california', duringHarm: true }],
    };
    const fromDate = caseSchema.parse({
      name: 'n',
      asOf: new Date('2026-11-28T00:00:00Z'),
      facts,
      expect: { safetyFirst: false },
    });
    expect(fromDate.asOf).toBe('2026-11-28');
    expect(fromDate.facts.records[0]?.duringHarm).toBe('yes');
    expect(caseSchema.parse({ name: 'n', asOf: '2026-01-23', facts, expect: {} }).asOf).toBe('2026-01-23');
    expect(caseSchema.safeParse({ name: 'n', asOf: '23/01/2026', facts, expect: {} }).success).toBe(false);
  });
});

describe('npm run cases (the CLI)', () => {
  it('exits non-zero on a failing file and zero on a good one', () => {
    const good = write('cli-good.yaml', GOOD);
    const bad = write('cli-bad.yaml', GOOD.replace('pc236_14: likely', 'pc236_14: unlikely'));
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const script = join(process.cwd(), 'scripts', 'run-cases.ts');
    expect(execFileSync(tsx, [script, good], { encoding: 'utf8' }).trim().split('\n').at(-1)).toBe(
      '1 passed, 0 failed',
    );
    let status = 0;
    let out = '';
    try {
      execFileSync(tsx, [script, bad], { encoding: 'utf8' });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      out = e.stdout;
    }
    expect(status).toBe(1);
    expect(out.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  }, 30_000);
});
