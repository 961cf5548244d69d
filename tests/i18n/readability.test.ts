import { describe, expect, it } from 'vitest';

import { flatten, namespaces, readNamespace } from './locale-files';

/**
 * Plain language, checked on every build: the English text people read must stay at about a
 * grade 6–8 reading level (the A2J Author / CALI practice for legal-aid tools), measured with the
 * Flesch–Kincaid grade formula. It is a rough measure, so the bar is a namespace average of at most
 * grade 8 and no single sentence group above grade 12; a human plain-language review still matters.
 * Short strings (under 12 words: labels, buttons) are left out, where the formula is just noise.
 */

const MAX_MEAN_GRADE = 8;
const MAX_GRADE = 12;
const MIN_WORDS = 12;

/** Syllables in an English word, by the usual vowel-group heuristic. */
function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

function fleschKincaidGrade(text: string): { grade: number; words: number } {
  const plain = text.replace(/\{\{[^}]+\}\}/g, 'it');
  const sentences = Math.max(1, plain.match(/[.!?]+(\s|$)/g)?.length ?? 0);
  const words = plain.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllableCount / Math.max(1, words.length)) - 15.59;
  return { grade, words: words.length };
}

describe('reading level of the English text', () => {
  it('measures known text sensibly', () => {
    expect(syllables('cat')).toBe(1);
    expect(syllables('survivor')).toBe(3);
    expect(fleschKincaidGrade('The cat sat on the mat. It was a good day for a nap in the sun.').grade).toBeLessThan(3);
    expect(
      fleschKincaidGrade(
        'Notwithstanding any other provision of law, the petitioner shall demonstrate by clear and convincing evidence the requisite intentionality.',
      ).grade,
    ).toBeGreaterThan(MAX_GRADE);
  });

  // Offense names are names, not sentences; the rules' legal explanations are held to the same bar.
  it.each(namespaces('en').filter((ns) => ns !== 'offenses'))('%s reads at about grade 8 or below', (ns) => {
    const measured = [...flatten(readNamespace('en', ns))]
      .map(([key, text]) => ({ key, ...fleschKincaidGrade(text) }))
      .filter((m) => m.words >= MIN_WORDS);
    const mean = measured.reduce((sum, m) => sum + m.grade, 0) / Math.max(1, measured.length);
    expect(mean).toBeLessThanOrEqual(MAX_MEAN_GRADE);
    const tooHard = measured.filter((m) => m.grade > MAX_GRADE).map((m) => `${m.key}: grade ${m.grade.toFixed(1)}`);
    expect(tooHard).toEqual([]);
  });
});
