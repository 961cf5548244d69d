import type { Facts } from '../facts';
import type { PathwayResult } from '../types';
import type { RecordView } from './record-view';

/** What every pathway rule receives: the validated facts, this record, and the date whose law applies. */
export interface RuleInput {
  readonly facts: Facts;
  readonly view: RecordView;
  /** Every record, for rules that look across records (e.g. PC 1203.4: no other open case). */
  readonly views: readonly RecordView[];
  /** `records[i].stage` for every record, built once per screening. */
  readonly allStagePaths: readonly string[];
  /** ISO date (YYYY-MM-DD) whose law applies. */
  readonly asOf: string;
  /** The person should see an immigration lawyer before filing (noncitizen yes or unsure). */
  readonly immigrationCaution: boolean;
}

export type PathwayRule = (input: RuleInput) => PathwayResult;
