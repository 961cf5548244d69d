import type { Citation } from './types';

/**
 * Every statute the engine applies, linked to its official text: California codes on
 * leginfo.legislature.ca.gov (one URL pattern for every section), federal law on the U.S. Code's
 * official site, uscode.house.gov. https only. Research sources that are not official (articles,
 * training slides, bill summaries) are listed in docs/law-sources.md, never here; a test walks
 * every URL in src/rules and fails on any other host. Sections are legal names, never translated.
 */
const cite = (section: string, url: string): Citation => Object.freeze({ section, url });

/** The official page of one California code section, e.g. `ca('PEN', '236.14')`. */
const ca = (code: 'PEN' | 'VEH', section: string): string =>
  `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=${code}&sectionNum=${section}.`;

/** The official page of one section of the U.S. Code, e.g. `us(18, '3771A')`. */
const us = (title: number, section: string): string =>
  `https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title${title}-section${section}&num=0&edition=prelim`;

export const CITATIONS = {
  pc236_14: cite('Cal. Penal Code § 236.14', ca('PEN', '236.14')),
  pc236_14a: cite('Cal. Penal Code § 236.14(a)', ca('PEN', '236.14')),
  pc236_14b: cite('Cal. Penal Code § 236.14(b)', ca('PEN', '236.14')),
  pc236_14Timing: cite('Cal. Penal Code § 236.14(l) (timing, as amended by AB 262)', ca('PEN', '236.14')),
  pc236_14Venue: cite('Cal. Penal Code § 236.14(c)', ca('PEN', '236.14')),
  pc236_1: cite('Cal. Penal Code § 236.1', ca('PEN', '236.1')),
  pc236_1c: cite('Cal. Penal Code § 236.1(c) (as amended by AB 379, 2025)', ca('PEN', '236.1')),
  pc236_15: cite('Cal. Penal Code § 236.15', ca('PEN', '236.15')),
  pc236_15Timing: cite('Cal. Penal Code § 236.15 (timing presumed to match § 236.14)', ca('PEN', '236.15')),
  pc236_15InForce: cite('Cal. Penal Code § 236.15 (AB 124, in effect 1/1/2022)', ca('PEN', '236.15')),
  pc667_5c: cite('Cal. Penal Code § 667.5(c)', ca('PEN', '667.5')),
  pc667_5c8: cite('Cal. Penal Code § 667.5(c)(8)', ca('PEN', '667.5')),
  pc1192_7: cite('Cal. Penal Code § 1192.7(c); § 667.5(c)', ca('PEN', '1192.7')),
  pc1203_49: cite('Cal. Penal Code § 1203.49', ca('PEN', '1203.49')),
  pc653_29: cite('Cal. Penal Code § 653.29 (SB 357, 2022, Ch. 86)', ca('PEN', '653.29')),
  pc1203_4: cite('Cal. Penal Code § 1203.4', ca('PEN', '1203.4')),
  pc1203_4b: cite('Cal. Penal Code § 1203.4(b)', ca('PEN', '1203.4')),
  pc1203_4a: cite('Cal. Penal Code § 1203.4a', ca('PEN', '1203.4a')),
  pc1203_41: cite('Cal. Penal Code § 1203.41 (as amended by SB 731)', ca('PEN', '1203.41')),
  pc851_91: cite('Cal. Penal Code § 851.91', ca('PEN', '851.91')),
  pc1170_18: cite('Cal. Penal Code § 1170.18 (Proposition 47; deadline removed by SB 749)', ca('PEN', '1170.18')),
  pc1170_18i: cite('Cal. Penal Code § 1170.18(i)', ca('PEN', '1170.18')),
  pc236_23: cite('Cal. Penal Code § 236.23', ca('PEN', '236.23')),
  pc236_24: cite('Cal. Penal Code § 236.24', ca('PEN', '236.24')),
  usc3771a: cite('18 U.S.C. § 3771A (Pub. L. 119-73)', us(18, '3771A')),
  usc16a: cite('18 U.S.C. § 16(a)', us(18, '16')),
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;
