import { useTranslation } from 'react-i18next';
import type { RecordResult } from '@/rules';
import { OutcomeTag } from './outcome-tag';
import { recommended } from './rank';
import { useRulesText } from './use-message';

/**
 * With several records, one line each first, so an intake worker (or anyone) sees the whole
 * picture before the details. Each line moves focus to that record's section without changing the
 * URL (the wizard keeps one history entry).
 */
export function AtAGlance({ records, titles }: { records: readonly RecordResult[]; titles: readonly string[] }) {
  const { t } = useTranslation('results');
  const tr = useRulesText();
  if (records.length < 2) return null;
  return (
    <section aria-labelledby="at-a-glance">
      <h2 className="heading-m" id="at-a-glance">
        {t('atAGlance')}
      </h2>
      <ul className="glance">
        {records.map((record, index) => {
          const best = recommended(record);
          return (
            <li key={record.recordId} className="glance__item">
              <button
                type="button"
                className="link-button glance__record"
                // Focusing the heading also scrolls it into view.
                onClick={() => document.getElementById(`record-${index}-heading`)?.focus()}
              >
                {titles[index]}
              </button>
              <span className="glance__best">
                {best ? (
                  <>
                    {tr(`pathway.${best.pathway}.title`)} <OutcomeTag outcome={best.outcome} />
                  </>
                ) : (
                  t('noRoute')
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
