import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

import { useTranslation } from '@/i18n/use-translation';
import { isCommonPassphrase } from '@/lib/passphrase';
import { DEFAULT_ITERATIONS, encryptAnswers, MIN_PASSPHRASE_LENGTH, savedFileName } from '@/lib/saved-file';
import type { SessionControls } from '@/lib/session-controls';

import { downloadTextFile } from './file-io';
import { PassphraseField } from './passphrase-field';
import { SafetyDialog } from './safety-dialog';

export interface SaveDialogProps {
  open: boolean;
  onClose: () => void;
  controls: SessionControls;
  /** Injectable for tests; defaults to a Blob download. */
  download?: (fileName: string, text: string) => void;
  /** PBKDF2 iterations; only tests lower it. */
  iterations?: number;
  /** Injectable for tests (controlled promises); defaults to encryptAnswers. */
  encrypt?: typeof encryptAnswers;
}

type Step = 'warn' | 'form' | 'saving' | 'done' | 'failed' | 'nothing';

/**
 * "Save my answers to a file": warn first (files stay on the device and in the downloads list),
 * then ask for a passphrase twice, then encrypt and download. The passphrase never leaves this
 * component and is forgotten when the dialog closes.
 */
export function SaveDialog(props: SaveDialogProps) {
  // Remount the inner dialog on every opening so no passphrase survives a close.
  return props.open ? <SaveDialogInner {...props} /> : null;
}

function SaveDialogInner({
  onClose,
  controls,
  download = downloadTextFile,
  iterations = DEFAULT_ITERATIONS,
  encrypt = encryptAnswers,
}: SaveDialogProps) {
  const { t } = useTranslation('safety');
  const showId = useId();
  const [step, setStep] = useState<Step>(() => (controls.hasAnswers() ? 'warn' : 'nothing'));
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [show, setShow] = useState(false);
  const [errors, setErrors] = useState<{ first?: string; second?: string }>({});
  const [fileName, setFileName] = useState('');
  const firstRef = useRef<HTMLInputElement>(null);
  const secondRef = useRef<HTMLInputElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  // Saving in progress: Cancel, Escape, closing the dialog or a wipe stop it (no download follows).
  const work = useRef<AbortController | null>(null);
  useEffect(() => () => work.current?.abort(), []);

  // The button that moved us on disappears with its step: put focus somewhere useful, not <body>.
  useEffect(() => {
    if (step === 'form') firstRef.current?.focus();
    else if (step === 'done' || step === 'failed') primaryRef.current?.focus();
  }, [step]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const next: { first?: string; second?: string } = {};
    if (first.length === 0) next.first = t('save.errorEmpty');
    else if ([...first].length < MIN_PASSPHRASE_LENGTH)
      next.first = t('save.errorShort', { min: MIN_PASSPHRASE_LENGTH });
    else if (isCommonPassphrase(first)) next.first = t('save.errorCommon');
    else if (second !== first) next.second = t('save.errorMismatch');
    setErrors(next);
    if (next.first) return firstRef.current?.focus();
    if (next.second) return secondRef.current?.focus();

    setStep('saving');
    const generation = controls.generation();
    const controller = new AbortController();
    work.current = controller;
    // Stopped, or the answers were wiped while the key was being made: no file may appear.
    const stale = () => controller.signal.aborted || controls.generation() !== generation;
    try {
      const text = await encrypt(controls.answersForSave(), first, { iterations, signal: controller.signal });
      if (stale()) return;
      const name = savedFileName();
      download(name, text);
      setFileName(name);
      setStep('done');
    } catch {
      if (!stale()) setStep('failed');
    } finally {
      if (work.current === controller) work.current = null;
      setFirst('');
      setSecond('');
    }
  };

  const close = () => {
    work.current?.abort();
    onClose();
  };

  return (
    <SafetyDialog open title={t('save.title')} onClose={close}>
      {step === 'nothing' ? (
        <>
          <p>{t('save.nothing')}</p>
          <div className="safety-actions">
            <button type="button" className="safety-button" onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
        </>
      ) : null}

      {step === 'warn' ? (
        <>
          <p className="safety-callout">{t('save.warnDevice')}</p>
          <p>{t('save.warnPassphrase')}</p>
          <p>{t('save.warnChoice')}</p>
          <div className="safety-actions">
            <button type="button" className="safety-button" onClick={() => setStep('form')}>
              {t('save.continue')}
            </button>
            <button type="button" className="safety-button safety-button-secondary" onClick={onClose}>
              {t('dialog.cancel')}
            </button>
          </div>
        </>
      ) : null}

      {step === 'form' || step === 'saving' ? (
        <form noValidate autoComplete="off" onSubmit={(event) => void onSubmit(event)}>
          <PassphraseField
            inputRef={firstRef}
            label={t('save.passphraseLabel')}
            hint={t('save.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
            error={errors.first}
            value={first}
            show={show}
            onChange={setFirst}
            showStrength
          />
          <PassphraseField
            inputRef={secondRef}
            label={t('save.confirmLabel')}
            error={errors.second}
            value={second}
            show={show}
            onChange={setSecond}
          />
          <div className="safety-checkbox">
            <input id={showId} type="checkbox" checked={show} onChange={(event) => setShow(event.target.checked)} />
            <label htmlFor={showId}>{t('passphrase.show')}</label>
          </div>
          {step === 'saving' ? (
            <p role="status" className="safety-callout">
              {t('save.saving')}
            </p>
          ) : null}
          <div className="safety-actions">
            <button type="submit" className="safety-button" disabled={step === 'saving'}>
              {t('save.submit')}
            </button>
            <button type="button" className="safety-button safety-button-secondary" onClick={close}>
              {t('dialog.cancel')}
            </button>
          </div>
        </form>
      ) : null}

      {step === 'done' ? (
        <>
          <p role="status">{t('save.done', { fileName })}</p>
          <p>{t('save.doneAdvice')}</p>
          <div className="safety-actions">
            <button ref={primaryRef} type="button" className="safety-button" onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
        </>
      ) : null}

      {step === 'failed' ? (
        <>
          <p role="alert">{t('save.failed')}</p>
          <div className="safety-actions">
            <button ref={primaryRef} type="button" className="safety-button" onClick={() => setStep('form')}>
              {t('dialog.tryAgain')}
            </button>
            <button type="button" className="safety-button safety-button-secondary" onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
        </>
      ) : null}
    </SafetyDialog>
  );
}
