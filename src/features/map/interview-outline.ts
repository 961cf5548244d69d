import { pageOf, sectionOf, STEP_IDS, type StepId } from '@/machines/flow';
import type { AnyPage, Section } from '@/machines/question-kinds';

/**
 * The whole interview in order, read from the question table and the path the machine routes by
 * (flow.ts): the parts of the interview, each page in each part, the pages asked once per record
 * as one group, and the frame pages (the list of records, Check your answers, the results).
 * Nothing here names a question: a question added to the table appears on the map by itself.
 */
export type OutlineItem =
  | { readonly kind: 'page'; readonly step: StepId; readonly page: AnyPage }
  | { readonly kind: 'eachRecord'; readonly pages: readonly { readonly step: StepId; readonly page: AnyPage }[] }
  | { readonly kind: 'frame'; readonly step: StepId };

export interface OutlinePart {
  /** A part of the interview, or the results at the end (which belong to no part). */
  readonly section: Section | 'results';
  readonly items: readonly OutlineItem[];
}

export function interviewOutline(): OutlinePart[] {
  const parts: { section: Section | 'results'; items: OutlineItem[] }[] = [];
  for (const step of STEP_IDS) {
    if (step === 'start') continue;
    const section = sectionOf(step) ?? 'results';
    let part = parts.at(-1);
    if (part?.section !== section) {
      part = { section, items: [] };
      parts.push(part);
    }
    const page = pageOf(step);
    if (!page) {
      part.items.push({ kind: 'frame', step });
    } else if (page.phase === 'record') {
      const last = part.items.at(-1);
      if (last?.kind === 'eachRecord') (last.pages as { step: StepId; page: AnyPage }[]).push({ step, page });
      else part.items.push({ kind: 'eachRecord', pages: [{ step, page }] });
    } else {
      part.items.push({ kind: 'page', step, page });
    }
  }
  return parts;
}
