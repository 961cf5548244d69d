import type { Answers } from '@/machines/answers';
import {
  type Citation,
  type ElementStatus,
  type Message,
  PATHWAY_IDS,
  type PathwayId,
  type PathwayResult,
  type ScreeningResult,
} from '@/rules';

import { routeReview } from './lawyer-review';
import { otherRoutes } from './recommended';
import { type AnswerGroup, answerGroups, offenseText, type SummaryWords, voicedText } from './summary-words';

/**
 * The summary for a lawyer or intake worker: one structure, built by a pure function, that the
 * printed view renders and `summaryText` turns into plain text for "Copy as text". Both therefore
 * always hold the same answers, reasons and citations.
 */

export interface SummaryElement {
  readonly status: ElementStatus;
  readonly statusText: string;
  readonly label: string;
  readonly reason: string;
  readonly citation: Citation;
  readonly review: boolean;
}

export interface SummaryRoute {
  readonly pathway: PathwayId;
  readonly title: string;
  readonly outcome: string;
  readonly recommended: boolean;
  /** "Recommended route: … ." for the recommended one, otherwise "<route>: <outcome>." */
  readonly heading: string;
  readonly citation: Citation;
  /** Every element of the recommended route; for the others, the elements not met or unsure. */
  readonly elements: readonly SummaryElement[];
  /**
   * What a lawyer must check: points the law leaves open, and facts the answers left unsure, only
   * where they can change what the person does (lawyer-review.ts).
   */
  readonly lawyerChecks: readonly string[];
  /** Judicial Council form numbers, when the rules give them. */
  readonly forms: readonly string[];
  /** Only for the recommended route, and written once per route in the whole summary. */
  readonly nextSteps: readonly string[];
  /** "As for record 1" when an earlier record's recommended route was the same. */
  readonly nextStepsAsFor?: string;
}

export interface SummaryRecord {
  readonly title: string;
  /** Said only when no route looks at least possible; otherwise the first route is the recommended one. */
  readonly noRoute?: string;
  readonly routes: readonly SummaryRoute[];
  /** Routes that plainly do not fit this kind of record: named once, not explained. */
  readonly notFitting: string;
  readonly notes: readonly string[];
}

export interface AttorneySummary {
  readonly title: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly notice: string;
  readonly answersHeading: string;
  readonly answers: readonly AnswerGroup[];
  readonly resultsHeading: string;
  readonly records: readonly SummaryRecord[];
  readonly caseNotesHeading: string;
  readonly caseNotes: readonly string[];
  /** Every statute source once, with the sections that cite it: addresses are printed here only once. */
  readonly sourcesHeading: string;
  readonly sources: readonly { readonly url: string; readonly sections: readonly string[] }[];
  readonly labels: {
    readonly elements: string;
    readonly lawyerChecks: string;
    readonly forms: string;
    readonly nextSteps: string;
    readonly law: string;
  };
}

function sourcesOf(records: readonly SummaryRecord[]): AttorneySummary['sources'] {
  const byUrl = new Map<string, string[]>();
  const add = (c: Citation) => {
    const sections = byUrl.get(c.url) ?? [];
    if (!sections.includes(c.section)) sections.push(c.section);
    byUrl.set(c.url, sections);
  };
  for (const record of records) {
    for (const route of record.routes) {
      add(route.citation);
      route.elements.forEach((e) => add(e.citation));
    }
  }
  return [...byUrl].map(([url, sections]) => ({ url, sections }));
}

export interface SummaryInput {
  readonly answers: Answers;
  readonly result: ScreeningResult;
  /** ISO date (YYYY-MM-DD) of the screening. */
  readonly screenedOn: string;
}

export function buildAttorneySummary(
  { answers, result, screenedOn }: SummaryInput,
  words: SummaryWords,
): AttorneySummary {
  const r = (key: string, params?: Readonly<Record<string, string | number>>) =>
    voicedText(words, 'results', key, params);
  const message = (m: Message) => voicedText(words, 'rules', m.key, m.params);
  const routeTitle = (id: PathwayId) => voicedText(words, 'rules', `pathway.${id}.title`);
  const outcomeText = (p: PathwayResult) => voicedText(words, 'rules', `outcome.${p.outcome}.headline`);

  /**
   * One short line each: the law's open points, then the facts the answers left open. A route ruled
   * out on these answers is flagged only when an open point is what rules it out, and says so.
   */
  const lawyerChecks = (p: PathwayResult): string[] => {
    const review = routeReview(p);
    const unsettled = review.unsettled.map((e) => message(e.label)).join('; ');
    const open = review.openFacts.map((e) => message(e.label)).join('; ');
    return [
      ...(unsettled
        ? [
            r(review.ruledOutFor ? 'attorney.checkUnsettledRuledOut' : 'attorney.checkUnsettled', {
              elements: unsettled,
            }),
          ]
        : []),
      ...(open ? [r('attorney.checkFacts', { elements: open })] : []),
    ];
  };
  const stepsWrittenFor = new Map<PathwayId, number>();
  const route = (p: PathwayResult, recommended: boolean, recordNumber: number): SummaryRoute => {
    const asFor = recommended ? stepsWrittenFor.get(p.pathway) : undefined;
    if (recommended && asFor === undefined) stepsWrittenFor.set(p.pathway, recordNumber);
    const flagged = routeReview(p).unsettled;
    return {
      pathway: p.pathway,
      title: routeTitle(p.pathway),
      outcome: outcomeText(p),
      recommended,
      heading: recommended
        ? r('attorney.recommended', { route: routeTitle(p.pathway), outcome: outcomeText(p) })
        : `${routeTitle(p.pathway)}: ${outcomeText(p)}.`,
      citation: p.citation,
      // The other routes show only what holds them back: three records must fit on three pages.
      elements: p.elements
        .filter((e) => recommended || e.status !== 'met')
        .map((e) => ({
          status: e.status,
          statusText: r(`status.${e.status}`),
          label: message(e.label),
          reason: message(e.explanation),
          citation: e.citation,
          review: flagged.includes(e),
        })),
      lawyerChecks: lawyerChecks(p),
      forms: p.forms,
      nextSteps: recommended && asFor === undefined ? p.nextSteps.map(message) : [],
      nextStepsAsFor: asFor === undefined ? undefined : r('attorney.asFor', { number: asFor }),
    };
  };

  const records = result.records.map((record, index): SummaryRecord => {
    // The order is the rules' own: their recommended route first, then the others in fixed order.
    const best = record.best;
    const ordered = best === 'none' ? otherRoutes(record) : [record.pathways[best], ...otherRoutes(record)];
    const notFitting = PATHWAY_IDS.filter((id) => !record.pathways[id].applies && id !== best).map(
      (id) => record.pathways[id].citation.section,
    );
    const typed = answers.records[index]?.offense;
    const name =
      typed && typed !== 'skipped' && typed !== 'prefer_not' ? offenseText(words, typed) : r('unknownOffense');
    return {
      title: r('recordTitle', { number: index + 1, name }),
      noRoute: best === 'none' ? r('noRoute') : undefined,
      routes: ordered.map((p) => route(p, p.pathway === best, index + 1)),
      notFitting: notFitting.length > 0 ? r('attorney.notFitting', { routes: notFitting.join('; ') }) : '',
      notes: record.notes.map(message),
    };
  });

  return {
    title: r('attorney.title'),
    facts: [
      { label: r('attorney.screened'), value: words.formatDate(screenedOn) },
      { label: r('attorney.lawReviewed'), value: words.formatDate(result.lawReviewed) },
    ],
    notice: r('attorney.notice'),
    answersHeading: r('attorney.answersHeading'),
    answers: answerGroups(words, answers),
    resultsHeading: r('attorney.resultsHeading'),
    records,
    caseNotesHeading: r('notesHeading'),
    caseNotes: [...(result.immigrationCaution ? [r('immigration.heading')] : []), ...result.notes.map(message)],
    sourcesHeading: r('attorney.sources'),
    sources: sourcesOf(records),
    labels: {
      elements: r('attorney.elements'),
      lawyerChecks: r('attorney.lawyerChecks'),
      forms: r('attorney.forms'),
      nextSteps: r('nextSteps'),
      law: r('attorney.law'),
    },
  };
}

/** The same summary as plain text for a case-management note: headings, then indented lines. */
export function summaryText(summary: AttorneySummary): string {
  const lines: string[] = [
    summary.title.toUpperCase(),
    ...summary.facts.map((f) => `${f.label}: ${f.value}`),
    summary.notice,
    '',
  ];
  lines.push(summary.answersHeading.toUpperCase());
  for (const group of summary.answers) {
    lines.push(group.heading);
    for (const row of group.rows) lines.push(`  - ${row.question}: ${row.answer}`);
  }
  lines.push('', summary.resultsHeading.toUpperCase());
  for (const record of summary.records) {
    lines.push('', record.title);
    if (record.noRoute) lines.push(record.noRoute);
    for (const route of record.routes) {
      lines.push(`  * ${route.heading} ${summary.labels.law} ${route.citation.section}`);
      for (const e of route.elements)
        lines.push(`    [${e.statusText}] ${e.label}: ${e.reason} (${e.citation.section})`);
      if (route.lawyerChecks.length > 0)
        lines.push(`    ${summary.labels.lawyerChecks}: ${route.lawyerChecks.join(' ')}`);
      if (route.forms.length > 0) lines.push(`    ${summary.labels.forms}: ${route.forms.join(', ')}`);
      route.nextSteps.forEach((step, i) =>
        lines.push(`    ${i === 0 ? `${summary.labels.nextSteps}: ` : ''}${i + 1}. ${step}`),
      );
      if (route.nextStepsAsFor) lines.push(`    ${summary.labels.nextSteps}: ${route.nextStepsAsFor}`);
    }
    if (record.notFitting) lines.push(`  ${record.notFitting}`);
    for (const note of record.notes) lines.push(`  - ${note}`);
  }
  if (summary.caseNotes.length > 0) {
    lines.push('', summary.caseNotesHeading.toUpperCase(), ...summary.caseNotes.map((note) => `- ${note}`));
  }
  lines.push(
    '',
    summary.sourcesHeading.toUpperCase(),
    ...summary.sources.map((s) => `- ${s.sections.join('; ')}: ${s.url}`),
  );
  return `${lines.join('\n')}\n`;
}
