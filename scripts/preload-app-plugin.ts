import type { Plugin } from 'vite';

/**
 * boot.ts starts the app with import() after the first paint, in three parts: src/react-first.ts,
 * src/screening-first.ts, then src/main.tsx. So that this asks for nothing after the page has
 * loaded, index.html preloads the app's code (those three chunks and the chunks they import): it
 * downloads with the page, and runs only when boot.ts asks for it.
 */
export function preloadApp(): Plugin {
  let base = '/';
  let mode = 'production';
  return {
    name: 'preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      mode = config.mode;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (mode === 'offline') return html; // one file: everything is in its entry
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((f) => (f.type === 'chunk' ? [f] : []));
        const stages = ['/src/react-first.ts', '/src/screening-first.ts', '/src/main.tsx'].map((path) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(path));
          // A stage left out would be fetched after the load event: stop the build instead.
          if (!chunk) throw new Error(`preload-app: no chunk for ${path}; boot.ts imports it`);
          return chunk;
        });
        // The entry chunk (boot.ts) has its own script tag. The rest is fetched at low priority:
        // the page paints from its HTML and style, so they go first, and the code follows.
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        return {
          html,
          tags: [...new Set(stages.flatMap((c) => [c.fileName, ...c.imports]))]
            .filter((file) => !entries.has(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `${base}${file}` },
              injectTo: 'head' as const,
            })),
        };
      },
    },
  };
}
