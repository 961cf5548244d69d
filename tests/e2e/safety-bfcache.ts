import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * Launch options with the back-forward cache ON. Playwright starts Chromium with
 * --disable-back-forward-cache by default; the exit tests must see what a real browser does, where a
 * page can come back from that cache with everything that was on screen.
 */
export const WITH_BFCACHE = {
  launchOptions: {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
};

/** The neutral page and a page "before the app", served locally: the test machines have no internet. */
export const EXIT_URL = 'https://www.weather.gov/';
export const BEFORE_URL = 'https://before.example/';
export const START_HEADING = 'Check if you can clear a record';
