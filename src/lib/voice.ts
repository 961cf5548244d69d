/**
 * Who the words speak to. A survivor checking for themselves reads "you"; an intake worker or a
 * law student reads about "the person". A locale key holds one sentence for both, or
 * `{ "self": ..., "person": ... }` variants with the same placeholders.
 */
export type Voice = 'self' | 'person';

/** The voice for the first question's answer: helpers and learners read about the person. */
export function voiceFor(audience: string | undefined): Voice {
  return audience === 'helper' || audience === 'learner' ? 'person' : 'self';
}

/** The key to look up: `key.<voice>` when the key has variants, otherwise the key itself. */
export function voicedKey(key: string, voice: Voice, exists: (key: string) => boolean): string {
  const variant = `${key}.${voice}`;
  return exists(variant) ? variant : key;
}
