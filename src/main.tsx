import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AVAILABLE_LANGUAGES, startI18n } from '@/i18n/config';
import { pickLanguage } from '@/i18n/languages';
import { App } from '@/app/app';
import '@/app/styles.css';

// The first page follows the browser's language when we have it; the person can change it at once.
// Its file is requested while the page loads, so after the load event the page asks for nothing
// unless the person switches language.
const ready = startI18n(pickLanguage(navigator.languages ?? [navigator.language], AVAILABLE_LANGUAGES));

const root = document.getElementById('root');
if (root) {
  void ready.then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
