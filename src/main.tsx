import '@/lib/zod-config';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '@/i18n/config';
import { App } from '@/app/app';

/** Runs the app in place of the start page painted from index.html (see boot.ts). */
export async function startApp(language: string) {
  await startI18n(language);
  const root = document.getElementById('root');
  if (!root) return;
  // The painted start page stays in view meanwhile, so the first render can be a transition:
  // React renders it in short slices and a tap on a slow phone is not kept waiting behind it.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
