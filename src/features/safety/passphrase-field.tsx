import { useId, type Ref } from 'react';

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
}

export function PassphraseField({ label, hint, error, value, show, onChange, inputRef }: PassphraseFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
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
    </div>
  );
}
