import type { Answers } from '@/machines/answers';
import { PATHWAY_IDS, type Citation, type ElementStatus, type Message, type PathwayId, type PathwayResult, type RecordResult, type ScreeningResult } from '@/rules/types';
import { fittingPathways } from './rank';
import { answerGroups, offenseText, type AnswerGroup, type SummaryWords } from './summary-words';

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
  readonly citation: Citation;
  readonly elements: readonly SummaryElement[];
  /** What a lawyer must check: points the law leaves open, and facts the answers left unsure. */
  readonly lawyerChecks: readonly string[];
  /** Judicial Council form numbers, when the rules give them. */
  readonly forms: readonly string[];
  /** Only for the recommended route, to keep the summary short. */
  readonly nextSteps: readonly string[];
}

export interface SummaryRecord {
  readonly title: string;
  readonly recommended: string;
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
  readonly labels: { readonly elements: string; readonly lawyerChecks: string; readonly forms: string; readonly nextSteps: string; readonly law: string };
}

export interface SummaryInput {
  readonly answers: Answers;
  readonly result: ScreeningResult;
  /** ISO date (YYYY-MM-DD) of the screening. */
  readonly screenedOn: string;
}

/**
 * INTEGRATION: the rules are adding `best` (the recommended route, a legal judgement) to each
 * record result and `forms` to each pathway. Until a result carries them, the best-ranked route
 * that fits stands in and no forms are listed. Read through these two functions only.
 */
export function recommendedRoute(record: RecordResult): PathwayId | 'none' {
  const fromRules = (record as { readonly best?: PathwayId | 'none' }).best;
  if (fromRules !== undefined) return fromRules;
  return fittingPathways(record)[0]?.pathway ?? 'none';
}
const formsOf = (pathway: PathwayResult): readonly string[] => (pathway as { readonly forms?: readonly string[] }).forms ?? [];
const recordNotesOf = (record: RecordResult): readonly Message[] => (record as { readonly notes?: readonly Message[] }).notes ?? [];

export function buildAttorneySummary({ answers, result, screenedOn }: SummaryInput, words: SummaryWords): AttorneySummary {
  const r = (key: string, params?: Readonly<Record<string, string | number>>) => words.t('results', key, params);
  const message = (m: Message) => words.t('rules', m.key, m.params);
  const routeTitle = (id: PathwayId) => words.t('rules', `pathway.${id}.title`);
  const outcomeText = (p: PathwayResult) => words.t('rules', `outcome.${p.outcome}.headline`);

  const route = (p: PathwayResult, recommended: boolean): SummaryRoute => ({
    pathway: p.pathway,
    title: routeTitle(p.pathway),
    outcome: outcomeText(p),
    recommended,
    citation: p.citation,
    elements: p.elements.map((e) => ({
      status: e.status,
      statusText: r(`status.${e.status}`),
      label: message(e.label),
      reason: message(e.explanation),
      citation: e.citation,
      review: e.needsLawyerReview,
    })),
    lawyerChecks: [
      ...(p.needsLawyerReview ? [r('lawyerReview')] : []),
      ...p.elements
        .filter((e) => e.needsLawyerReview || e.status === 'unsure')
        .map((e) => r(e.needsLawyerReview ? 'attorney.checkUnsettled' : 'attorney.checkFacts', { element: message(e.label) })),
    ],
    forms: formsOf(p),
    nextSteps: recommended ? p.nextSteps.map(message) : [],
  });

  const records = result.records.map((record, index): SummaryRecord => {
    const best = recommendedRoute(record);
    const fitting = fittingPathways(record);
    const ordered = best === 'none' ? fitting : [record.pathways[best], ...fitting.filter((p) => p.pathway !== best)];
    const notFitting = PATHWAY_IDS.filter((id) => !record.pathways[id].applies && id !== best).map(routeTitle);
    const typed = answers.records[index]?.offense;
    const name = typed && typed !== 'skipped' && typed !== 'prefer_not' ? offenseText(words, typed) : r('unknownOffense');
    const bestResult = best === 'none' ? undefined : record.pathways[best];
    return {
      title: r('recordTitle', { number: index + 1, name }),
      recommended: bestResult
        ? r('attorney.recommended', { route: routeTitle(bestResult.pathway), outcome: outcomeText(bestResult) })
        : r('noRoute'),
      routes: ordered.map((p) => route(p, p.pathway === best)),
      notFitting: notFitting.length > 0 ? r('attorney.notFitting', { routes: notFitting.join('; ') }) : '',
      notes: recordNotesOf(record).map(message),
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
    labels: {
      elements: r('attorney.elements'),
      lawyerChecks: r('attorney.lawyerChecks'),
      forms: r('attorney.forms'),
      nextSteps: r('nextSteps'),
      law: r('attorney.law'),
    },
  };
}

const cite = (c: Citation) => `${c.section} <${c.url}>`;

/** The same summary as plain text for a case-management note: headings, then indented lines. */
export function summaryText(summary: AttorneySummary): string {
  const lines: string[] = [summary.title.toUpperCase(), ...summary.facts.map((f) => `${f.label}: ${f.value}`), summary.notice, ''];
  lines.push(summary.answersHeading.toUpperCase());
  for (const group of summary.answers) {
    lines.push(group.heading);
    for (const row of group.rows) lines.push(`  - ${row.question}: ${row.answer}`);
  }
  lines.push('', summary.resultsHeading.toUpperCase());
  for (const record of summary.records) {
    lines.push('', record.title, record.recommended);
    for (const route of record.routes) {
      lines.push(`  * ${route.title}: ${route.outcome}. ${summary.labels.law} ${cite(route.citation)}`);
      for (const e of route.elements) lines.push(`    [${e.statusText}] ${e.label}: ${e.reason} (${cite(e.citation)})`);
      if (route.lawyerChecks.length > 0) lines.push(`    ${summary.labels.lawyerChecks}: ${route.lawyerChecks.join(' ')}`);
      if (route.forms.length > 0) lines.push(`    ${summary.labels.forms}: ${route.forms.join(', ')}`);
      route.nextSteps.forEach((step, i) => lines.push(`    ${i === 0 ? `${summary.labels.nextSteps}: ` : ''}${i + 1}. ${step}`));
    }
    if (record.notFitting) lines.push(`  ${record.notFitting}`);
    for (const note of record.notes) lines.push(`  - ${note}`);
  }
  if (summary.caseNotes.length > 0) {
    lines.push('', summary.caseNotesHeading.toUpperCase(), ...summary.caseNotes.map((note) => `- ${note}`));
  }
  return `${lines.join('\n')}\n`;
}
