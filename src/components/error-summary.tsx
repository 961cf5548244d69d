import { useEffect, useRef } from 'react';

import { useTranslation } from '@/i18n/use-translation';

export interface SummaryError {
  /** The id of the field (or first option) to focus. */
  readonly fieldId: string;
  readonly message: string;
}

/**
 * GOV.UK error summary: shown at the top, focused as soon as it appears so screen-reader users hear
 * what went wrong, with links that move focus to the field.
 */
export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                // Move focus without touching the URL: the whole wizard is one history entry.
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
