import { type Voice, voicedKey } from '@/lib/voice';
import type { Answers } from '@/machines/answers';
import { answerAt, answeredPath, isAfterRecordStep, isRecordStep, type Position } from '@/machines/flow';
import { harmChoiceOf, type HarmReplies } from '@/machines/replies';
import { findOffense, HARM_KINDS } from '@/rules';

/**
 * The words the attorney summary is built from, behind a small interface so the summary itself is
 * a pure function (unit tested without React or i18next).
 */
export type SummaryNamespace = 'wizard' | 'common' | 'results' | 'rules' | 'offenses';

export interface SummaryWords {
  readonly t: (ns: SummaryNamespace, key: string, params?: Readonly<Record<string, string | number>>) => string;
  readonly exists: (ns: SummaryNamespace, key: string) => boolean;
  /** The summary is read by a lawyer, so the view always gives it the person voice ("the person said"). */
  readonly voice: Voice;
  /** A date in the reader's language, e.g. "November 30, 2026". */
  readonly formatDate: (isoDate: string) => string;
}

export interface AnswerRow {
  readonly question: string;
  readonly answer: string;
}

export interface AnswerGroup {
  readonly heading: string;
  readonly rows: readonly AnswerRow[];
}

/** A text in the summary's voice: the `{ self, person }` variant when the key has them. */
export function voicedText(
  words: SummaryWords,
  ns: SummaryNamespace,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  return words.t(
    ns,
    voicedKey(key, words.voice, (k) => words.exists(ns, k)),
    params,
  );
}

/** A wizard text in the summary's voice, as the questions read. */
export function wizardText(
  words: SummaryWords,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  return voicedText(words, 'wizard', key, params);
}

/** Where an option's label differs from its stored value (the question asks "are you a citizen?"). */
const LABEL_FOR_VALUE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  immigration: { no: 'citizen', yes: 'notCitizen' },
};

function optionLabel(words: SummaryWords, step: string, value: string): string {
  const harm = `harms.${value}`;
  if (step === 'recordWhichHarm' && words.exists('wizard', harm)) return words.t('wizard', harm);
  const key = `steps.${step}.options.${LABEL_FOR_VALUE[step]?.[value] ?? value}`;
  for (const candidate of [`${key}.label`, key]) {
    if (words.exists('wizard', candidate) || words.exists('wizard', `${candidate}.${words.voice}`))
      return wizardText(words, candidate);
  }
  // Never drop an answer: a value without a label is shown as it was stored.
  return value;
}

/** The offense in the person's words: the catalog name and code, or exactly what they typed. */
export function offenseText(words: SummaryWords, offense: string): string {
  if (offense === 'unsure') return wizardText(words, 'steps.recordOffense.options.unsure');
  const entry = findOffense(offense);
  if (entry) return `${words.t('offenses', `${entry.id}.name`)} (${entry.code})`;
  return words.t('results', 'attorney.typedOffense', { text: offense });
}

/** The one "what happened" row, as on Check your answers (an old file's mixed replies harm by harm). */
function harmsText(words: SummaryWords, replies: HarmReplies): string {
  const shown = harmChoiceOf(replies);
  if (shown.choice === 'skipped') return words.t('common', 'notAnswered');
  if (shown.choice === 'prefer_not') return words.t('common', 'ratherNotSay');
  if (shown.choice === 'harms') return shown.kinds.map((kind) => optionLabel(words, 'harms', kind)).join('; ');
  if (shown.choice !== 'mixed') return optionLabel(words, 'harms', shown.choice);
  return HARM_KINDS.map(
    (kind) => `${optionLabel(words, 'harms', kind)}: ${wizardText(words, `steps.harms.reply.${replies[kind]}`)}`,
  ).join('; ');
}

function answerText(words: SummaryWords, position: Position, answers: Answers): string {
  const { step } = position;
  const raw = answerAt(position, answers);
  if (raw === undefined || raw === 'skipped') return words.t('common', 'notAnswered');
  if (raw === 'prefer_not') return words.t('common', 'ratherNotSay');
  if (step === 'recordOffense' && typeof raw === 'string') return offenseText(words, raw);
  if (step === 'harms') return harmsText(words, raw as HarmReplies);
  if (Array.isArray(raw)) {
    return raw.length === 0
      ? words.t('common', 'notAnswered')
      : raw.map((v) => optionLabel(words, step, String(v))).join('; ');
  }
  if (typeof raw === 'object' && raw !== null && 'reply' in raw) {
    const evidence = raw as { reply: string; kinds: readonly string[] };
    if (evidence.reply === 'skipped') return words.t('common', 'notAnswered');
    if (evidence.reply === 'prefer_not') return words.t('common', 'ratherNotSay');
    if (evidence.reply !== 'documents') return optionLabel(words, step, evidence.reply);
    return evidence.kinds.map((kind) => optionLabel(words, step, kind)).join('; ');
  }
  return optionLabel(
    words,
    step,
    typeof raw === 'string' || typeof raw === 'number' ? String(raw) : JSON.stringify(raw),
  );
}

function row(words: SummaryWords, position: Position, answers: Answers): AnswerRow {
  const short = `steps.${position.step}.short`;
  const question =
    words.exists('wizard', short) || words.exists('wizard', `${short}.${words.voice}`)
      ? wizardText(words, short)
      : position.step;
  return { question, answer: answerText(words, position, answers) };
}

/**
 * Every answer on the person's path, grouped as on "Check your answers": what happened, each
 * record, then papers and immigration. No identity is ever asked, so none can appear here.
 */
export function answerGroups(words: SummaryWords, answers: Answers): AnswerGroup[] {
  const path = answeredPath(answers);
  const isAfter = (p: Position) => isAfterRecordStep(p.step);
  const groups: AnswerGroup[] = [
    {
      heading: wizardText(words, 'checkAnswers.aboutYou'),
      rows: path.filter((p) => !isRecordStep(p.step) && !isAfter(p)).map((p) => row(words, p, answers)),
    },
  ];
  answers.records.forEach((_, index) => {
    groups.push({
      heading: wizardText(words, 'record.caption', { number: index + 1 }),
      rows: path.filter((p) => isRecordStep(p.step) && p.record === index).map((p) => row(words, p, answers)),
    });
  });
  groups.push({
    heading: wizardText(words, 'checkAnswers.documents'),
    rows: path.filter(isAfter).map((p) => row(words, p, answers)),
  });
  return groups;
}
