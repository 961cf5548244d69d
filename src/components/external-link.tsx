import type { AnchorHTMLAttributes } from 'react';

/**
 * A link to another site that never tells that site where the person came from.
 *
 * - rel="noreferrer noopener" and referrerPolicy="no-referrer": no Referer header, no
 *   window.opener (the page also has <meta name="referrer" content="no-referrer">; this holds
 *   even if that meta is ever removed, and for links rendered elsewhere).
 * - Opens in a new tab by default. WHY: leaving in the same tab fires pagehide, which wipes the
 *   answers (safety guard), and the person loses their place. A new tab keeps ours intact. Pass
 *   newTab={false} for links that should replace the page. Callers should add visually hidden
 *   "(opens in a new tab)" text to the children when newTab is true.
 * - rel, referrerPolicy and target cannot be overridden by props.
 */
export interface ExternalLinkProps extends Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'rel' | 'referrerPolicy' | 'target' | 'href'
> {
  href: string;
  newTab?: boolean;
}

export function ExternalLink({ href, newTab = true, children, ...rest }: ExternalLinkProps) {
  return (
    <a
      {...rest}
      href={href}
      rel="noreferrer noopener"
      referrerPolicy="no-referrer"
      target={newTab ? '_blank' : undefined}
    >
      {children}
    </a>
  );
}
