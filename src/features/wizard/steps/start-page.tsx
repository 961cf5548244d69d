import { FocusHeading } from '@/components/focus-heading';
import { MapLink } from '@/components/map-link';
import { useTranslation } from '@/i18n/use-translation';
import { ScreeningActor } from '@/machines/screening-actor';

/**
 * What this is and is not, how long it takes, that answers stay on this device, that any question
 * can be skipped and the person can stop at any time. Then one button.
 */
export function StartPage({ onShowSafety, onShowMap }: { onShowSafety: () => void; onShowMap?: () => void }) {
  const { t } = useTranslation('start');
  const actor = ScreeningActor.useActorRef();
  return (
    <div className="start">
      <FocusHeading className="heading-xl">{t('heading')}</FocusHeading>
      <p className="lead">{t('lead')}</p>
      <ul className="list">
        <li>{t('points.time')}</li>
        <li>{t('points.private')}</li>
        <li>{t('points.skip')}</li>
        <li>{t('points.stop')}</li>
      </ul>
      <div className="inset">
        <p className="body">{t('exitTip')}</p>
        <button type="button" className="link-button" onClick={onShowSafety}>
          {t('safetyLink')}
        </button>
      </div>
      <button type="button" className="button button--start" onClick={() => actor.send({ type: 'flow.start' })}>
        {t('startButton')}
      </button>
      <h2 className="heading-m">{t('whatItIs.heading')}</h2>
      <p className="body">{t('whatItIs.body')}</p>
      <h2 className="heading-m">{t('whatItIsNot.heading')}</h2>
      <p className="body">{t('whatItIsNot.body')}</p>
      <h2 className="heading-m">{t('forHelpers.heading')}</h2>
      <p className="body">{t('forHelpers.body')}</p>
      {onShowMap ? <MapLink onShowMap={onShowMap} /> : null}
    </div>
  );
}
