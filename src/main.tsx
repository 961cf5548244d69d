import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/i18n/config';
import { App } from '@/app/app';
import { prepareHistory, refuseToRunFramed } from '@/app/startup';
import '@/app/styles.css';

const root = document.getElementById('root');
if (root && !refuseToRunFramed(root)) {
  prepareHistory();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
