/**
 * Strings that may read the same as English: names of programs and places, codes, and words that
 * are spelled the same in the other language. Anything else identical to English is a string
 * someone forgot to translate.
 */
export const SAME_IN_EVERY_LANGUAGE: readonly string[] = [
  'LawHelpCA',
  'TTY: {{number}}',
  'California',
  'CAST (Coalition to Abolish Slavery and Trafficking)',
  'RAINN National Sexual Assault Hotline',
];

export const SAME_IN: Readonly<Record<string, readonly string[]>> = {
  es: ['No'],
  tl: ['OK'],
};
