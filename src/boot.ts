import '@/app/styles.css';

import { rememberEarlyPress } from '@/app/painted-page';
import { pickLanguage } from '@/i18n/languages';
import { AVAILABLE_LANGUAGES, loadNamespace, NAMESPACES } from '@/i18n/locale-loaders';

/**
 * The page's first script, kept tiny. index.html already shows the start page (rendered at build
 * time), so the browser can paint it before any of the app's code runs.
 *
 * 1. Choose the first page's language from the browser's (navigator.languages), and ask for its
 *    strings now: a request started while the page loads is part of the page load, so nothing is
 *    fetched after the load event unless the person switches language.
 * 2. After the first paint, run the app. Its code is already on its way (index.html preloads it),
 *    so this asks for nothing new. A button tapped meanwhile is pressed again once the app runs.
 */
// A tap on the painted page's buttons before the app runs is pressed again once it does.
const root = document.getElementById('root');
const earlyPress = root ? rememberEarlyPress(root) : undefined;

const language = pickLanguage(navigator.languages ?? [navigator.language], AVAILABLE_LANGUAGES);
for (const namespace of NAMESPACES) void loadNamespace(language, namespace).catch(() => undefined);

requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./main').then(({ startApp }) => startApp(language, earlyPress));
  }, 0);
});
