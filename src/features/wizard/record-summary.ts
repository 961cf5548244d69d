import type { RecordAnswers } from '@/machines/answers';

/** Option label keys for a record's short description ("Convicted · California"). */
export function recordFacets(record: RecordAnswers): string[] {
  const facets: string[] = [];
  if (record.stage && record.stage !== 'skipped' && record.stage !== 'prefer_not') {
    facets.push(`steps.recordStage.options.${record.stage}`);
  }
  if (record.court && record.court !== 'skipped' && record.court !== 'prefer_not') {
    facets.push(`steps.recordCourt.options.${record.court}`);
  }
  return facets;
}
