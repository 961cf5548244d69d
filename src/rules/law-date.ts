/**
 * The day the rules in this folder were last checked against the sources in docs/law-sources.md (status date
 * 2026-11-28). Shown to every person in the footer and on the results, so nobody mistakes an old
 * screening for current law. Change it only after a legal review of every pathway.
 */
export const LAW_REVIEWED = '2026-11-28';
