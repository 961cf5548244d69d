import type { Answers } from './answers';
import { initialContext, type ScreeningContext } from './contract';
import { beginInterview, submitAnswer } from './navigation';

/**
 * "Start a new screening" at an intake desk: the next person starts with nothing of the last one,
 * but the helper has already said who is answering, so that one answer is carried over and the
 * interview opens on the page after it (the safety check, worded for a helper). Built with the same
 * moves the person would make (start, then Continue on "who is this for"), so Back leads to the
 * carried-over answer and the start page as usual, and no page a client needs is skipped.
 */
export function newScreeningContext(audience: Answers['audience']): ScreeningContext {
  const fresh = initialContext();
  if (audience === undefined || audience === 'skipped') return fresh;
  const started = beginInterview(initialContext({ records: [], audience }));
  return (started && submitAnswer(started, audience)) ?? fresh;
}
