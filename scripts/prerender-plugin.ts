import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { createServer, type Plugin } from 'vite';

const ENTRY = '/src/app/prerender.tsx';
const ROOT = '<div id="root"></div>';
const EXIT_BUTTON = /<button type="button" class="safety-exit-button">(.*?)<\/button>/;

/**
 * Until the script runs, a button does nothing, and "Exit this page" must always work. In the
 * painted-early copy it is a plain link to the same neutral page (no referrer), which works with
 * no script at all; the live page then puts the real button, with its wipe, in its place.
 */
export function exitWorksWithoutScript(markup: string, exitUrl: string): string {
  if (!EXIT_BUTTON.test(markup))
    throw new Error('prerender: the Exit this page button was not found; keep it working before the script runs');
  const href = exitUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return markup.replace(
    EXIT_BUTTON,
    (_m, inner: string) =>
      `<a class="safety-exit-button" href="${href}" rel="noreferrer noopener" referrerpolicy="no-referrer">${inner}</a>`,
  );
}

/**
 * A button in the painted-early page cannot answer a tap: nothing does until the script runs. So
 * they are disabled until the live page replaces them (a fraction of a second on a good phone, up
 * to a second on a slow one), and a tap on one meanwhile is remembered and pressed for the person
 * on the live page (src/app/painted-page.ts).
 */
export function buttonsWaitForScript(markup: string): string {
  return markup.replace(/<button(?![^>]*\sdisabled)/g, '<button disabled=""');
}

/**
 * Writes the start page's HTML into the built index.html, so it paints before the script runs
 * (first contentful paint no longer waits for the code). The markup is plain HTML: no inline
 * script or style attribute, so the CSP stays as strict as it is. Skipped for the one-file offline
 * copy.
 */
export function prerenderStartPage(exitUrl: string): Plugin {
  let outDir = 'dist';
  let mode = 'production';
  let configFile: string | undefined;
  return {
    name: 'prerender-start-page',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'offline' && !env.isSsrBuild,
    configResolved(config) {
      outDir = config.build.outDir;
      mode = config.mode;
      configFile = config.configFile;
    },
    async closeBundle() {
      const server = await createServer({
        configFile,
        mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const { renderStartPage } = (await server.ssrLoadModule(ENTRY)) as { renderStartPage: () => Promise<string> };
        const markup = buttonsWaitForScript(exitWorksWithoutScript(await renderStartPage(), exitUrl));
        const file = join(outDir, 'index.html');
        const html = readFileSync(file, 'utf8');
        if (!html.includes(ROOT)) throw new Error(`prerender: ${ROOT} not found in ${file}`);
        writeFileSync(file, html.replace(ROOT, `<div id="root">${markup}</div>`));
      } finally {
        await server.close();
      }
    },
  };
}
