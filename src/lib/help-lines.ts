/**
 * Help lines shown in the app. Only contacts we confirmed on each service's own official site
 * (status date 2026-11-28) are listed; re-check every number on the live official site before each
 * release. Names and descriptions are in `locales/<lng>/common.json` under `helpLines.<id>`.
 */
export interface HelpLine {
  readonly id: 'emergency' | 'trafficking' | 'domesticViolence' | 'sexualAssault' | 'crisis' | 'cast' | 'legalHelp';
  /** Shown as written; `tel:` uses the digits. */
  readonly call?: string;
  readonly text?: { readonly number: string; readonly body?: string };
  readonly tty?: string;
  readonly web?: string;
  /** Which harms make this line most relevant; empty = always shown. */
  readonly forHarms: readonly ('trafficking' | 'intimatePartnerViolence' | 'sexualViolence')[];
}

export const HELP_LINES: readonly HelpLine[] = [
  { id: 'emergency', call: '911', forHarms: [] },
  // humantraffickinghotline.org/about-us/what-we-do: 24/7; not law enforcement or immigration.
  {
    id: 'trafficking',
    call: '1-888-373-7888',
    text: { number: '233733', body: 'HELP' },
    tty: '711',
    web: 'https://humantraffickinghotline.org',
    forHarms: ['trafficking'],
  },
  // ovc.ojp.gov grantee news (2022-01-20).
  {
    id: 'domesticViolence',
    call: '1-800-799-7233',
    text: { number: '88788', body: 'START' },
    tty: '1-800-787-3224',
    web: 'https://www.thehotline.org',
    forHarms: ['intimatePartnerViolence'],
  },
  // rainn.org/get-help/national-sexual-assault-hotline. Chat URL is unverified: link the home page only.
  { id: 'sexualAssault', call: '1-800-656-4673', web: 'https://rainn.org', forHarms: ['sexualViolence'] },
  { id: 'crisis', call: '988', text: { number: '988' }, web: 'https://988lifeline.org', forHarms: [] },
  // castla.org: 24-hour hotline; serves Los Angeles County.
  { id: 'cast', call: '1-888-539-2373', web: 'https://www.castla.org', forHarms: ['trafficking'] },
  // Legal help: LawHelpCA's finder first, because it points to the free legal-aid office nearest the person.
  { id: 'legalHelp', web: 'https://www.lawhelpca.org', forHarms: [] },
];

/** Full U.S. numbers dial in international form (+1…), which works from any phone; 911 and 988 stay short. */
export const telHref = (number: string) => {
  const digits = number.replace(/\D/g, '');
  return `tel:${digits.length === 11 && digits.startsWith('1') ? `+${digits}` : digits}`;
};
export const smsHref = (number: string, body?: string) =>
  `sms:${number.replace(/[^\d+]/g, '')}${body ? `?body=${encodeURIComponent(body)}` : ''}`;
