/**
 * Strings where an English glossary word is used in another sense, so the legal term is not
 * expected in the translation. Keyed "namespace:key", listing the glossary entries to skip.
 */
export const TERM_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  // "apps that record your screen": record is a verb here, not a criminal record.
  'safety:page.cannot.spyware': ['record'],
  // A list of word forms for the prosecutor: "district attorney" is the prosecutor, not a lawyer for the person.
  'glossary:prosecutor.matches': ['lawyer'],
};
