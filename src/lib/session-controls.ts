/**
 * What the safety features may do to the person's session, without knowing how the wizard keeps
 * its answers. The app implements this over the screening actor; the safety feature only calls it.
 */
export interface SessionControls {
  /** Drop every answer at once and go back to the start page. Synchronous: exit relies on it. */
  wipe(): void;
  /**
   * A number that changes on every wipe. Work that takes a while (opening or saving a file) reads
   * it before it starts and drops its result if it changed: answers never come back after a wipe,
   * and no download starts after one.
   */
  generation(): number;
  /** True once the person has answered anything (used to skip needless warnings). */
  hasAnswers(): boolean;
  /** A JSON-safe copy of the answers to put in a saved file. */
  answersForSave(): unknown;
  /**
   * Replace the answers with ones read from a saved file. Returns false, and changes nothing,
   * when the payload is not a valid set of answers for this version of the app.
   */
  restore(payload: unknown): boolean;
}
