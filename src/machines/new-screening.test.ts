import { describe, expect, it } from 'vitest';

import { goBack, submitAnswer } from './navigation';
import { newScreeningContext } from './new-screening';
import { snapshotFromContext } from './screening-machine';

describe('a new screening for the next person', () => {
  it('keeps only who is answering, and opens on the safety check', () => {
    const context = newScreeningContext('helper');
    expect(context.answers).toEqual({ records: [], audience: 'helper' });
    expect(context.position).toEqual({ step: 'safetyCheck', record: 0 });
    expect(context.changes).toEqual([]);
    expect(snapshotFromContext(context).matches({ interview: 'questions' })).toBe(true);
  });

  it('goes Back to the carried-over answer, then to the start page', () => {
    const atAudience = goBack(newScreeningContext('helper'))!;
    expect(atAudience.position.step).toBe('audience');
    expect(atAudience.answers.audience).toBe('helper');
    expect(goBack(atAudience)!.position.step).toBe('start');
  });

  it('asks the safety check and shows the pause when now is not safe: nothing a client needs is skipped', () => {
    const paused = submitAnswer(newScreeningContext('helper'), 'no')!;
    expect(paused.position.step).toBe('safetyPause');
  });

  it('starts from nothing when nobody said who is answering', () => {
    expect(newScreeningContext(undefined).position.step).toBe('start');
    expect(newScreeningContext('skipped').answers).toEqual({ records: [] });
  });
});
