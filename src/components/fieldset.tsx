import type { ReactNode } from 'react';

import { FocusHeading } from './focus-heading';
import { GlossaryText } from './glossary/glossary-text';
import { WhyWeAsk } from './why-we-ask';

/**
 * One question's frame (GOV.UK fieldset): the question as the legend and the page's heading, an
 * optional hint, an error message tied to the group for screen readers, the choices, then an optional
 * "Why we ask".
 */
export function Fieldset({
  id,
  heading,
  hint,
  why,
  error,
  children,
}: {
  /** Base for the hint and error ids. */
  id: string;
  heading: string;
  hint?: ReactNode;
  why?: string;
  error?: string;
  children: ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
      <legend className="fieldset__legend">
        <FocusHeading>{heading}</FocusHeading>
      </legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {/* Legal words in a hint explain themselves in place (felony, wobbler, petition…). */}
          {typeof hint === 'string' ? <GlossaryText text={hint} /> : hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={errorId}>
          {error}
        </p>
      ) : null}
      {children}
      {/* After the choices, so one Tab from the heading reaches the first choice (the page's
          heading takes focus on Continue) and Enter on it submits: two keys per question. */}
      {why ? <WhyWeAsk>{why}</WhyWeAsk> : null}
    </fieldset>
  );
}
