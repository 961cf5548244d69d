import { describe, expect, it } from 'vitest';

import { POST_RECORD_STEPS, PRE_RECORD_STEPS, RECORD_STEPS, sectionOf, sectionProgress, STEP_IDS } from './flow';
import { SECTIONS } from './question-kinds';
import { QUESTIONS } from './questions';

describe('the path derived from the question table', () => {
  it('has every page of the table once, in table order, framed by start, records list, check and results', () => {
    expect(STEP_IDS).toEqual([
      'start',
      ...QUESTIONS.filter((q) => q.phase === 'beforeRecords').map((q) => q.id),
      ...RECORD_STEPS,
      ...POST_RECORD_STEPS,
    ]);
    expect(PRE_RECORD_STEPS[0]).toBe('audience');
    expect(POST_RECORD_STEPS).toEqual(['records', 'evidence', 'immigration', 'checkAnswers', 'results']);
    expect(new Set(STEP_IDS).size).toBe(STEP_IDS.length);
  });

  it('walks the sections in order along the path, so a progress indicator never goes backwards', () => {
    const order = STEP_IDS.map(sectionOf)
      .filter((section) => section !== undefined)
      .map((section) => SECTIONS.indexOf(section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(SECTIONS.length);
  });

  it('says which parts are done, current and ahead', () => {
    const states = (step: (typeof STEP_IDS)[number]) =>
      sectionProgress({ step, record: 0 }).map((s) => `${s.section}:${s.state}`);
    expect(states('recordStage')).toEqual([
      'aboutYou:done',
      'whatHappened:done',
      'records:current',
      'papers:ahead',
      'check:ahead',
    ]);
    expect(states('start').every((s) => s.endsWith(':ahead'))).toBe(true);
    expect(states('results').every((s) => s.endsWith(':done'))).toBe(true);
    expect(states('checkAnswers').at(-1)).toBe('check:current');
  });
});
