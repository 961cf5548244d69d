import type { OffenseEntry } from './types';

/**
 * The offense catalog: data only, one typed array literal. Plain-language names and search words
 * are in `locales/<lng>/offenses.json` under each entry's `id`; look entries up with `lookup.ts`.
 *
 * Sources: the official text of PC 667.5(c), 1192.7(c), 1170.18, 290 and 236.1, and the research
 * sources listed in docs/law-sources.md ("Violent felonies", "Proposition 47", "Offense catalog"):
 * - "Nonviolent" = not on the PC 667.5(c) violent-felony list; every misdemeanor and infraction is
 *   nonviolent; "serious" (PC 1192.7(c)) is not "violent".
 * - The PC 667.5(c) list, items 1-23; Prop 47 offenses, PC 653.22 / 653.29 and the PC 1203.41
 *   registration bar; the PC 236.1 trafficking definitions; federal 18 U.S.C. 3771A level A / B.
 *
 * NOT CONFIRMED (a lawyer must review before anyone relies on it):
 * - Items (c)(20), (c)(22) and (c)(23) and the exact current wording of every item; amendments
 *   between 2024 and 2026 (docs/law-sources.md). Entries for them carry `violentUncertain: true`.
 * - Whether attempts other than attempted murder are violent (docs/law-sources.md): `attempt` flag, `no`.
 * - Item (c)(7) (felony punishable by death or life) reaching PC 236.1(c)(2) and murder conspiracy is
 *   an inference. Which paragraphs of PC 286(c) / 287(c) the list reaches is from memory, not our law sources.
 * - Felony levels, serious-felony (1192.7) and registration (PC 290) flags not stated in our law sources
 *   are our reading of the statutes; each such entry says "verify" in `violentReason`.
 * - Federal "crime of violence" classifications (18 U.S.C. 16(a)) are our reading of case law, not
 *   our law sources; unsettled ones (e.g. 18 U.S.C. 1591) are marked `violentUncertain` and screened as
 *   level B, the cautious reading.
 *
 * Item (c)(8), a great-bodily-injury enhancement (PC 12022.7 / 12022.8 / 12022.9) or a personal
 * firearm-use enhancement (PC 12022.3(a), 12022.5, 12022.55) on ANY felony, is not an offense and
 * has no entry: the engine applies it from the record's `injuryOrGunEnhancement` answer. So an entry
 * with `violent: 'no'` means "not violent by itself", never "cannot be violent".
 *
 * `level` is what the law allows for the offense (a wobbler may be either); for offenses that Prop 47
 * or Prop 64 reduced, it is what the law allowed before, since old felony convictions still exist.
 */
/*
 * Order matters only for ties in the wizard's search (`search.ts`): the offenses survivors are most
 * often charged with come first, so a word such as "sex" or "theft" lists them before rarer ones.
 */
export const OFFENSE_CATALOG: readonly OffenseEntry[] = [
  // ================================================================================================
  // Selling sex, pimping and pandering
  // Nonviolent: not on PC 667.5(c) (docs/law-sources.md notes on 266h/266i). PC 647(b) is the only offense PC
  // 1203.49 reaches; former PC 653.22 has its own dismiss-and-seal (PC 653.29, docs/law-sources.md).
  // ================================================================================================
  {
    id: 'pc_647_b',
    code: 'PC 647(b)',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Prostitution, soliciting or agreeing to it (all paragraphs of 647(b)). Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'sex_work',
    flags: { prostitution647b: true },
  },
  {
    id: 'pc_653_22',
    code: 'PC 653.22',
    aliases: ['PC 653.22(a)'],
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Loitering with intent to commit prostitution; repealed 1/1/2023 (SB 357); dismiss and seal under PC 653.29 (docs/law-sources.md). Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'sex_work',
    flags: { loitering65322: true },
  },
  {
    id: 'pc_647f_former',
    code: 'PC 647f',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Former PC 647f: prostitution charged as a felony because of a prior and a positive HIV test; repealed 1/1/2018 (SB 239). Not public intoxication, PC 647(f). Not on PC 667.5(c). PC 1170.21 / 1170.22: a court vacates it (forms CR-404 / CR-405).',
    category: 'sex_work',
    flags: { former647f: true },
  },
  {
    id: 'pc_653_23',
    code: 'PC 653.23',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Supervising or aiding a prostitute. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'other',
    flags: {},
  },
  {
    id: 'pc_315',
    code: 'PC 315',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Keeping or living in a house of prostitution. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'sex_work',
    flags: {},
  },
  {
    id: 'pc_266h',
    code: 'PC 266h',
    aliases: ['PC 266h(a)'],
    level: 'felony',
    violent: 'no',
    violentReason:
      'Pimping an adult: not on 667.5(c) (docs/law-sources.md notes). (266h(b), a minor, is a separate entry.)',
    category: 'other',
    flags: {},
  },
  {
    id: 'pc_266h_b',
    code: 'PC 266h(b)',
    level: 'felony',
    violent: 'no',
    violentReason: 'Pimping a minor: not on 667.5(c). Requires PC 290 registration as we read PC 290(c); verify.',
    category: 'other',
    flags: { registration290: true },
  },
  {
    id: 'pc_266i',
    code: 'PC 266i',
    aliases: ['PC 266i(a)'],
    level: 'felony',
    violent: 'no',
    violentReason:
      'Pandering an adult: not on 667.5(c) (docs/law-sources.md notes). (266i(b), a minor, is a separate entry.)',
    category: 'other',
    flags: {},
  },
  {
    id: 'pc_266i_b',
    code: 'PC 266i(b)',
    level: 'felony',
    violent: 'no',
    violentReason: 'Pandering a minor: not on 667.5(c). Requires PC 290 registration as we read PC 290(c); verify.',
    category: 'other',
    flags: { registration290: true },
  },

  // ================================================================================================
  // Theft and property
  // Nonviolent: theft and property offenses are not on PC 667.5(c) (docs/law-sources.md notes). Prop 47 flags per
  // docs/law-sources.md (value of $950 or less where noted).
  // ================================================================================================
  {
    id: 'pc_484',
    code: 'PC 484',
    aliases: ['PC 484(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Theft (the definition; punished as petty or grand theft). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_488',
    code: 'PC 488',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Petty theft. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_490_2',
    code: 'PC 490.2',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Petty theft of $950 or less (Prop 47); a felony only with disqualifying priors. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_487',
    code: 'PC 487',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Grand theft. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 only if the value was $950 or less (PC 490.2).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_487_a',
    code: 'PC 487(a)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Grand theft of property over $950. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 only if the value was in fact $950 or less.',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_487_c',
    code: 'PC 487(c)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Grand theft from the person (e.g. pickpocketing, no force). Not on PC 667.5(c) (docs/law-sources.md). Prop 47 if $950 or less (PC 490.2); verify.',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_487_d_1',
    code: 'PC 487(d)(1)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Grand theft of a vehicle. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 if the vehicle was worth $950 or less; verify.',
    category: 'vehicle',
    flags: { prop47: true },
  },
  {
    id: 'pc_666',
    code: 'PC 666',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Petty theft with a prior. Not on PC 667.5(c) (docs/law-sources.md). Reduced by Prop 47 (docs/law-sources.md).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_459_5',
    code: 'PC 459.5',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Shoplifting ($950 or less, created by Prop 47); a felony only with disqualifying priors. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_460_b',
    code: 'PC 460(b)',
    aliases: ['PC 459/460(b)'],
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Second-degree (commercial) burglary: not on 667.5(c) (docs/law-sources.md notes). Prop 47 if a store during business hours and $950 or less (now PC 459.5).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_496',
    code: 'PC 496',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Receiving stolen property. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 if $950 or less (docs/law-sources.md).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_496_a',
    code: 'PC 496(a)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Receiving or concealing stolen property. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 if $950 or less (docs/law-sources.md).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_466',
    code: 'PC 466',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Possession of burglary tools. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'theft_property',
    flags: {},
  },
  {
    id: 'pc_503',
    code: 'PC 503',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Embezzlement (punished as theft). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'theft_property',
    flags: {},
  },
  {
    id: 'pc_504',
    code: 'PC 504',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Embezzlement by a public or corporate officer. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'theft_property',
    flags: {},
  },
  {
    id: 'pc_537',
    code: 'PC 537',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Defrauding an innkeeper or restaurant. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'theft_property',
    flags: {},
  },
  {
    id: 'pc_594',
    code: 'PC 594',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Vandalism. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_602',
    code: 'PC 602',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Trespass. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_602_5',
    code: 'PC 602.5',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Entering a home without consent. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },

  // ================================================================================================
  // Drugs
  // Nonviolent: drug offenses are not on PC 667.5(c) (docs/law-sources.md notes). Prop 47: HS 11350, 11357(a),
  // 11377 (docs/law-sources.md). Cannabis offenses are otherwise reduced under Prop 64 (HS 11361.8), not Prop 47.
  // ================================================================================================
  {
    id: 'hs_11350',
    code: 'HS 11350',
    aliases: ['HS 11350(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Possession of a controlled substance (e.g. heroin, cocaine). Was a wobbler before Prop 47 (2014). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: { prop47: true },
  },
  {
    id: 'hs_11377',
    code: 'HS 11377',
    aliases: ['HS 11377(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Possession of a controlled substance (e.g. methamphetamine). Was a wobbler before Prop 47 (2014). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: { prop47: true },
  },
  {
    id: 'hs_11357',
    code: 'HS 11357',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Cannabis possession (now an infraction or misdemeanor; relief under Prop 64, not Prop 47). Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11357_a',
    code: 'HS 11357(a)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Possession of concentrated cannabis: a wobbler before Prop 47, which reduced it (docs/law-sources.md). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: { prop47: true },
  },
  {
    id: 'hs_11359',
    code: 'HS 11359',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Possession of cannabis for sale (reduced by Prop 64). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11360',
    code: 'HS 11360',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Transporting, selling or giving away cannabis (reduced by Prop 64). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11358',
    code: 'HS 11358',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Cultivating cannabis (reduced by Prop 64). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11364',
    code: 'HS 11364',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Possession of drug paraphernalia. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11550',
    code: 'HS 11550',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Being under the influence of a controlled substance. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11351',
    code: 'HS 11351',
    level: 'felony',
    violent: 'no',
    violentReason: 'Possession for sale (e.g. heroin, cocaine). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11351_5',
    code: 'HS 11351.5',
    level: 'felony',
    violent: 'no',
    violentReason: 'Possession of cocaine base for sale. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11378',
    code: 'HS 11378',
    level: 'felony',
    violent: 'no',
    violentReason: 'Possession for sale (e.g. methamphetamine). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11352',
    code: 'HS 11352',
    level: 'felony',
    violent: 'no',
    violentReason: 'Transporting or selling (e.g. heroin, cocaine). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11379',
    code: 'HS 11379',
    level: 'felony',
    violent: 'no',
    violentReason: 'Transporting or selling (e.g. methamphetamine). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11366',
    code: 'HS 11366',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Keeping a place for using or selling drugs. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'hs_11368',
    code: 'HS 11368',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Forged or altered prescription. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'bp_4060',
    code: 'BP 4060',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Possessing a controlled substance without a prescription (pills). Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },
  {
    id: 'bp_4140',
    code: 'BP 4140',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Possession of a hypodermic needle or syringe. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'drugs',
    flags: {},
  },

  // ================================================================================================
  // Fraud, forgery, identity and documents
  // Nonviolent: not on PC 667.5(c). Prop 47 covers forgery and bad checks of $950 or less (docs/law-sources.md).
  // ================================================================================================
  {
    id: 'pc_470',
    code: 'PC 470',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Forgery. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 for checks, bonds, money orders and similar of $950 or less (PC 473(b)).',
    category: 'fraud_identity',
    flags: { prop47: true },
  },
  {
    id: 'pc_473',
    code: 'PC 473',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Forgery (punishment section). Not on PC 667.5(c) (docs/law-sources.md). Prop 47 for $950 or less (473(b)).',
    category: 'fraud_identity',
    flags: { prop47: true },
  },
  {
    id: 'pc_475',
    code: 'PC 475',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Possessing or passing forged items. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 for $950 or less (473(b)).',
    category: 'fraud_identity',
    flags: { prop47: true },
  },
  {
    id: 'pc_476',
    code: 'PC 476',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Making or passing fictitious checks. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 for $950 or less (473(b)).',
    category: 'fraud_identity',
    flags: { prop47: true },
  },
  {
    id: 'pc_476a',
    code: 'PC 476a',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Writing checks without enough funds. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 for $950 or less (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: { prop47: true },
  },
  {
    id: 'pc_530_5',
    code: 'PC 530.5',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Identity theft. Not on PC 667.5(c) (docs/law-sources.md). Not a Prop 47 offense.',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_529',
    code: 'PC 529',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'False personation. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_148_9',
    code: 'PC 148.9',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'False identification to a peace officer. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_112',
    code: 'PC 112',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Making or selling false documents to conceal citizenship or residence status. Misdemeanor as we read the statute; verify. Not on 667.5(c).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_113',
    code: 'PC 113',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Making, distributing or selling false documents to conceal immigration status. Felony as we read the statute; verify. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_114',
    code: 'PC 114',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Using false documents to conceal immigration status. Felony as we read the statute; verify. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'vc_14610',
    code: 'VC 14610',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      "Unlawful use of a driver's license or ID card. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).",
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'bp_25661',
    code: 'BP 25661',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Minor using false ID to buy alcohol. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_484e',
    code: 'PC 484e',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Theft of a credit or debit card or its numbers. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_484g',
    code: 'PC 484g',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Credit or debit card fraud (use). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_532',
    code: 'PC 532',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Obtaining money or property by false pretenses (theft). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_550',
    code: 'PC 550',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Insurance fraud. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_115',
    code: 'PC 115',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Filing a false or forged document with a public office (also charged for some benefits fraud). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'pc_118',
    code: 'PC 118',
    level: 'felony',
    violent: 'no',
    violentReason: 'Perjury. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },
  {
    id: 'wi_10980',
    code: 'WI 10980',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Welfare fraud (CalWORKs, CalFresh). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'fraud_identity',
    flags: {},
  },

  // ================================================================================================
  // Public order, police and court process
  // Nonviolent: not on PC 667.5(c).
  // ================================================================================================
  {
    id: 'pc_647_f',
    code: 'PC 647(f)',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Public intoxication. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_647_e',
    code: 'PC 647(e)',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Lodging without permission. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_647_h',
    code: 'PC 647(h)',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Loitering or prowling on private property. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_415',
    code: 'PC 415',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Disturbing the peace. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_640',
    code: 'PC 640',
    level: 'infraction',
    violent: 'no',
    violentReason:
      'Transit offenses such as fare evasion (an infraction for a first offense). Infraction or misdemeanor: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_148_a_1',
    code: 'PC 148(a)(1)',
    aliases: ['PC 148(a)'],
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Resisting, delaying or obstructing an officer. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_69',
    code: 'PC 69',
    aliases: ['PC 69(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Resisting an executive officer by threats or force (a wobbler). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_148_5',
    code: 'PC 148.5',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'False report of a crime. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'public_order',
    flags: {},
  },
  {
    id: 'pc_166',
    code: 'PC 166',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Contempt of court, including disobeying a court order (most forms are misdemeanors; some repeat protective-order violations can be felonies: verify). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'court_process',
    flags: {},
  },
  {
    id: 'pc_273_6',
    code: 'PC 273.6',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Violating a protective order (a felony with priors or injury). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'court_process',
    flags: {},
  },
  {
    id: 'pc_853_7',
    code: 'PC 853.7',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Failure to appear after signing a promise to appear. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'court_process',
    flags: {},
  },
  {
    id: 'pc_1320',
    code: 'PC 1320',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Failure to appear while released on your own recognizance (misdemeanor or felony depending on the case). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'court_process',
    flags: {},
  },
  {
    id: 'pc_1320_5',
    code: 'PC 1320.5',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Failure to appear while released on bail. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'court_process',
    flags: {},
  },
  {
    id: 'vc_40508',
    code: 'VC 40508',
    aliases: ['VC 40508(a)'],
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Failure to appear or pay on a traffic ticket. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'court_process',
    flags: {},
  },
  {
    id: 'pc_4573',
    code: 'PC 4573',
    level: 'felony',
    violent: 'no',
    violentReason: 'Bringing drugs into a jail or prison. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'court_process',
    flags: {},
  },
  {
    id: 'pc_4532',
    code: 'PC 4532',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Escape from jail or custody (escape by force is not on 667.5(c) either). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'court_process',
    flags: {},
  },
  {
    id: 'wi_871',
    code: 'WI 871',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Escape from a juvenile facility. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'court_process',
    flags: {},
  },
  {
    id: 'pc_32',
    code: 'PC 32',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Accessory after the fact (helping someone avoid arrest). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'other',
    flags: {},
  },
  {
    id: 'pc_272',
    code: 'PC 272',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Contributing to the delinquency of a minor. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'other',
    flags: {},
  },
  {
    id: 'pc_273a_a',
    code: 'PC 273a(a)',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Child endangerment likely to cause great bodily injury. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'other',
    flags: {},
  },
  {
    id: 'pc_273a_b',
    code: 'PC 273a(b)',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Child endangerment, not likely to cause great bodily injury. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'other',
    flags: {},
  },
  {
    id: 'pc_278_5',
    code: 'PC 278.5',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Child abduction by depriving a lawful custodian (parental abduction). Not kidnapping under PC 207, so not 667.5(c)(14) as we read it; verify.',
    violentUncertain: true,
    category: 'other',
    flags: {},
  },

  // ================================================================================================
  // Vehicle and driving
  // Nonviolent: not on PC 667.5(c). DUI with injury (VC 23153) becomes violent only with a great-bodily-
  // injury enhancement (item 8).
  // ================================================================================================
  {
    id: 'vc_12500_a',
    code: 'VC 12500(a)',
    aliases: ['VC 12500'],
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Driving without a license. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_14601_1',
    code: 'VC 14601.1',
    aliases: ['VC 14601.1(a)'],
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Driving on a suspended or revoked license. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_14601',
    code: 'VC 14601',
    aliases: ['VC 14601(a)'],
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Driving on a license suspended for reckless driving or similar. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_23152_a',
    code: 'VC 23152(a)',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Driving under the influence (a felony only with priors). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_23152_b',
    code: 'VC 23152(b)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Driving with a blood alcohol of 0.08% or more (a felony only with priors). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_23152_f',
    code: 'VC 23152(f)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Driving under the influence of drugs (a felony only with priors). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_23153',
    code: 'VC 23153',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'DUI causing injury: not on 667.5(c) unless a great-bodily-injury enhancement (item 8) was found, which the engine asks about.',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_23103',
    code: 'VC 23103',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Reckless driving. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_20001',
    code: 'VC 20001',
    aliases: ['VC 20001(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Hit and run causing injury or death. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_20002',
    code: 'VC 20002',
    aliases: ['VC 20002(a)'],
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Hit and run with property damage only. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_2800_1',
    code: 'VC 2800.1',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Evading a peace officer. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_2800_2',
    code: 'VC 2800.2',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Evading a peace officer with reckless driving. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_10851',
    code: 'VC 10851',
    aliases: ['VC 10851(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Taking or driving a vehicle without consent. Not on PC 667.5(c) (docs/law-sources.md). Prop 47 may reach the theft form of a vehicle worth $950 or less (People v. Page, 2017); verify.',
    category: 'vehicle',
    flags: { prop47: true },
  },
  {
    id: 'vc_10852',
    code: 'VC 10852',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Tampering with a vehicle. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_16028',
    code: 'VC 16028',
    aliases: ['VC 16028(a)'],
    level: 'infraction',
    violent: 'no',
    violentReason: 'No proof of insurance (an infraction). Infractions are nonviolent (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'vc_4000_a',
    code: 'VC 4000(a)',
    aliases: ['VC 4000'],
    level: 'infraction',
    violent: 'no',
    violentReason: 'Unregistered vehicle (an infraction). Infractions are nonviolent (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },

  // ================================================================================================
  // Assault, battery, threats and stalking
  // Nonviolent unless an item-8 enhancement (great bodily injury or personal firearm use) was found
  // true, which the engine reads from the record (docs/law-sources.md engineering notes: PC 245 and 273.5 can be
  // either).
  // ================================================================================================
  {
    id: 'pc_240',
    code: 'PC 240',
    aliases: ['PC 241', 'PC 241(a)'],
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Simple assault. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_242',
    code: 'PC 242',
    level: 'misdemeanor',
    violent: 'no',
    violentReason: 'Battery. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_243_a',
    code: 'PC 243(a)',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Battery (punishment section). Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_243_b',
    code: 'PC 243(b)',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Battery on a peace officer or similar, without injury. Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_243_d',
    code: 'PC 243(d)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Battery causing serious bodily injury: not on 667.5(c) by itself; violent only with a great-bodily-injury enhancement (item 8), which the engine asks about. May be a serious felony; verify.',
    violentUncertain: true,
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_243_e_1',
    code: 'PC 243(e)(1)',
    level: 'misdemeanor',
    violent: 'no',
    violentReason:
      'Battery on a partner, ex-partner, date or co-parent (domestic battery). Misdemeanor only: every misdemeanor is nonviolent (docs/law-sources.md).',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_245_a_1',
    code: 'PC 245(a)(1)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Assault with a deadly weapon (not a firearm): a serious felony (1192.7(c)(31)) but not on 667.5(c) without an item-8 enhancement (docs/law-sources.md).',
    category: 'assault_battery',
    flags: { serious11927: true },
  },
  {
    id: 'pc_245_a_2',
    code: 'PC 245(a)(2)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Assault with a firearm: a serious felony (1192.7(c)(31)), not on 667.5(c) by itself; a personal-firearm-use finding (item 8) makes it violent, which the engine asks about.',
    category: 'assault_battery',
    flags: { serious11927: true },
  },
  {
    id: 'pc_245_a_4',
    code: 'PC 245(a)(4)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Assault by force likely to produce great bodily injury (no weapon): not on 667.5(c) without an item-8 enhancement. Not a serious felony unless great bodily injury was inflicted, as we read 1192.7; verify.',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_273_5',
    code: 'PC 273.5',
    aliases: ['PC 273.5(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Corporal injury to a spouse, cohabitant, date or co-parent: not on 667.5(c) without an item-8 enhancement (docs/law-sources.md notes).',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_273d',
    code: 'PC 273d',
    aliases: ['PC 273d(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Corporal punishment or injury of a child. Not on PC 667.5(c) (docs/law-sources.md). Violent only with an item-8 enhancement.',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_236',
    code: 'PC 236',
    aliases: ['PC 237', 'PC 237(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason: 'False imprisonment (PC 236/237). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_422',
    code: 'PC 422',
    aliases: ['PC 422(a)'],
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Criminal threats: a serious felony (1192.7(c)(38)) but not on 667.5(c).',
    category: 'assault_battery',
    flags: { serious11927: true },
  },
  {
    id: 'pc_646_9',
    code: 'PC 646.9',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Stalking. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'assault_battery',
    flags: {},
  },
  {
    id: 'pc_243_4',
    code: 'PC 243.4',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Sexual battery: not on 667.5(c); requires PC 290 registration.',
    category: 'sex_offense',
    flags: { registration290: true },
  },
  {
    id: 'pc_311_11',
    code: 'PC 311.11',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Possession of sexual images of a minor: not on 667.5(c); requires PC 290 registration.',
    category: 'sex_offense',
    flags: { registration290: true },
  },

  // ================================================================================================
  // Weapons (possession, not use)
  // Nonviolent: possession is not on PC 667.5(c); only a firearm-USE finding makes a felony violent
  // (item 8, or item 22).
  // ================================================================================================
  {
    id: 'pc_25400',
    code: 'PC 25400',
    aliases: ['PC 12025'],
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Carrying a concealed firearm. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'weapons',
    flags: {},
  },
  {
    id: 'pc_25850',
    code: 'PC 25850',
    aliases: ['PC 12031'],
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Carrying a loaded firearm in public. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'weapons',
    flags: {},
  },
  {
    id: 'pc_29800',
    code: 'PC 29800',
    aliases: ['PC 29800(a)', 'PC 29800(a)(1)', 'PC 12021'],
    level: 'felony',
    violent: 'no',
    violentReason:
      'Possession of a firearm by a prohibited person (e.g. a felon). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'weapons',
    flags: {},
  },
  {
    id: 'pc_30305',
    code: 'PC 30305',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Possession of ammunition by a prohibited person. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'weapons',
    flags: {},
  },
  {
    id: 'pc_21310',
    code: 'PC 21310',
    aliases: ['PC 12020(a)(4)'],
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Carrying a concealed dirk or dagger. Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'weapons',
    flags: {},
  },
  {
    id: 'pc_417',
    code: 'PC 417',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Brandishing a weapon (mostly misdemeanors; some forms are felonies). Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'weapons',
    flags: {},
  },

  // ================================================================================================
  // Violent felonies: PC 667.5(c) items 1-23
  // PC 667.5(c), docs/law-sources.md (c)(8) (a great-bodily-injury or firearm-use finding on ANY felony) is not an
  // offense and has no entry: the engine applies it from the record's `injuryOrGunEnhancement` answer.
  // (c)(22) is also an enhancement (PC 12022.53); it has a pseudo-entry so that a record that names it
  // is still recognised as violent. Items 20, 22 and 23 are not confirmed (docs/law-sources.md).
  // ================================================================================================
  {
    id: 'pc_187',
    code: 'PC 187',
    aliases: ['PC 187(a)'],
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(1)',
    violentReason: 'Murder, 667.5(c)(1) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { superStrike: true },
  },
  {
    id: 'pc_192_a',
    code: 'PC 192(a)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(1)',
    violentReason: 'Voluntary manslaughter, 667.5(c)(1) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_203',
    code: 'PC 203',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(2)',
    violentReason: 'Mayhem, 667.5(c)(2) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_205',
    code: 'PC 205',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(7)',
    violentReason:
      'Aggravated mayhem is punishable by life: 667.5(c)(7); it is also mayhem, (c)(2) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { superStrike: true },
  },
  {
    id: 'pc_261_a_2',
    code: 'PC 261(a)(2)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(3)',
    violentReason: 'Rape by force, violence, duress, menace or fear, 667.5(c)(3) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_261_a_6',
    code: 'PC 261(a)(6)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(3)',
    violentReason: 'Rape by threat of future retaliation, 667.5(c)(3) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_262_a_1',
    code: 'PC 262(a)(1)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(3)',
    violentReason:
      'Former spousal rape by force (PC 262 repealed 2022), listed in 667.5(c)(3) (docs/law-sources.md). Registration under PC 290: verify.',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_262_a_4',
    code: 'PC 262(a)(4)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(3)',
    violentReason:
      'Former spousal rape by threat of future retaliation (PC 262 repealed 2022), 667.5(c)(3) (docs/law-sources.md). Registration under PC 290: verify.',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_286_c',
    code: 'PC 286(c)',
    level: 'felony',
    violent: 'depends',
    violentItem: '(c)(4)',
    violentReason:
      'Sodomy under 286(c): the secondary sources list 286(c)/(d) in 667.5(c)(4), but the list may reach only the force/threat paragraphs (c)(2) and (c)(3), not the age-based (c)(1). Unsure without the paragraph; verify.',
    violentUncertain: true,
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_286_c_2',
    code: 'PC 286(c)(2)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(4)',
    violentReason: 'Sodomy by force, violence, duress, menace or fear, 667.5(c)(4) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_286_d',
    code: 'PC 286(d)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(4)',
    violentReason: 'Sodomy in concert by force, 667.5(c)(4) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_287_c',
    code: 'PC 287(c)',
    aliases: ['PC 288a(c)'],
    level: 'felony',
    violent: 'depends',
    violentItem: '(c)(5)',
    violentReason:
      'Oral copulation under 287(c) (formerly 288a(c)): the secondary sources list 287(c)/(d) in 667.5(c)(5), but the list may reach only the force/threat paragraphs (c)(2) and (c)(3), not the age-based (c)(1). Unsure without the paragraph; verify.',
    violentUncertain: true,
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_287_c_2',
    code: 'PC 287(c)(2)',
    aliases: ['PC 288a(c)(2)'],
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(5)',
    violentReason:
      'Oral copulation by force, violence, duress, menace or fear (formerly 288a(c)(2)), 667.5(c)(5) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_287_d',
    code: 'PC 287(d)',
    aliases: ['PC 288a(d)'],
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(5)',
    violentReason: 'Oral copulation in concert by force (formerly 288a(d)), 667.5(c)(5) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_288_a',
    code: 'PC 288(a)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(6)',
    violentReason: 'Lewd or lascivious act on a child under 14, 667.5(c)(6) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_288_b',
    code: 'PC 288(b)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(6)',
    violentReason: 'Lewd act on a child by force or duress, 667.5(c)(6) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_236_1_c',
    code: 'PC 236.1(c)',
    level: 'felony',
    violent: 'depends',
    violentItem: '(c)(7)',
    violentReason:
      'Trafficking of a minor for a commercial sex act. Only the force/fear version, 236.1(c)(2), carries 15-to-life and so falls under 667.5(c)(7) (docs/law-sources.md); (c)(1) is a serious felony since SB 14 (2023), not violent. Unsure without the paragraph. Registration under PC 290 (Prop 35); verify.',
    violentUncertain: true,
    category: 'violent_felony',
    flags: { registration290: true, serious11927: true },
  },
  {
    id: 'pc_236_1_c_2',
    code: 'PC 236.1(c)(2)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(7)',
    violentReason:
      'Trafficking of a minor by force, fear, fraud or threats: 15-to-life, so a felony punishable by life, 667.5(c)(7) (the statute sets 15 years to life, and (c)(7) lists any felony punishable by life; see docs/law-sources.md). Registration under PC 290 (Prop 35).',
    category: 'violent_felony',
    flags: { superStrike: true, registration290: true, serious11927: true },
  },
  {
    id: 'pc_211',
    code: 'PC 211',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(9)',
    violentReason: 'Any robbery is a violent felony, 667.5(c)(9) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_212_5',
    code: 'PC 212.5',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(9)',
    violentReason:
      'First- or second-degree robbery (the degrees of PC 211); any robbery, 667.5(c)(9) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_451_a',
    code: 'PC 451(a)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(10)',
    violentReason:
      'Arson causing great bodily injury, 667.5(c)(10) as our law sources read it (451(a)/(b)) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_451_b',
    code: 'PC 451(b)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(10)',
    violentReason: 'Arson of an inhabited structure or property, 667.5(c)(10) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_289_a',
    code: 'PC 289(a)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(11)',
    violentReason: 'Sexual penetration by force, violence, duress, menace or fear, 667.5(c)(11) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_289_j',
    code: 'PC 289(j)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(11)',
    violentReason: 'Sexual penetration of a child under 14 (289(j)), 667.5(c)(11) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_664_187',
    code: 'PC 664/187',
    aliases: ['PC 664/187(a)'],
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(12)',
    violentReason: 'Attempted murder, 667.5(c)(12) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { superStrike: true },
  },
  {
    id: 'pc_18745',
    code: 'PC 18745',
    aliases: ['PC 12308'],
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(13)',
    violentReason:
      'Exploding a destructive device with intent to commit murder (formerly 12308), 667.5(c)(13) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_18750',
    code: 'PC 18750',
    aliases: ['PC 12309'],
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(13)',
    violentReason:
      'Exploding a destructive device causing bodily injury (formerly 12309), 667.5(c)(13) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_18755',
    code: 'PC 18755',
    aliases: ['PC 12310'],
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(13)',
    violentReason:
      'Exploding a destructive device causing death, mayhem or great bodily injury (formerly 12310), 667.5(c)(13) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_207',
    code: 'PC 207',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(14)',
    violentReason:
      'Kidnapping, 667.5(c)(14) (docs/law-sources.md). Registration only when committed to commit a sex offense (PC 290), which the code cannot tell: not flagged.',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_209',
    code: 'PC 209',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(14)',
    violentReason:
      'Kidnapping for ransom, extortion or robbery: kidnapping, 667.5(c)(14), and punishable by life, (c)(7) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { superStrike: true },
  },
  {
    id: 'pc_209_5',
    code: 'PC 209.5',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(14)',
    violentReason: 'Kidnapping during a carjacking: kidnapping, 667.5(c)(14) (docs/law-sources.md); also life, (c)(7).',
    category: 'violent_felony',
    flags: { superStrike: true },
  },
  {
    id: 'pc_220',
    code: 'PC 220',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(15)',
    violentReason:
      'Assault with intent to commit mayhem or a specified sex offense, 667.5(c)(15) (docs/law-sources.md). PC 290 registration applies except for assault to commit mayhem, which the code cannot tell: flagged (the cautious reading); verify.',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_288_5',
    code: 'PC 288.5',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(16)',
    violentReason: 'Continuous sexual abuse of a child, 667.5(c)(16) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_215_a',
    code: 'PC 215(a)',
    aliases: ['PC 215'],
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(17)',
    violentReason: 'Carjacking, 667.5(c)(17) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_264_1',
    code: 'PC 264.1',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(18)',
    violentReason: 'Rape, spousal rape or sexual penetration in concert, 667.5(c)(18) (docs/law-sources.md).',
    category: 'violent_felony',
    flags: { registration290: true },
  },
  {
    id: 'pc_518',
    code: 'PC 518',
    aliases: ['PC 518(a)', 'PC 520'],
    level: 'felony',
    violent: 'depends',
    dependsOn: 'gangFinding',
    violentItem: '(c)(19)',
    violentReason:
      'Extortion is violent only when committed for a criminal street gang (PC 186.22), 667.5(c)(19) (docs/law-sources.md). Decided by the record fact gangFinding; unsure without it.',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_136_1',
    code: 'PC 136.1',
    level: 'wobbler',
    violent: 'depends',
    dependsOn: 'gangFinding',
    violentItem: '(c)(20)',
    violentReason:
      'Dissuading a victim or witness is violent only when committed for a criminal street gang, 667.5(c)(20), which not confirmed (§5 item 20). Decided by the record fact gangFinding. A serious felony (1192.7(c)(37)) as we read it; verify.',
    violentUncertain: true,
    category: 'violent_felony',
    flags: { serious11927: true },
  },
  {
    id: 'pc_460_a',
    code: 'PC 460(a)',
    aliases: ['PC 459/460(a)'],
    level: 'felony',
    violent: 'depends',
    dependsOn: 'burglaryHomeOccupied',
    violentItem: '(c)(21)',
    violentReason:
      'First-degree (residential) burglary is violent only when a non-accomplice was present in the home, 667.5(c)(21) (docs/law-sources.md). Decided by the record fact burglaryHomeOccupied; unsure without it. A serious felony in any case.',
    category: 'violent_felony',
    flags: { serious11927: true },
  },
  {
    id: 'pc_459',
    code: 'PC 459',
    level: 'wobbler',
    violent: 'depends',
    dependsOn: 'burglaryHomeOccupied',
    violentItem: '(c)(21)',
    violentReason:
      'Burglary; the code alone does not show the degree. Second degree (460(b), stores and other buildings) is not on 667.5(c); first degree (a home) is violent when a non-accomplice was present, (c)(21) (docs/law-sources.md). Decided by the record fact burglaryHomeOccupied (was it a home with someone else inside); unsure without it. Commercial burglary of $950 or less: Prop 47 (now PC 459.5).',
    category: 'theft_property',
    flags: { prop47: true },
  },
  {
    id: 'pc_12022_53',
    code: 'PC 12022.53',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(22)',
    violentReason:
      'Not an offense: the PC 12022.53 firearm enhancement. A felony with it is violent under 667.5(c)(22), which not confirmed (§5 item 22); item 8 covers firearm use anyway. Kept so a record naming it is recognised.',
    violentUncertain: true,
    category: 'weapons',
    flags: {},
  },
  {
    id: 'pc_11418_b',
    code: 'PC 11418(b)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(23)',
    violentReason: 'Use of a weapon of mass destruction, 667.5(c)(23), which not confirmed (§5 item 23).',
    violentUncertain: true,
    category: 'weapons',
    flags: {},
  },
  {
    id: 'pc_11418_c',
    code: 'PC 11418(c)',
    level: 'felony',
    violent: 'yes',
    violentItem: '(c)(23)',
    violentReason:
      'Use of a weapon of mass destruction against animals or crops, 667.5(c)(23), which not confirmed (§5 item 23).',
    violentUncertain: true,
    category: 'weapons',
    flags: {},
  },

  // ================================================================================================
  // Attempts and related offenses not on the list
  // Attempts other than attempted murder are not expressly on PC 667.5(c): our law sources screen them as
  // "possible, needs lawyer review" (§5 engineering notes, UNCERTAIN). They are `violent: 'no'` with the
  // `attempt` flag so the engine can ask for review. Also here: offenses near the list that are not on
  // it.
  // ================================================================================================
  {
    id: 'pc_664_211',
    code: 'PC 664/211',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Attempted robbery is not expressly on 667.5(c); docs/law-sources.md marks attempts UNCERTAIN: lawyer review. Serious felony (1192.7(c)).',
    category: 'violent_felony',
    flags: { attempt: true, serious11927: true },
  },
  {
    id: 'pc_664_215',
    code: 'PC 664/215',
    aliases: ['PC 664/215(a)'],
    level: 'felony',
    violent: 'no',
    violentReason:
      'Attempted carjacking is not expressly on 667.5(c); docs/law-sources.md marks attempts UNCERTAIN: lawyer review. Serious felony.',
    category: 'violent_felony',
    flags: { attempt: true, serious11927: true },
  },
  {
    id: 'pc_664_207',
    code: 'PC 664/207',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Attempted kidnapping is not expressly on 667.5(c); docs/law-sources.md marks attempts UNCERTAIN: lawyer review. Serious felony.',
    category: 'violent_felony',
    flags: { attempt: true, serious11927: true },
  },
  {
    id: 'pc_664_460_a',
    code: 'PC 664/460(a)',
    aliases: ['PC 664/459'],
    level: 'felony',
    violent: 'no',
    violentReason:
      'Attempted first-degree burglary is not expressly on 667.5(c); docs/law-sources.md marks attempts UNCERTAIN: lawyer review. Serious felony.',
    category: 'theft_property',
    flags: { attempt: true, serious11927: true },
  },
  {
    id: 'pc_664_261',
    code: 'PC 664/261',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Attempted rape is not expressly on 667.5(c); docs/law-sources.md marks attempts UNCERTAIN: lawyer review. Requires PC 290 registration (attempts of registrable offenses register; verify).',
    category: 'sex_offense',
    flags: { attempt: true, serious11927: true, registration290: true },
  },
  {
    id: 'pc_192_b',
    code: 'PC 192(b)',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Involuntary manslaughter: 667.5(c)(1) names voluntary manslaughter only. Not listed unless an item-8 enhancement applies (docs/law-sources.md).',
    category: 'violent_felony',
    flags: {},
  },
  {
    id: 'pc_192_c',
    code: 'PC 192(c)',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Vehicular manslaughter is not on 667.5(c) unless an item-8 enhancement applies (docs/law-sources.md).',
    category: 'vehicle',
    flags: {},
  },
  {
    id: 'pc_451_c',
    code: 'PC 451(c)',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Arson of a structure or forest land: our law sources read 667.5(c)(10) as 451(a)/(b) only; (c) is a serious felony, not violent. Verify: the statute wording may differ.',
    violentUncertain: true,
    category: 'theft_property',
    flags: { serious11927: true },
  },
  {
    id: 'pc_451_d',
    code: 'PC 451(d)',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Arson of property (not a structure or forest): not on 667.5(c) per our law sources. Arson is a serious felony (1192.7(c)(14)) as we read it; verify.',
    category: 'theft_property',
    flags: { serious11927: true },
  },
  {
    id: 'pc_452',
    code: 'PC 452',
    level: 'wobbler',
    violent: 'no',
    violentReason: 'Unlawfully causing a fire (recklessly): Not on PC 667.5(c) (docs/law-sources.md).',
    category: 'theft_property',
    flags: {},
  },
  {
    id: 'pc_236_1_a',
    code: 'PC 236.1(a)',
    level: 'felony',
    violent: 'no',
    violentReason: 'Labor trafficking: not on 667.5(c) (docs/law-sources.md notes).',
    category: 'other',
    flags: {},
  },
  {
    id: 'pc_236_1_b',
    code: 'PC 236.1(b)',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Sex trafficking of an adult: not on 667.5(c); proposals to add it (SB 1055, 2020) are not confirmed to have passed (docs/law-sources.md notes). Registration under PC 290 (Prop 35); verify.',
    category: 'other',
    flags: { registration290: true },
  },
  {
    id: 'pc_236_1_c_1',
    code: 'PC 236.1(c)(1)',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Trafficking of a minor without force: not punishable by life, so not 667.5(c)(7); a serious felony since SB 14 (2023) (docs/law-sources.md notes, per reports). Registration under PC 290 (Prop 35); verify.',
    violentUncertain: true,
    category: 'other',
    flags: { registration290: true, serious11927: true },
  },
  {
    id: 'pc_182',
    code: 'PC 182',
    aliases: ['PC 182(a)', 'PC 182(a)(1)'],
    level: 'wobbler',
    violent: 'depends',
    violentItem: '(c)(7)',
    violentReason:
      'Conspiracy is punished like its target crime: conspiracy to commit first-degree murder carries 25-to-life, a felony punishable by life, 667.5(c)(7) (inference, not in our law sources). Other conspiracies are not listed. Unsure without the target.',
    violentUncertain: true,
    category: 'other',
    flags: {},
  },

  // ================================================================================================
  // Federal offenses (18 U.S.C. 3771A)
  // Federal convictions are screened only under 18 U.S.C. 3771A (docs/law-sources.md): level A = not a crime of
  // violence (18 U.S.C. 16(a)); level B = a crime of violence (excluding violent crimes against a
  // child). California's PC 667.5(c) does not apply, so `violent` is `no` for these entries and what
  // matters is `federalCrimeOfViolence`; `violentUncertain` on a federal entry means that classification
  // is unsure.
  // ================================================================================================
  {
    id: 'usc_18_1028',
    code: 'USC 18 1028',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Identity-document fraud: not a crime of violence; level A (docs/law-sources.md).',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1028a',
    code: 'USC 18 1028A',
    level: 'felony',
    violent: 'no',
    violentReason: 'Federal: PC 667.5(c) does not apply. Aggravated identity theft: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1546',
    code: 'USC 18 1546',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Visa or immigration document fraud: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1542',
    code: 'USC 18 1542',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. False statement in a passport application or use of such a passport: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1001',
    code: 'USC 18 1001',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. False statements to a federal agency: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_8_1325',
    code: 'USC 8 1325',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Improper entry (a misdemeanor for a first offense): not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_8_1326',
    code: 'USC 8 1326',
    level: 'felony',
    violent: 'no',
    violentReason: 'Federal: PC 667.5(c) does not apply. Reentry after removal: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_8_1324',
    code: 'USC 8 1324',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Bringing in, transporting or harboring noncitizens: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_21_841',
    code: 'USC 21 841',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Drug distribution or possession with intent: not a crime of violence; level A (docs/law-sources.md TP15).',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_21_844',
    code: 'USC 21 844',
    level: 'wobbler',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Simple drug possession (usually a misdemeanor): not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_21_846',
    code: 'USC 21 846',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Drug conspiracy or attempt: not a crime of violence; level A (docs/law-sources.md TP15).',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_21_952',
    code: 'USC 21 952',
    level: 'felony',
    violent: 'no',
    violentReason: 'Federal: PC 667.5(c) does not apply. Drug importation: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_371',
    code: 'USC 18 371',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Conspiracy to commit an offense or defraud the U.S.: not itself a crime of violence; level A (the object offense could matter; verify).',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1343',
    code: 'USC 18 1343',
    level: 'felony',
    violent: 'no',
    violentReason: 'Federal: PC 667.5(c) does not apply. Wire fraud: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1344',
    code: 'USC 18 1344',
    level: 'felony',
    violent: 'no',
    violentReason: 'Federal: PC 667.5(c) does not apply. Bank fraud: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1029',
    code: 'USC 18 1029',
    level: 'felony',
    violent: 'no',
    violentReason: 'Federal: PC 667.5(c) does not apply. Access-device (card) fraud: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1956',
    code: 'USC 18 1956',
    level: 'felony',
    violent: 'no',
    violentReason: 'Federal: PC 667.5(c) does not apply. Money laundering: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_922_g',
    code: 'USC 18 922(g)',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Possession of a firearm by a prohibited person: not a crime of violence; level A.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_2421',
    code: 'USC 18 2421',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Transportation for prostitution (Mann Act): no force element, so not a crime of violence as we read 18 U.S.C. 16(a); level A; verify.',
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1952',
    code: 'USC 18 1952',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Interstate travel in aid of an unlawful business such as prostitution (Travel Act): not a crime of violence unless the crime of violence prong applies; level A as a rule; verify.',
    violentUncertain: true,
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: false },
  },
  {
    id: 'usc_18_1591',
    code: 'USC 18 1591',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Sex trafficking by force, fraud or coercion, or of a minor. Whether it is a crime of violence under 18 U.S.C. 16(a) is not settled here (it can be committed by fraud or, with a minor, without force, which suggests it is not): screened as level B (the cautious reading) and marked uncertain; a trafficking survivor convicted of it needs a lawyer. Crimes against a child are excluded from level B relief (docs/law-sources.md).',
    violentUncertain: true,
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: true },
  },
  {
    id: 'usc_18_1951',
    code: 'USC 18 1951',
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Hobbs Act robbery or extortion: completed robbery is a crime of violence (level B). Attempted Hobbs Act robbery is not (United States v. Taylor, 2022), and extortion by fear of economic harm may not be; the code alone cannot tell, so screened as level B and marked uncertain; verify.',
    violentUncertain: true,
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: true },
  },
  {
    id: 'usc_18_2113',
    code: 'USC 18 2113',
    aliases: ['USC 18 2113(a)', 'USC 18 2113(d)'],
    level: 'felony',
    violent: 'no',
    violentReason:
      'Federal: PC 667.5(c) does not apply. Bank robbery (2113(a) by force, violence or intimidation; 2113(d) armed): a crime of violence, level B. Other subsections (e.g. 2113(b), taking without force) are not, so they are not matched to this entry; verify.',
    subdivisionsDiffer: true,
    category: 'immigration_federal',
    flags: { federal: true, federalCrimeOfViolence: true },
  },
];
