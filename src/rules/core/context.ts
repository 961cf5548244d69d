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
  /**
   * Records that close Proposition 47 for every record (PC 1170.18(i)): a conviction for an
   * offense that requires PC 290 registration or is a PC 667(e)(2)(C)(iv) "super strike". Found
   * once per screening; `unsure` when the record may not be a conviction.
   */
  readonly prop47Bars: readonly Prop47Bar[];
}

export interface Prop47Bar {
  readonly index: number;
  readonly code: string;
  readonly reason: 'registration290' | 'superStrike';
  readonly certain: boolean;
  readonly facts: readonly string[];
}

export type PathwayRule = (input: RuleInput) => PathwayResult;
