import { describe, expect, it } from 'vitest';

import { isCommonPassphrase, passphraseStrength } from './passphrase';

describe('common passphrases', () => {
  it.each([
    'password',
    'Password1',
    'PASSWORD123',
    'pass word',
    'iloveyou!',
    'Iloveyou2024',
    '12345678',
    'qwertyuiop',
    'aaaaaaaaaa',
    'abababab',
    'Contraseña',
    'teamo123',
    'abcdefgh',
  ])('%s is refused', (p) => expect(isCommonPassphrase(p)).toBe(true));
  it.each(['green bicycle summer', 'river stone lamp', 'Tr0ub4dor&3', 'mi gato come tortillas'])('%s is allowed', (p) =>
    expect(isCommonPassphrase(p)).toBe(false),
  );
});

describe('passphrase strength', () => {
  it('rates by length and words, and names common and short ones', () => {
    expect(passphraseStrength('short')).toBe('tooShort');
    expect(passphraseStrength('password1')).toBe('common');
    expect(passphraseStrength('kdjfhgqz')).toBe('weak');
    expect(passphraseStrength('Tr0ub4dor&3')).toBe('fair');
    expect(passphraseStrength('river stone lamp')).toBe('fair');
    expect(passphraseStrength('green bicycle summer')).toBe('strong');
    expect(passphraseStrength('correct horse battery staple')).toBe('strong');
  });
});
