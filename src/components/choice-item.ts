/** One option of a Radios or Checkboxes group, already in words. */
export interface ChoiceItem {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  /** Draw the "or" divider before this option (GOV.UK: set "not sure" apart from the answers). */
  readonly dividerBefore?: boolean;
}

/**
 * Ids that stay stable for tests and error links: the first option takes the group's id (so an
 * error summary link lands on it), the others add their value.
 */
export const choiceId = (groupId: string, value: string, index: number) =>
  index === 0 ? groupId : `${groupId}-${value}`;
