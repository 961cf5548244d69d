import { type Ref, useId } from 'react';

import { useTranslation } from '@/i18n/use-translation';
import { type PassphraseStrength, passphraseStrength } from '@/lib/passphrase';

/**
 * A passphrase input that stays out of autofill and password managers as far as browsers allow.
 *
 * WHY: a password manager that offers to "save this password" would keep a record that this site
 * was used, in a place an abuser with the device passcode can open. autocomplete="off" is the
 * standard signal (Chrome ignores it for some password fields); the data-* attributes are the
 * documented opt-outs of 1Password, LastPass, Bitwarden and Dashlane. Spell-check and
 * auto-capitalise are off so the words are not learned by the keyboard's dictionary.
 */
export interface PassphraseFieldProps {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  show: boolean;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Show how hard the passphrase is to guess (when choosing one, not when opening a file). */
  showStrength?: boolean;
}

export function PassphraseField({
  label,
  hint,
  error,
  value,
  show,
  onChange,
  inputRef,
  showStrength = false,
}: PassphraseFieldProps) {
  const id = useId();
  const strengthShown = showStrength && value.length > 0;
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', strengthShown ? `${id}-strength` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={error ? 'safety-field safety-field-error' : 'safety-field'}>
      <label htmlFor={id} className="safety-label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="safety-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="safety-error-message">
          {error}
        </p>
      ) : null}
      <input
        ref={inputRef}
        id={id}
        className="safety-input"
        type={show ? 'text' : 'password'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-1p-ignore=""
        data-lpignore="true"
        data-bwignore=""
        data-form-type="other"
      />
      {strengthShown ? <StrengthGuide id={`${id}-strength`} passphrase={value} /> : null}
    </div>
  );
}

const FILLED: Record<PassphraseStrength, number> = { tooShort: 0, common: 0, weak: 1, fair: 2, strong: 3 };

/**
 * The strength in words ("Passphrase strength: fair") and as a bar of three parts, so it never
 * depends on colour. The words are part of the field's description (read when the field has
 * focus), not a live region: a screen reader is not interrupted at every key press.
 */
function StrengthGuide({ id, passphrase }: { id: string; passphrase: string }) {
  const { t } = useTranslation('safety');
  const level = passphraseStrength(passphrase);
  return (
    <div className="safety-strength" data-level={level}>
      <span className="safety-strength-bar" aria-hidden="true">
        {[1, 2, 3].map((n) => (
          <span
            key={n}
            className={n <= FILLED[level] ? 'safety-strength-part safety-strength-part-on' : 'safety-strength-part'}
          />
        ))}
      </span>
      <p id={id} className="safety-hint">
        {t('passphrase.strength', { level: t(`passphrase.level.${level}`) })}
        {level === 'weak' || level === 'fair' ? ` ${t(`passphrase.advice.${level}`)}` : ''}
      </p>
    </div>
  );
}
