import './safety.css';

import { useEffect, useRef, useState } from 'react';

import { useTranslation } from '@/i18n/use-translation';
import type { SessionControls } from '@/lib/session-controls';
import { wipeBrowserStorage } from '@/lib/storage-wipe';

import { OpenDialog, type OpenDialogProps } from './open-dialog';
import { SafetyDialog } from './safety-dialog';
import { SaveDialog, type SaveDialogProps } from './save-dialog';
import { onWiped, signalWiped } from './wipe-signal';

export interface ClearDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called after the answers were wiped. */
  onCleared?: () => void;
  controls: SessionControls;
}

/**
 * "Clear my answers", with a confirmation that says exactly what happens. Cancel (or Escape)
 * keeps everything. Focus starts on Cancel, the safe choice.
 */
export function ClearDialog({ open, onClose, onCleared, controls }: ClearDialogProps) {
  const { t } = useTranslation('safety');
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <SafetyDialog
      open={open}
      title={t('clear.title')}
      role="alertdialog"
      onClose={onClose}
      initialFocus={cancelRef}
      description={t('clear.body')}
    >
      <div className="safety-actions">
        <button
          type="button"
          className="safety-button"
          onClick={() => {
            controls.wipe();
            void wipeBrowserStorage();
            signalWiped();
            onClose();
            onCleared?.();
          }}
        >
          {t('clear.confirm')}
        </button>
        <button ref={cancelRef} type="button" className="safety-button safety-button-secondary" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </div>
    </SafetyDialog>
  );
}

export interface SessionActionsProps {
  controls: SessionControls;
  /** Injectable for tests; defaults to a Blob download. */
  download?: (fileName: string, text: string) => void;
  /** Injectable for tests; defaults to Blob.arrayBuffer(). */
  readFile?: (file: Blob) => Promise<Uint8Array>;
  /** PBKDF2 iterations for saving and the count files must use to open; only tests lower it. */
  iterations?: number;
  /** Injectable for tests (controlled promises). */
  encrypt?: SaveDialogProps['encrypt'];
  decrypt?: OpenDialogProps['decrypt'];
  /** For a helper: "Start a new screening" for the next person (the app asks to confirm first). */
  onNewScreening?: () => void;
}

/**
 * Three buttons for the footer or a menu: "Save my answers to a file", "Open saved answers",
 * "Clear my answers". Each opens its own dialog. A polite status confirms a clear. For a helper, a
 * fourth: "Start a new screening", whose confirmation the app owns.
 */
export function SessionActions({
  controls,
  download,
  readFile,
  iterations,
  encrypt,
  decrypt,
  onNewScreening,
}: SessionActionsProps) {
  const { t } = useTranslation('safety');
  const [dialog, setDialog] = useState<'save' | 'open' | 'clear' | null>(null);
  const [status, setStatus] = useState('');
  const close = () => setDialog(null);
  // Answers wiped elsewhere (inactivity): close any open dialog so no passphrase lingers.
  useEffect(() => onWiped(() => setDialog(null)), []);
  return (
    <div className="safety-session-actions">
      <ul className="safety-session-list">
        <li>
          <button type="button" className="safety-button safety-button-secondary" onClick={() => setDialog('save')}>
            {t('actions.save')}
          </button>
        </li>
        <li>
          <button type="button" className="safety-button safety-button-secondary" onClick={() => setDialog('open')}>
            {t('actions.open')}
          </button>
        </li>
        <li>
          <button type="button" className="safety-button safety-button-secondary" onClick={() => setDialog('clear')}>
            {t('actions.clear')}
          </button>
        </li>
        {onNewScreening ? (
          <li>
            <button type="button" className="safety-button safety-button-secondary" onClick={onNewScreening}>
              {t('actions.newScreening')}
            </button>
          </li>
        ) : null}
      </ul>
      <p role="status" className="safety-visually-hidden">
        {status}
      </p>
      <SaveDialog
        open={dialog === 'save'}
        onClose={close}
        controls={controls}
        download={download}
        iterations={iterations}
        encrypt={encrypt}
      />
      <OpenDialog
        open={dialog === 'open'}
        onClose={close}
        controls={controls}
        readFile={readFile}
        iterations={iterations}
        decrypt={decrypt}
      />
      <ClearDialog
        open={dialog === 'clear'}
        onClose={close}
        onCleared={() => setStatus(t('clear.done'))}
        controls={controls}
      />
    </div>
  );
}
