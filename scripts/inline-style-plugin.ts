import { createHash } from 'node:crypto';

import type { Plugin } from 'vite';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*\shref="[^"]*\/(assets\/[^"]+\.css)"[^>]*>/;
const SELF_STYLES = "style-src 'self'";

/** The CSP source that allows exactly this text in a <style> element, and nothing else. */
export const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * The policy with styles allowed only by the hash of the one inline <style>. The source policy
 * says `style-src 'self'`; after this, not even a stylesheet file of this site may load, and
 * never 'unsafe-inline'.
 */
export function policyWithStyleHash(policy: string, hash: string): string {
  if (!policy.includes(SELF_STYLES)) throw new Error(`inline style: the policy has no "${SELF_STYLES}" to replace`);
  return policy.replace(SELF_STYLES, `style-src ${hash}`);
}

/**
 * The stylesheet goes inside index.html, allowed by its hash in the page's Content-Security-Policy
 * (its meta tag; public/_headers lets inline styles through and leaves the choice to it, since a
 * host's copy of a hash could go stale). A linked stylesheet blocks the first paint for one more
 * round trip: on a slow phone network (150 ms per round trip, as Lighthouse simulates) that was
 * about 150 ms of first contentful paint. The bytes are the same, and a shared phone keeps one file
 * less of this site in its cache. Skipped for the offline copy, which inlines everything itself
 * (offline-plugin.ts).
 */
export function inlineStyleSheet(): Plugin {
  return {
    name: 'inline-style-sheet',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'offline' && !env.isSsrBuild,
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const [tag, file] = STYLESHEET_LINK.exec(html) ?? [];
        if (!tag || !file) throw new Error('inline style: index.html links no stylesheet');
        const asset = ctx.bundle?.[file];
        if (asset?.type !== 'asset') throw new Error(`inline style: ${file} is not in the build`);
        // "</style" inside the CSS would end the element early; our CSS never has it.
        const css = String(asset.source);
        if (/<\/style/i.test(css)) throw new Error('inline style: the CSS contains "</style"');
        const hash = styleHash(css);
        return html
          .replace(tag, () => `<style>${css}</style>`)
          .replace(
            /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
            (_m, start: string, policy: string) => `${start}${policyWithStyleHash(policy, hash)}"`,
          );
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // The style is in the page now; a separate file would only be a second copy nobody asks for.
        // (One stylesheet for the whole app: vite.config.ts sets cssCodeSplit to false.)
        for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
      },
    },
  };
}
