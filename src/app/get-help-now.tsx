import './get-help-now.css';

import { useState } from 'react';

import { HelpLines } from '@/components/help-lines';
import { SafetyDialog } from '@/features/safety/safety-dialog';
import { useTranslation } from '@/i18n/use-translation';

/**
 * "Get help now", in the same place on every page (WCAG 3.2.6 Consistent Help). It opens the help
 * lines in place, over the page: nothing navigates and nothing unmounts, so the question and every
 * answer are still there on close, and focus goes back to this button.
 */
export function GetHelpNow() {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button type="button" className="get-help-now" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('getHelp.button')}
      </button>
      <SafetyDialog open={open} title={t('getHelp.title')} onClose={close} description={t('getHelp.intro')}>
        <HelpLines headingLevel={3} />
        <div className="safety-actions">
          <button type="button" className="safety-button" onClick={close}>
            {t('getHelp.close')}
          </button>
        </div>
      </SafetyDialog>
    </>
  );
}
