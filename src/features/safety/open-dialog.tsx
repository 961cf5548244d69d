import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

import { useTranslation } from '@/i18n/use-translation';
import { decryptAnswers, type DecryptFailure, DEFAULT_ITERATIONS, MAX_FILE_BYTES } from '@/lib/saved-file';
import type { SessionControls } from '@/lib/session-controls';

import { readFileBytes } from './file-io';
import { PassphraseField } from './passphrase-field';
import { SafetyDialog } from './safety-dialog';

export interface OpenDialogProps {
  open: boolean;
  onClose: () => void;
  controls: SessionControls;
  /** Injectable for tests; defaults to Blob.arrayBuffer(). */
  readFile?: (file: Blob) => Promise<Uint8Array>;
  /** The PBKDF2 count the app saves with (files outside its bounds are refused); only tests lower it. */
  iterations?: number;
  /** Injectable for tests (controlled promises); defaults to decryptAnswers. */
  decrypt?: typeof decryptAnswers;
}

/** Every way opening can fail; each has its own message in locales/<lng>/safety.json (open.reason.*). */
export type OpenFailure = DecryptFailure | 'does_not_fit' | 'unreadable';

type Step = 'form' | 'opening' | 'done';

/** restore() promises to change nothing when it returns false; a throw is treated the same. */
function safeRestore(controls: SessionControls, payload: unknown): boolean {
  try {
    return controls.restore(payload);
  } catch {
    return false;
  }
}

/**
 * "Open saved answers": pick a file, type its passphrase, decrypt, hand the payload to
 * controls.restore. On ANY failure the answers on screen are left exactly as they were:
 * restore() is only called after a successful decrypt, and wipe() is never called here.
 */
export function OpenDialog(props: OpenDialogProps) {
  return props.open ? <OpenDialogInner {...props} /> : null;
}

function OpenDialogInner({
  onClose,
  controls,
  readFile = readFileBytes,
  iterations = DEFAULT_ITERATIONS,
  decrypt = decryptAnswers,
}: OpenDialogProps) {
  const { t } = useTranslation('safety');
  const fileId = useId();
  const [step, setStep] = useState<Step>('form');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [show, setShow] = useState(false);
  const [errors, setErrors] = useState<{ file?: string; passphrase?: string }>({});
  const [failure, setFailure] = useState<OpenFailure | null>(null);
  // Counts failed attempts, so the same message twice still moves focus to it again.
  const [attempt, setAttempt] = useState(0);
  const [hadAnswers] = useState(() => controls.hasAnswers());
  const fileRef = useRef<HTMLInputElement>(null);
  const passRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  // Opening in progress: Cancel, Escape, closing the dialog or a wipe stop it (nothing is restored).
  const work = useRef<AbortController | null>(null);
  useEffect(() => () => work.current?.abort(), []);

  useEffect(() => {
    if (step === 'done') doneRef.current?.focus();
  }, [step]);

  // Move focus to the message so it is read at once; Tab then leads back to the fields.
  useEffect(() => {
    if (attempt > 0) failureRef.current?.focus();
  }, [attempt]);

  const fail = (reason: OpenFailure) => {
    setFailure(reason);
    setStep('form');
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const next: { file?: string; passphrase?: string } = {};
    if (!file) next.file = t('open.errorNoFile');
    if (passphrase.length === 0) next.passphrase = t('open.errorNoPassphrase');
    setErrors(next);
    setFailure(null);
    if (next.file) return fileRef.current?.focus();
    if (next.passphrase || !file) return passRef.current?.focus();

    setStep('opening');
    // Refuse a huge file before reading it into memory at all.
    if (file.size > MAX_FILE_BYTES) return fail('too_large');
    const generation = controls.generation();
    const controller = new AbortController();
    work.current = controller;
    // Stopped, or the answers were wiped meanwhile: the file's answers must not come back.
    const stale = () => controller.signal.aborted || controls.generation() !== generation;
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch {
      return stale() ? undefined : fail('unreadable');
    }
    if (stale()) return undefined;
    let result: Awaited<ReturnType<typeof decryptAnswers>>;
    try {
      result = await decrypt(bytes, passphrase, { iterations, signal: controller.signal });
    } catch {
      return stale() ? undefined : fail('unreadable');
    }
    if (stale()) return undefined;
    work.current = null;
    if (!result.ok) return fail(result.reason);
    if (!safeRestore(controls, result.payload)) return fail('does_not_fit');
    setPassphrase('');
    setStep('done');
  };

  const close = () => {
    work.current?.abort();
    onClose();
  };

  return (
    <SafetyDialog open title={t('open.title')} onClose={close}>
      {step === 'done' ? (
        <>
          <p role="status">{t('open.done')}</p>
          <div className="safety-actions">
            <button ref={doneRef} type="button" className="safety-button" onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
        </>
      ) : (
        <form noValidate autoComplete="off" onSubmit={(event) => void onSubmit(event)}>
          <p>{t('open.intro')}</p>
          {hadAnswers ? <p className="safety-callout">{t('open.replaces')}</p> : null}
          {failure ? (
            <div ref={failureRef} tabIndex={-1} role="alert" className="safety-problem">
              <p>{t(`open.reason.${failure}`)}</p>
              <p>{t('open.unchanged')}</p>
            </div>
          ) : null}
          <div className={errors.file ? 'safety-field safety-field-error' : 'safety-field'}>
            <label htmlFor={fileId} className="safety-label">
              {t('open.fileLabel')}
            </label>
            {errors.file ? (
              <p id={`${fileId}-error`} className="safety-error-message">
                {errors.file}
              </p>
            ) : null}
            <input
              ref={fileRef}
              id={fileId}
              className="safety-file-input"
              type="file"
              accept=".txt,text/plain"
              aria-invalid={errors.file ? true : undefined}
              aria-describedby={errors.file ? `${fileId}-error` : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFailure(null);
              }}
            />
          </div>
          <PassphraseField
            inputRef={passRef}
            label={t('open.passphraseLabel')}
            error={errors.passphrase}
            value={passphrase}
            show={show}
            onChange={setPassphrase}
          />
          <div className="safety-checkbox">
            <input
              id={`${fileId}-show`}
              type="checkbox"
              checked={show}
              onChange={(event) => setShow(event.target.checked)}
            />
            <label htmlFor={`${fileId}-show`}>{t('passphrase.show')}</label>
          </div>
          {step === 'opening' ? (
            <p role="status" className="safety-callout">
              {t('open.opening')}
            </p>
          ) : null}
          <div className="safety-actions">
            <button type="submit" className="safety-button" disabled={step === 'opening'}>
              {t('open.submit')}
            </button>
            <button type="button" className="safety-button safety-button-secondary" onClick={close}>
              {t('dialog.cancel')}
            </button>
          </div>
        </form>
      )}
    </SafetyDialog>
  );
}
