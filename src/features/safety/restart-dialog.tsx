import './safety.css';

import { useEffect, useRef, useState } from 'react';

import { useTranslation } from '@/i18n/use-translation';
import type { SessionControls } from '@/lib/session-controls';
import { wipeBrowserStorage } from '@/lib/storage-wipe';

import { SafetyDialog } from './safety-dialog';
import { SaveDialog, type SaveDialogProps } from './save-dialog';
import { onWiped, signalWiped } from './wipe-signal';

/**
 * `startAgain`: the person's own "Start again" on the results. `newScreening`: the next person at
 * an intake desk (the helper's choice of wording and the language stay).
 */
export type RestartKind = 'startAgain' | 'newScreening';

export interface RestartDialogProps {
  /** Which confirmation is open, if any. */
  kind: RestartKind | null;
  onClose: () => void;
  /** Drops the answers and starts over; the dialog then clears storage and closes other dialogs. */
  onConfirm: (kind: RestartKind) => void;
  controls: SessionControls;
  /** Injectable for tests, as in SessionActions. */
  download?: SaveDialogProps['download'];
  iterations?: number;
  encrypt?: SaveDialogProps['encrypt'];
}

/**
 * Starting over throws every answer away, so it asks first, kindly, and says what stays. Focus
 * starts on Cancel, the safe choice; Cancel, Escape and Back keep everything. When there are
 * answers, it offers to save them to a file first and comes back here afterwards.
 */
export function RestartDialog({
  kind,
  onClose,
  onConfirm,
  controls,
  download,
  iterations,
  encrypt,
}: RestartDialogProps) {
  const { t } = useTranslation('safety');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const shown = saving ? null : kind;
  const close = () => {
    setSaving(false);
    onClose();
  };
  // Answers wiped elsewhere (inactivity): close, so no passphrase lingers in the save step.
  const latestClose = useRef(close);
  useEffect(() => {
    latestClose.current = close;
  });
  useEffect(() => onWiped(() => latestClose.current()), []);

  const confirm = (which: RestartKind) => {
    onConfirm(which);
    void wipeBrowserStorage();
    // Save and open forget a half-typed passphrase and a restored file's message.
    signalWiped();
    setStatus(t(`restart.${which}.done`));
    close();
  };

  return (
    <>
      <p role="status" className="safety-visually-hidden">
        {status}
      </p>
      <SafetyDialog
        open={shown !== null}
        title={shown ? t(`restart.${shown}.title`) : ''}
        role="alertdialog"
        onClose={close}
        initialFocus={cancelRef}
        description={shown ? t(`restart.${shown}.body`) : undefined}
      >
        {shown === 'newScreening' ? <p>{t('restart.newScreening.keeps')}</p> : null}
        {controls.hasAnswers() ? <p>{t('restart.saveFirst')}</p> : null}
        <div className="safety-actions">
          <button type="button" className="safety-button" onClick={() => shown && confirm(shown)}>
            {shown ? t(`restart.${shown}.confirm`) : ''}
          </button>
          {controls.hasAnswers() ? (
            <button type="button" className="safety-button safety-button-secondary" onClick={() => setSaving(true)}>
              {t('restart.saveFirstButton')}
            </button>
          ) : null}
          <button ref={cancelRef} type="button" className="safety-button safety-button-secondary" onClick={close}>
            {t('dialog.cancel')}
          </button>
        </div>
      </SafetyDialog>
      <SaveDialog
        open={kind !== null && saving}
        onClose={() => setSaving(false)}
        controls={controls}
        download={download}
        iterations={iterations}
        encrypt={encrypt}
      />
    </>
  );
}
