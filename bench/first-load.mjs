// First-load bytes: the gzip size of the HTML plus every script, style and preload it names,
// following the static imports and url()s of those files (what the browser fetches before it can
// show and run the page). Chunks that are only dynamically imported are not part of the first load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const HTML_REFS = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"[^>]*>/g;
const JS_STATIC_IMPORTS = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const CSS_URLS = /url\(\s*["']?([^"')]+)["']?\s*\)/g;

export function gzipBytes(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

export function firstLoad(distDir, htmlFile = 'index.html') {
  const files = new Map();
  const html = readFileSync(join(distDir, htmlFile));
  files.set(htmlFile, gzipBytes(html));
  const queue = [];
  for (const match of html.toString().matchAll(HTML_REFS)) {
    const tag = match[0];
    if (/rel="icon"/.test(tag) || match[1].startsWith('data:') || /^https?:/.test(match[1])) continue;
    queue.push(match[1].replace(/^\.?\//, ''));
  }
  while (queue.length > 0) {
    const file = queue.shift();
    if (files.has(file)) continue;
    const body = readFileSync(join(distDir, file));
    files.set(file, gzipBytes(body));
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const pattern = file.endsWith('.css') ? CSS_URLS : file.endsWith('.js') ? JS_STATIC_IMPORTS : null;
    if (!pattern) continue;
    for (const ref of body.toString().matchAll(pattern)) {
      const target = ref[1];
      if (target.startsWith('data:') || /^https?:/.test(target)) continue;
      queue.push(target.startsWith('/') ? target.slice(1) : join(dir, target));
    }
  }
  const total = [...files.values()].reduce((sum, n) => sum + n, 0);
  return { total, files: Object.fromEntries(files) };
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
