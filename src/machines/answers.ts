import { z } from 'zod/mini';

import { MAX_RECORDS } from '@/lib/record-limit';

import { QUESTIONS } from './questions';

/**
 * What the person told us, derived from the question table (questions.ts): one optional field per
 * question, on the person or on each record. Every field is optional: a question never asked is
 * `undefined`.
 */

type Question = Extract<(typeof QUESTIONS)[number], { kind: 'question' }>;
type PersonQuestion = Extract<Question, { phase: 'beforeRecords' | 'afterRecords' }>;
type RecordQuestion = Extract<Question, { phase: 'record' }>;

export type RecordAnswers = { id: string } & { [Q in RecordQuestion as Q['field']]?: z.output<Q['schema']> };
export type Answers = { records: RecordAnswers[] } & { [Q in PersonQuestion as Q['field']]?: z.output<Q['schema']> };

const questionsIn = (record: boolean) =>
  QUESTIONS.filter((q): q is Question => q.kind === 'question' && (q.phase === 'record') === record);
const optionalFields = (questions: readonly Question[]) =>
  Object.fromEntries(questions.map((q) => [q.field, z.optional(q.schema)]));

export const recordAnswersSchema = z.strictObject({
  /** Local id, never shown: `r1`, `r2`… (docs/case-format.md record ids). */
  id: z.string().check(z.regex(/^r\d{1,3}$/)),
  ...optionalFields(questionsIn(true)),
}) as unknown as z.ZodMiniType<RecordAnswers>;

export const answersSchema = z.strictObject({
  ...optionalFields(questionsIn(false)),
  records: z.array(recordAnswersSchema).check(z.maxLength(MAX_RECORDS)),
}) as unknown as z.ZodMiniType<Answers>;

export const emptyAnswers = (): Answers => ({ records: [] });

export function newRecord(existing: readonly RecordAnswers[]): RecordAnswers {
  const used = new Set(existing.map((record) => record.id));
  let n = existing.length + 1;
  while (used.has(`r${n}`)) n += 1;
  return { id: `r${n}` };
}

export function hasAnyAnswer(answers: Answers): boolean {
  return Object.entries(answers).some(([key, value]) =>
    key === 'records' ? (value as RecordAnswers[]).length > 0 : value !== undefined,
  );
}

export { type HarmReplies, possibleHarms, type Reply } from './replies';
