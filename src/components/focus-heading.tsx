import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page appears, so keyboard and screen-reader users start at
 * the new question instead of wherever the last button was.
 */
export function FocusHeading({ children, id, className = 'heading-l' }: { children: ReactNode; id?: string; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 className={className} id={id} tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
