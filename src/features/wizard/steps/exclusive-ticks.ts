/**
 * GOV.UK checkboxes with exclusive options ("None of these", "I'm not sure", "I'd rather not say"):
 * ticking an exclusive option clears every other tick, and ticking an ordinary option clears the
 * exclusive ones. Returns the ticks to keep after `ticked` was ticked.
 */
export function ticksAfter(current: readonly string[], ticked: string, exclusive: readonly string[]): string[] {
  const isExclusive = (choice: string) => exclusive.includes(choice);
  return current.filter((choice) => (isExclusive(ticked) ? choice === ticked : !isExclusive(choice)));
}
