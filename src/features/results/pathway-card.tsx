import { ExternalLink } from '@/components/external-link';
import { GlossaryScope, GlossaryText } from '@/components/glossary/glossary-text';
import { useTranslation } from '@/i18n/use-translation';
import type { Citation, ElementStatus, PathwayResult } from '@/rules';

import { Fold } from './fold';
import { routeReview } from './lawyer-review';
import { OutcomeTag } from './outcome-tag';
import { useMessage, useResultsText, useRulesText } from './use-message';

const STATUS_ICON: Record<ElementStatus, string> = { met: '✓', not_met: '✗', unsure: '?' };

/**
 * One way to clear the record, explained element by element with the statute, what would change
 * the answer, documents that help and what to do next. Folded: the summary above already says
 * what it is and how likely it looks; this is for the person who wants the why.
 */
export function PathwayCard({
  result,
  headingId,
  badge,
}: {
  result: PathwayResult;
  headingId: string;
  badge?: string;
}) {
  const tr = useRulesText();
  return (
    <Fold
      className={`pathway pathway--${result.outcome.replace('_', '-')}`}
      summaryClassName="pathway__summary"
      summary={
        <>
          {badge ? <span className="pathway__badge">{badge}</span> : null}
          <h3 className="pathway__title" id={headingId}>
            {tr(`pathway.${result.pathway}.title`)}
          </h3>
          <OutcomeTag outcome={result.outcome} />
        </>
      }
    >
      <PathwayDetails result={result} />
    </Fold>
  );
}

/** The why, rendered once the card is opened (fold.tsx). */
function PathwayDetails({ result }: { result: PathwayResult }) {
  const { t } = useTranslation('results');
  const tr = useRulesText();
  const message = useMessage();
  const text = useResultsText();
  // Only open points that can change what the person does (lawyer-review.ts).
  const review = routeReview(result);
  return (
    <GlossaryScope>
      <div className="pathway__body">
        <p className="body">
          <GlossaryText text={tr(`pathway.${result.pathway}.summary`)} />
        </p>
        {review.unsettled.length > 0 ? (
          <p className="inset inset--note">{review.ruledOutFor ? t('lawyerReviewRuledOut') : text('lawyerReview')}</p>
        ) : null}
        <h4 className="heading-s">{t('why')}</h4>
        <ul className="elements">
          {result.elements.map((element) => (
            <li key={element.id} className={`elements__item elements__item--${element.status.replace('_', '-')}`}>
              <span className="elements__icon" aria-hidden="true">
                {STATUS_ICON[element.status]}
              </span>
              <span className="visually-hidden">{t(`status.${element.status}`)}: </span>
              <span className="elements__text">
                <strong className="elements__label">{message(element.label)}</strong>{' '}
                <GlossaryText text={message(element.explanation)} />
                {review.unsettled.includes(element) ? (
                  <em className="elements__review"> {t('elementReview')}</em>
                ) : null}
                <span className="elements__cite">
                  {' '}
                  <CitationLink citation={element.citation} />
                </span>
              </span>
            </li>
          ))}
        </ul>
        <MessageList title={t('whatWouldChange')} items={result.whatWouldChange.map(message)} />
        <MessageList title={t('evidence')} items={result.evidenceThatHelps.map(message)} />
        <MessageList title={t('nextSteps')} items={result.nextSteps.map(message)} ordered />
        {/* An empty list is said in words by the next steps ("there is no court form"). */}
        {result.forms.length > 0 ? <p className="body">{t('cardForms', { forms: result.forms.join(', ') })}</p> : null}
        {result.notes.length > 0 ? <MessageList title={t('notes')} items={result.notes.map(message)} /> : null}
        <p className="body body--secondary">
          {t('law')} <CitationLink citation={result.citation} />
        </p>
      </div>
    </GlossaryScope>
  );
}

/** The statute, opening its source in a new tab without telling that site where the person came from. */
function CitationLink({ citation }: { citation: Citation }) {
  const { t } = useTranslation('results');
  return (
    <ExternalLink className="link" href={citation.url}>
      {citation.section} <span className="visually-hidden">{t('opensInNewTab')}</span>
    </ExternalLink>
  );
}

function MessageList({ title, items, ordered = false }: { title: string; items: string[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <h4 className="heading-s">{title}</h4>
      <List className="list">
        {items.map((item, index) => (
          <li key={index}>
            <GlossaryText text={item} />
          </li>
        ))}
      </List>
    </>
  );
}
