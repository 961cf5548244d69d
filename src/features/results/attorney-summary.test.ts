import { describe, expect, it } from 'vitest';

import { i18n } from '@/i18n/config';
import { formatLawReviewed } from '@/lib/format-law-date';
import type { Answers } from '@/machines/answers';
import { harmRepliesFor } from '@/machines/replies';
import { answersToFacts } from '@/machines/to-facts';
import type { RecordResult, ScreeningResult } from '@/rules';
import { OUTCOME_RANK, screen } from '@/rules';
import { pettyTheftTiedToTrafficking } from '@/testing/answers';

import { buildAttorneySummary, summaryText } from './attorney-summary';
import type { SummaryWords } from './summary-words';

const words = (lng: 'en' | 'es' = 'en', voice: 'self' | 'person' = 'person'): SummaryWords => {
  const t = i18n.getFixedT(lng) as unknown as (key: string, options: Record<string, unknown>) => string;
  return {
    t: (ns, key, params) => t(key, { ns, ...params }),
    exists: (ns, key) => i18n.exists(key, { ns, lng }),
    voice,
    formatDate: (iso) => formatLawReviewed(lng, iso),
  };
};

/** An intake desk's three records: prostitution, robbery, and a shoplifting arrest typed oddly. */
const threeRecords: Answers = {
  audience: 'helper',
  safeNow: 'yes',
  harms: harmRepliesFor(['trafficking', 'sexualViolence']),
  situation: 'ended',
  records: [
    {
      id: 'r1',
      stage: 'conviction',
      court: 'california',
      offense: 'PC 647(b)',
      age: 'adult',
      duringHarm: 'yes',
      becauseOfHarm: 'yes',
      linkedHarms: ['trafficking'],
      sentenceDone: 'yes',
    },
    {
      id: 'r2',
      stage: 'conviction',
      court: 'california',
      offense: 'PC 211',
      age: 'adult',
      duringHarm: 'yes',
      becauseOfHarm: 'yes',
      linkedHarms: ['trafficking'],
      sentenceDone: 'no',
    },
    {
      id: 'r3',
      stage: 'arrest_no_charges',
      court: 'california',
      offense: 'taking from a mall',
      level: 'misdemeanor',
      age: 'prefer_not',
      duringHarm: 'unsure',
      becauseOfHarm: 'yes',
    },
  ],
  evidence: { reply: 'documents', kinds: ['police_or_court_record', 'service_provider_letter'] },
  noncitizen: 'prefer_not',
};

function summarise(answers: Answers, lng: 'en' | 'es' = 'en') {
  const outcome = screen(answersToFacts(answers));
  if (!outcome.ok) throw new Error('facts made by the wizard must validate');
  const summary = buildAttorneySummary({ answers, result: outcome.result, screenedOn: '2026-11-30' }, words(lng));
  return { result: outcome.result, summary, text: summaryText(summary) };
}

describe('attorney summary (pure)', () => {
  it('dates the screening and the law review', () => {
    const { text, result } = summarise(threeRecords);
    expect(text).toContain('Date screened: November 30, 2026');
    expect(text).toContain(`Law last checked: ${formatLawReviewed('en', result.lawReviewed)}`);
  });

  it('lists every answer given, each with its question, including "rather not say" and typed words', () => {
    const { summary, text } = summarise(threeRecords);
    const rows = summary.answers.flatMap((group) => group.rows);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) expect(text).toContain(`- ${row.question}: ${row.answer}`);
    expect(rows.map((r) => r.answer)).toEqual(
      expect.arrayContaining(['Rather not say', '“taking from a mall” (as typed, not in our list)']),
    );
    expect(rows.some((r) => r.answer.includes('A police report or court record'))).toBe(true);
    // What happened is one answer, as the one page asked it.
    expect(rows.filter((r) => r.question === 'What happened to the person')).toEqual([
      {
        question: 'What happened to the person',
        answer: 'Made to work or do sex acts by force, fraud or debt; Sexual violence',
      },
    ]);
    expect(summary.answers.map((g) => g.heading)).toEqual([
      'About what happened',
      'Record 1',
      'Record 2',
      'Record 3',
      'Papers and immigration',
    ]);
  });

  it('gives each record its recommended route, and every element with its reason and citation', () => {
    const { summary, result, text } = summarise(threeRecords);
    expect(summary.records).toHaveLength(3);
    result.records.forEach((record, index) => {
      const printed = summary.records[index]!;
      const best = record.best;
      if (best !== 'none') expect(printed.routes[0]?.pathway).toBe(best);
      for (const route of printed.routes) {
        const all = record.pathways[route.pathway].elements;
        expect(route.elements.length).toBe(
          route.recommended ? all.length : all.filter((e) => e.status !== 'met').length,
        );
        for (const element of route.elements) {
          expect(text).toContain(`${element.label}: ${element.reason} (${element.citation.section})`);
          expect(text).toMatch(
            new RegExp(
              `${element.citation.section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\n]*: ${element.citation.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
            ),
          );
        }
      }
    });
    // A robbery is on the violent list: PC 236.14 cannot clear it, and the element says why.
    const robbery = summary.records[1]!;
    expect(robbery.title).toMatch(/^Record 2: .*PC 211/);
    expect(text).toMatch(/\[Not met\]/);
  });

  it('names what a lawyer must check, and keeps "not sure" answers visible as open points', () => {
    const { summary } = summarise(threeRecords);
    const checks = summary.records.flatMap((r) => r.routes.flatMap((route) => route.lawyerChecks));
    expect(checks.some((c) => c.startsWith('The answers left open:'))).toBe(true);
  });

  it('flags unsettled law only where it can change what the person does', () => {
    const { result, summary, text } = summarise(pettyTheftTiedToTrafficking());
    const record = result.records[0]!;
    const below = (id: keyof RecordResult['pathways']) =>
      OUTCOME_RANK[record.pathways[id].outcome] < OUTCOME_RANK.possible;
    const ruledOut = summary.records[0]!.routes.filter(
      (route) => below(route.pathway) && record.pathways[route.pathway].elements.some((e) => e.needsLawyerReview),
    );
    // The case this guards: PC 236.15 for a trafficking survivor who named no partner or sexual
    // violence is ruled out, while its timing point is marked unsettled.
    expect(ruledOut.map((route) => route.pathway)).toContain('pc236_15');
    for (const route of ruledOut) {
      expect(route.lawyerChecks.join(' ')).not.toMatch(/not settled/);
      expect(route.elements.filter((e) => e.review)).toEqual([]);
    }
    // Copy as text says the same: the lines under each ruled-out route carry no such flag.
    const lines = text.split('\n');
    for (const route of ruledOut) {
      const at = lines.findIndex((line) => line.startsWith(`  * ${route.heading}`));
      expect(at).toBeGreaterThan(-1);
      const under = lines.slice(at + 1);
      const block = under.slice(
        0,
        under.findIndex((line) => !line.startsWith('    ')),
      );
      expect(block.join('\n')).not.toMatch(/not settled/);
    }
  });

  it('says plainly why a ruled-out route is still flagged: an unsettled point is what rules it out', () => {
    const { result } = summarise(pettyTheftTiedToTrafficking());
    const record = result.records[0]!;
    const pc236_15 = record.pathways.pc236_15;
    const heldBack = {
      ...pc236_15,
      outcome: 'unlikely',
      elements: pc236_15.elements.map((e, i) =>
        i === 0 ? { ...e, status: 'not_met', limit: 'unlikely', needsLawyerReview: true } : { ...e, status: 'met' },
      ),
    } as typeof pc236_15;
    const patched: ScreeningResult = {
      ...result,
      records: [{ ...record, pathways: { ...record.pathways, pc236_15: heldBack } }],
    };
    const summary = buildAttorneySummary(
      { answers: pettyTheftTiedToTrafficking(), result: patched, screenedOn: '2026-11-30' },
      words(),
    );
    const route = summary.records[0]!.routes.find((r) => r.pathway === 'pc236_15')!;
    expect(route.lawyerChecks[0]).toMatch(
      /^Ruled out on these answers, but the law is not settled on: .+\. A lawyer’s reading could open this route\.$/,
    );
  });

  it('follows the rules’ recommended route and names their forms', () => {
    const { result } = summarise(pettyTheftTiedToTrafficking());
    const record = result.records[0]!;
    const withBest = {
      ...record,
      best: 'prop47',
      pathways: { ...record.pathways, prop47: { ...record.pathways.prop47, forms: ['CR-180', 'CR-181'] } },
    } as RecordResult;
    const patched: ScreeningResult = { ...result, records: [withBest] };
    const summary = buildAttorneySummary(
      { answers: pettyTheftTiedToTrafficking(), result: patched, screenedOn: '2026-11-30' },
      words(),
    );
    expect(summary.records[0]!.routes[0]!.pathway).toBe('prop47');
    expect(summaryText(summary)).toContain('Forms: CR-180, CR-181');
  });

  it('speaks Spanish when the page does', async () => {
    // One language per load: Spanish strings arrive when Spanish is chosen.
    await i18n.loadLanguages('es');
    const { text } = summarise(threeRecords, 'es');
    expect(text).toContain('Fecha de la evaluación: 30 de noviembre de 2026');
    expect(text).toContain('RESPUESTAS DADAS');
  });

  it('speaks about the person, never to the reader as "you", in the person voice the view always gives it', () => {
    const { text } = summarise({ ...threeRecords, audience: 'self' });
    expect(text).toContain('The person said');
    expect(text.match(/^.*\byou(?:r)?\b.*$/gim) ?? []).toEqual([]);
  });

  it('never holds a name or anything the person was not asked', () => {
    const { text } = summarise(pettyTheftTiedToTrafficking());
    expect(text).not.toMatch(/\bname\b:/i);
    expect(text).not.toMatch(/undefined|\[object Object\]/);
  });
});
