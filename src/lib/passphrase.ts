/**
 * Passphrase checks for saved files: refuse the most common passwords, and estimate strength so
 * the person can see how hard their choice is to guess. The file is only as safe as its passphrase:
 * someone who finds it can try guesses offline, as many as they like, each costing one key derivation.
 */
import { COMMON_PASSPHRASES } from './common-passphrases';
import { MIN_PASSPHRASE_LENGTH } from './saved-file';

export type PassphraseStrength = 'tooShort' | 'common' | 'weak' | 'fair' | 'strong';

/** Case, spaces and accents do not make a common password uncommon. */
function normalise(passphrase: string): string {
  return passphrase
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

/** One of the most used passwords, a single repeated character, or a plain run like "12345678". */
export function isCommonPassphrase(passphrase: string): boolean {
  const plain = normalise(passphrase);
  if (COMMON_PASSPHRASES.has(plain)) return true;
  // "password1!", "iloveyou2024": a common word with digits or symbols added at the end.
  const stem = plain.replace(/[^a-zñ]+$/u, '');
  if (stem.length >= 4 && stem !== plain && COMMON_PASSPHRASES.has(stem)) return true;
  if (new Set(plain).size <= 2) return true;
  const runs = ['0123456789', '9876543210', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];
  return runs.some((run) => run.includes(plain));
}

/**
 * A rough guide, not a promise: length and number of words count most (a few unrelated words are
 * both strong and easy to remember), mixing kinds of characters a little; many repeats count against.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase.normalize('NFC')];
  if (chars.length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (isCommonPassphrase(passphrase)) return 'common';
  const words = passphrase
    .trim()
    .split(/\s+/)
    .filter((w) => [...w].length >= 2).length;
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u].filter((kind) => kind.test(passphrase)).length;
  let score = chars.length >= 20 ? 2 : chars.length >= 14 ? 1 : 0;
  if (words >= 4) score += 2;
  else if (words >= 3) score += 1;
  if (kinds >= 3) score += 1;
  if (new Set(chars).size < chars.length / 3) score -= 1;
  if (score >= 3) return 'strong';
  return score >= 1 ? 'fair' : 'weak';
}
