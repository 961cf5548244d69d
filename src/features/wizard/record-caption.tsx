import { useOffenseName } from '@/components/use-offense-name';
import { useTranslation } from '@/i18n/use-translation';
import { isRecordStep } from '@/machines/flow';
import { ScreeningActor } from '@/machines/screening-actor';

/** "Record 2 · Taking things from a store": which record a question is about. */
export function RecordCaption() {
  const { t } = useTranslation('wizard');
  const position = ScreeningActor.useSelector((s) => s.context.position);
  const record = ScreeningActor.useSelector((s) => s.context.answers.records[s.context.position.record]);
  const name = useOffenseName(record?.offense);
  if (!isRecordStep(position.step)) return null;
  return (
    <p className="caption">
      {t('record.caption', { number: position.record + 1 })}
      {name ? <span className="caption__detail"> · {name}</span> : null}
    </p>
  );
}
