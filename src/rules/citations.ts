import type { Citation } from './types';

/**
 * Every statute the engine applies, with a source URL taken from legal-brief.md (status date
 * 2026-11-28). A rule names its citation from here so a reviewer can follow each element back to
 * the text it paraphrases. Sections are legal names and are never translated.
 */
const cite = (section: string, url: string): Citation => Object.freeze({ section, url });

const LAWSERVER_236_14 = 'https://lawserver.com/law/state/california/codes/california_penal_code_236-14';
const SD_PD_IPV = 'https://www.sandiegocounty.gov/content/sdc/public_defender/Intimate_Partner_Violence.html';
const CASETEXT_236_24 =
  'https://casetext.com/statute/california-codes/california-penal-code/part-1-of-crimes-and-punishments/title-8-of-crimes-against-the-person/chapter-8-false-imprisonment-and-human-trafficking/section-23624-coercion-to-commit-offense-due-to-being-a-victim-of-intimate-partner-violence-or-sexual-violence-is-affirmative-defense';
const PUBLAW_119_73 = 'https://www.congress.gov/119/plaws/publ73/PLAW-119publ73.htm';

export const CITATIONS = {
  pc236_14: cite('Cal. Penal Code § 236.14', LAWSERVER_236_14),
  pc236_14a: cite('Cal. Penal Code § 236.14(a)', LAWSERVER_236_14),
  pc236_14b: cite('Cal. Penal Code § 236.14(b)', 'https://legalfix.com/statutes/state-codes/california/code-pen/part-1/title-8/chapter-8/section-236-14'),
  pc236_14Timing: cite('Cal. Penal Code § 236.14 (timing, as amended by AB 262)', 'https://ad08.asmrc.org/2021/10/05/ab-262-human-trafficking-vacatur-relief-for-victims/'),
  pc236_14Venue: cite('Cal. Penal Code § 236.14(c)', 'https://legalfix.com/statutes/state-codes/california/code-pen/part-1/title-8/chapter-8/section-236-14'),
  pc236_1: cite('Cal. Penal Code § 236.1', 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=236.1.'),
  pc236_1c: cite('Cal. Penal Code § 236.1(c); AB 379 (2025, Ch. 82)', 'https://opencalaccess.org/leginfo/bill_info/20250AB37993CHP'),
  pc236_15: cite('Cal. Penal Code § 236.15', SD_PD_IPV),
  pc236_15Timing: cite('Cal. Penal Code § 236.15 (timing presumed to match § 236.14)', SD_PD_IPV),
  pc236_15InForce: cite('Cal. Penal Code § 236.15 (AB 124, in effect 1/1/2022)', 'https://www.greghillassociates.com/ab-124-intimidate-partner-violence-or-sexual-violence.html'),
  pc667_5c: cite('Cal. Penal Code § 667.5(c)', 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=667.5.'),
  pc667_5c8: cite('Cal. Penal Code § 667.5(c)(8)', 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=667.5.'),
  pc1192_7: cite('Cal. Penal Code § 1192.7(c); § 667.5(c)', 'https://bettzedek.org/resources/cs-training-vacatur-nuts-bolts-2/'),
  pc1203_49: cite('Cal. Penal Code § 1203.49', 'https://self-law.org/code/ca/penal-code/1203-49'),
  pc653_29: cite('Cal. Penal Code § 653.29 (SB 357, 2022, Ch. 86)', 'https://selfhelp.courts.ca.gov/clean-your-record/relief-human-trafficking-victims'),
  pc1203_4: cite('Cal. Penal Code § 1203.4', 'https://www.placer.courts.ca.gov/division-criminal-expungements.shtml'),
  pc1203_4a: cite('Cal. Penal Code § 1203.4a', 'https://www.avvo.com/legal-guides/ugc/how-to-clean-up-your-conviction---expunging-calfornia-state-criminal-convictions---part-ii'),
  pc1203_41: cite('Cal. Penal Code § 1203.41 (as amended by SB 731)', 'https://probonoproject.org/sb731'),
  pc851_91: cite('Cal. Penal Code § 851.91', 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=851.91.'),
  pc1170_18: cite('Cal. Penal Code § 1170.18 (Proposition 47; deadline removed by SB 749)', 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1170.18.'),
  pc236_23: cite('Cal. Penal Code § 236.23', 'https://law.justia.com/cases/california/court-of-appeal/2021/e073980.html'),
  pc236_24: cite('Cal. Penal Code § 236.24', CASETEXT_236_24),
  usc3771a: cite('18 U.S.C. § 3771A (Pub. L. 119-73)', PUBLAW_119_73),
  usc16a: cite('18 U.S.C. § 3771A; 18 U.S.C. § 16(a)', PUBLAW_119_73),
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;
