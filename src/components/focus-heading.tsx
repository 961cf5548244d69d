import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The first page a person sees keeps the browser's natural focus order, so the first Tab reaches
 * "Skip to main content" and "Exit this page" before anything else.
 */
let firstPageShown = false;

/**
 * The page's h1. It takes focus when a new page appears, so keyboard and screen-reader users start
 * at the new question instead of wherever the last button was.
 */
export function FocusHeading({
  children,
  id,
  className = 'heading-l',
}: {
  children: ReactNode;
  id?: string;
  className?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Remembered per heading, so React's development double-run of effects does not focus it either.
  const isFirstPage = useRef<boolean | null>(null);
  useEffect(() => {
    isFirstPage.current ??= !firstPageShown;
    firstPageShown = true;
    if (!isFirstPage.current) ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 className={className} id={id} tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
