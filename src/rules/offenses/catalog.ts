import type { OffenseEntry } from './types';

/**
 * The offense catalog (data only). Growing: see the file history for the full list.
 */
export const OFFENSE_CATALOG: readonly OffenseEntry[] = [
  {
    id: 'pc_647_b',
    code: 'PC 647(b)',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Misdemeanor only; not on PC 667.5(c) (brief §1.3).',
    category: 'sex_work',
    flags: { prostitution647b: true },
  },
  {
    id: 'pc_211',
    code: 'PC 211',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(9)',
    violentReason: 'Any robbery is a violent felony, 667.5(c)(9) (brief §5 item 9).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_459_5',
    code: 'PC 459.5',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Shoplifting is not on PC 667.5(c) (brief §5 notes).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'hs_11377',
    code: 'HS 11377',
    aliases: ['HS 11377(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Drug possession is not on PC 667.5(c) (brief §5 notes).',
    category: 'drugs',
    flags: { prop47: true },
  },
  {
    id: 'usc_18_1028',
    code: 'USC 18 1028',
    level: 'felony',
    violent: 'no',
    violentReason: 'Federal identity-document fraud; not a crime of violence (18 U.S.C. 16(a)); level A (brief §10).',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
];
