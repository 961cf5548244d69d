import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Plugin } from 'vite';

/** The offline copy's file name: as neutral as the page title, so a download list says nothing. */
export const OFFLINE_FILE = 'questions-and-answers.html';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The strictest policy a single file can have: nothing may be fetched from anywhere, and only the
 * exact script and style inlined by this build may run (each allowed by its hash, never by
 * 'unsafe-inline'). Opened from a USB stick or an e-mail attachment, the page still cannot send
 * an answer anywhere.
 */
export function offlinePolicy(scriptHash: string, styleHash: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHash}`,
    `style-src ${styleHash}`,
    'img-src data:',
    "connect-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // As on the site: no script may write HTML into the page from a string.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/**
 * `npm run build:offline`: folds the build into one HTML file that runs from file:// with no
 * server. Every language in locales/ is inside it (a single file cannot load another chunk).
 */
export function offlineSingleFile(): Plugin {
  return {
    name: 'offline-single-file',
    apply: (_config, env) => env.command === 'build' && env.mode === 'offline',
    enforce: 'post',
    // After every other plugin has finished the code (Vite fills in its own placeholders late).
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist/offline';
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName === 'index.html');
      if (!html || html.type !== 'asset') throw new Error('offline build: no index.html');
      let page = String(html.source);
      let script = '';
      let style = '';
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry) script += file.code;
        else if (file.type === 'chunk')
          throw new Error(`offline build: a second chunk (${file.fileName}) cannot be loaded from file://`);
        else if (file.fileName.endsWith('.css')) style += String(file.source);
        else if (file.fileName !== 'index.html')
          throw new Error(`offline build: an extra file (${file.fileName}) would not travel with the page`);
      }
      // "</script" inside the code would end the inline element early; "<\/script" means the same in JS.
      script = script.replace(/<\/script/gi, '<\\/script');
      page = page
        .replace(
          /<script type="module"[^>]*\ssrc="[^"]+"[^>]*><\/script>/,
          () => `<script type="module">${script}</script>`,
        )
        .replace(/<link rel="stylesheet"[^>]*\shref="[^"]+"[^>]*>/, () => `<style>${style}</style>`)
        .replace(/<link rel="modulepreload"[^>]*>/g, '')
        .replace(
          /(http-equiv="Content-Security-Policy"\s+content=")[^"]*"/,
          (_m, start: string) => `${start}${offlinePolicy(sha256(script), sha256(style))}"`,
        );
      if (/\ssrc="\/|\shref="\/assets/.test(page)) throw new Error('offline build: the page still points at a file');
      for (const name of Object.keys(bundle)) rmSync(join(outDir, name), { force: true });
      rmSync(join(outDir, 'assets'), { recursive: true, force: true });
      writeFileSync(join(outDir, OFFLINE_FILE), page);
    },
  };
}
