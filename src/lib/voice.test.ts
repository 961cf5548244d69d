import { describe, expect, it } from 'vitest';

import { voicedKey, voiceFor } from './voice';

describe('voice', () => {
  it('speaks about the person to helpers and learners, and to the person otherwise', () => {
    expect(voiceFor('helper')).toBe('person');
    expect(voiceFor('learner')).toBe('person');
    expect(voiceFor('self')).toBe('self');
    expect(voiceFor(undefined)).toBe('self');
    expect(voiceFor('prefer_not')).toBe('self');
  });

  it('picks the variant when the key has one, and the key itself otherwise', () => {
    const keys = new Set(['a.self', 'a.person', 'b']);
    const exists = (key: string) => keys.has(key);
    expect(voicedKey('a', 'person', exists)).toBe('a.person');
    expect(voicedKey('a', 'self', exists)).toBe('a.self');
    expect(voicedKey('b', 'person', exists)).toBe('b');
  });
});
