/**
 * The case-file runner behind `npm run cases` (format: docs/case-format.md). Separate from the CLI
 * so tests can run it on temporary files and read what it prints.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';

import { factsSchema, screen } from '../src/rules/index';
import { OUTCOMES, PATHWAY_IDS, type ScreeningResult } from '../src/rules/types';

const outcomeSchema = z.enum(OUTCOMES);
const flag = z.preprocess((v) => (v === 'yes' ? true : v === 'no' ? false : v), z.boolean());
/** `asOf: 2026-11-28` may arrive as a string or a Date, depending on the YAML loader. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf must be a date written YYYY-MM-DD'),
);
/** `best`: one pathway id or `none`, or a list of acceptable ones. */
const bestSchema = z.enum([...PATHWAY_IDS, 'none']);
const pathwayExpect = z.strictObject({
  ...(Object.fromEntries(
    PATHWAY_IDS.map((id) => [id, z.union([outcomeSchema, z.array(outcomeSchema).min(1)]).optional()]),
  ) as Record<
    (typeof PATHWAY_IDS)[number],
    z.ZodOptional<z.ZodUnion<[typeof outcomeSchema, z.ZodArray<typeof outcomeSchema>]>>
  >),
  best: z.union([bestSchema, z.array(bestSchema).min(1)]).optional(),
});

export const caseSchema = z.strictObject({
  name: z.string().trim().min(1),
  source: z.string().optional(),
  asOf: isoDate.optional(),
  facts: factsSchema,
  expect: z.strictObject({
    safetyFirst: flag.optional(),
    immigrationCaution: flag.optional(),
    records: z.record(z.string(), pathwayExpect).optional(),
  }),
});
export type Case = z.output<typeof caseSchema>;

export const caseFileSchema = z.union([z.strictObject({ cases: z.array(caseSchema).min(1) }), caseSchema]);

export interface RunReport {
  readonly lines: string[];
  readonly passed: number;
  readonly failed: number;
  readonly invalidFiles: number;
}

/** Every `*.yaml` / `*.yml` file under the given files or folders, sorted for a stable order. */
export function collectFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (path: string): void => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return void missing.push(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else if (/\.ya?ml$/i.test(path)) files.push(path);
  };
  paths.forEach(walk);
  return { files, missing };
}

const show = (expected: string | readonly string[]): string =>
  Array.isArray(expected) ? `one of [${expected.join(', ')}]` : String(expected);

/** Compares one case with the engine's result; returns the differences (empty = pass). */
function compare(c: Case, result: ScreeningResult): string[] {
  const diffs: string[] = [];
  for (const key of ['safetyFirst', 'immigrationCaution'] as const) {
    const want = c.expect[key];
    if (want !== undefined && want !== result[key]) diffs.push(`${key}: expected ${want}, got ${result[key]}`);
  }
  for (const [recordId, pathways] of Object.entries(c.expect.records ?? {})) {
    const record = result.records.find((r) => r.recordId === recordId);
    if (!record) {
      diffs.push(`${recordId}: no record with this id in facts.records`);
      continue;
    }
    for (const id of PATHWAY_IDS) {
      const want = pathways[id];
      if (want === undefined) continue;
      const got = record.pathways[id];
      const ok = Array.isArray(want) ? want.includes(got.outcome) : want === got.outcome;
      if (!ok) {
        const reasons = got.elements
          .map((e) => `${e.id} ${e.status}${e.needsLawyerReview ? ' (lawyer review)' : ''}`)
          .join(', ');
        diffs.push(`${recordId}.${id}: expected ${show(want)}, got ${got.outcome}`, `    reasons: ${reasons}`);
      }
    }
    const wantBest = pathways.best;
    if (wantBest !== undefined) {
      const ok = Array.isArray(wantBest) ? wantBest.includes(record.best) : wantBest === record.best;
      if (!ok) {
        const hopeful = PATHWAY_IDS.filter(
          (id) => record.pathways[id].outcome === 'likely' || record.pathways[id].outcome === 'possible',
        )
          .map((id) => `${id} ${record.pathways[id].outcome}`)
          .join(', ');
        diffs.push(
          `${recordId}.best: expected ${show(wantBest)}, got ${record.best}`,
          `    at least possible: ${hopeful || 'none'}`,
        );
      }
    }
  }
  return diffs;
}

function issueLines(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `  at ${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`,
  );
}

/**
 * A file holds either `cases: [...]` or one case at the top level. The union's error is not
 * helpful on its own, so the file is checked against the shape its top-level keys point to.
 */
function parseCaseFile(data: unknown): { ok: true; cases: Case[] } | { ok: false; error: z.ZodError } {
  const wantsList = typeof data === 'object' && data !== null && 'cases' in data;
  const parsed = wantsList
    ? z.strictObject({ cases: z.array(caseSchema).min(1) }).safeParse(data)
    : caseSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: parsed.error };
  return { ok: true, cases: 'cases' in parsed.data ? parsed.data.cases : [parsed.data] };
}

export function runCaseFiles(paths: readonly string[], cwd: string = process.cwd()): RunReport {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  let invalidFiles = 0;
  const { files, missing } = collectFiles(paths);
  for (const path of missing) {
    lines.push(`INVALID ${path}: no such file or folder`);
    invalidFiles += 1;
  }
  if (paths.length === 0 || (files.length === 0 && missing.length === 0)) {
    lines.push('INVALID: no *.yaml case files given');
    invalidFiles += 1;
  }
  for (const file of files) {
    const name = relative(cwd, file) || file;
    let data: unknown;
    try {
      // Merge keys (`<<: *base`) let a file state a base case once and vary one fact per case.
      data = parse(readFileSync(file, 'utf8'), { merge: true });
    } catch (error) {
      const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
      lines.push(`INVALID ${name}: broken YAML: ${detail}`);
      invalidFiles += 1;
      continue;
    }
    const parsed = parseCaseFile(data);
    if (!parsed.ok) {
      lines.push(`INVALID ${name}: does not match the case format`, ...issueLines(parsed.error));
      invalidFiles += 1;
      continue;
    }
    for (const c of parsed.cases) {
      const outcome = screen(c.facts, c.asOf ? { asOf: c.asOf } : undefined);
      if (!outcome.ok) {
        lines.push(
          `FAIL ${c.name}`,
          `  in ${name}: the engine rejected the facts`,
          ...outcome.error.issues.map((i) => `  at ${i.path}: ${i.message}`),
        );
        failed += 1;
        continue;
      }
      const diffs = compare(c, outcome.result);
      if (diffs.length === 0) {
        lines.push(`PASS ${c.name}`);
        passed += 1;
      } else {
        lines.push(`FAIL ${c.name}`, `  in ${name}`, ...diffs.map((d) => `  ${d}`));
        failed += 1;
      }
    }
  }
  // An invalid file counts as a failure, so the closing line never reads as all clear.
  lines.push(`${passed} passed, ${failed + invalidFiles} failed`);
  return { lines, passed, failed, invalidFiles };
}
