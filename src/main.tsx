import '@/lib/zod-config';

import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
import { CarryFocus, focusedPosition } from '@/app/carry-focus';
import type { EarlyPress } from '@/app/painted-page';
import { prepareHistory, refuseToRunFramed } from '@/app/startup';
import { startI18n } from '@/i18n/config';

/** Runs the app in place of the start page painted from index.html (see boot.ts). */
export async function startApp(language: string, earlyPress?: () => EarlyPress | undefined) {
  await startI18n(language);
  const root = document.getElementById('root');
  // Never run inside another site's frame (when the host ignores frame-ancestors): it could draw
  // over the page and watch the person. A page that starts over starts on a plain history entry.
  if (!root || refuseToRunFramed(root)) return;
  prepareHistory();
  // The painted start page stays in view meanwhile, so the first render can be a transition:
  // React renders it in short slices and a tap on a slow phone is not kept waiting behind it.
  // Keep track of focus in the painted page until the live one replaces it.
  let position = focusedPosition(root);
  const track = () => (position = focusedPosition(root));
  root.addEventListener('focusin', track);
  // Read once, when the live page takes over; after that, focus moves need no tracking.
  const takeOver = () => {
    root.removeEventListener('focusin', track);
    return position;
  };
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <CarryFocus root={root} position={takeOver} pressed={earlyPress}>
          <App />
        </CarryFocus>
      </StrictMode>,
    );
  });
}
