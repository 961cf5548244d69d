// Fails with one clear line instead of a Playwright stack trace when no browser is installed.
// Browser tests are never skipped silently.
import { chromiumFound, chromiumPath } from './chromium.mjs';

if (!chromiumFound()) {
  console.error(
    `No Chromium at ${chromiumPath()}. Install it with "apt-get install chromium" (as root) or set CHROME_PATH to a Chromium binary.`,
  );
  process.exit(1);
}
