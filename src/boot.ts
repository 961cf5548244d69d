import '@/app/styles.css';

import { forgetEarlyPress, rememberEarlyLanguage, rememberEarlyPress } from '@/app/painted-page';
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
 *    so this asks for nothing new. It runs in three tasks: React (react-first.ts), then the
 *    screening's rules and statechart (screening-first.ts), then the pages. Run as one, it was a
 *    task of 230-330 ms at 4x CPU; apart, each is under about 100 ms, so the painted page answers
 *    sooner meanwhile (the Exit link, the language menu, a tap shown as taken).
 *    A button tapped meanwhile is pressed for the person once the app runs, and a language chosen
 *    meanwhile is the one it starts in.
 */
// What the person does on the painted page before the app runs is not lost (painted-page.ts).
const root = document.getElementById('root');
const earlyPress = root ? rememberEarlyPress(root) : undefined;
const earlyLanguage = root ? rememberEarlyLanguage(root) : () => undefined;

const language = pickLanguage(navigator.languages ?? [navigator.language], AVAILABLE_LANGUAGES);
for (const namespace of NAMESPACES) void loadNamespace(language, namespace).catch(() => undefined);

/** Lets the page answer a tap, or paint, between two parts of the start-up work. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const runApp = () =>
  import('./react-first')
    .then(nextTask)
    .then(() => import('./screening-first'))
    .then(nextTask)
    .then(() => import('./main'))
    .then(({ startApp }) => startApp(pickedEarly() ?? language, earlyPress))
    .catch((error: unknown) => {
      // The code did not arrive (a dropped connection): the painted page stays, with its Exit link
      // working. The error goes to this device's console only.
      console.error(error);
      if (root) forgetEarlyPress(root, earlyPress);
    });

requestAnimationFrame(() => setTimeout(() => void runApp(), 0));

/** A language chosen on the painted page, if it is one we have. */
function pickedEarly(): string | undefined {
  const chosen = earlyLanguage();
  return chosen && AVAILABLE_LANGUAGES.includes(chosen) ? chosen : undefined;
}
