import { renderToString } from 'react-dom/server';

import { i18n, startI18n } from '@/i18n/config';
import { SOURCE_LANGUAGE } from '@/i18n/languages';

import { App } from './app';

/**
 * Build-time only (see scripts/prerender-plugin.ts): the start page as HTML, in English, so a
 * phone paints it before any script has run. The script then renders the live page in its place,
 * in the person's language. Nothing here runs in the browser.
 */
export async function renderStartPage(): Promise<string> {
  await startI18n(SOURCE_LANGUAGE);
  await i18n.changeLanguage(SOURCE_LANGUAGE);
  return renderToString(<App />);
}
