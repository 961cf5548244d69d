import { readFileSync } from 'node:fs';

import type { Plugin } from 'vite';

/**
 * One source for the HTTP headers: `public/_headers` (the format Netlify and Cloudflare Pages
 * read). `vite preview` sends exactly what that file says for each path, so the browser tests
 * check the same headers a real host sends.
 *
 * Format: a line that starts at column 0 is a path pattern (`/*` matches every path, a trailing
 * `*` matches any rest, anything else matches exactly); the indented `Name: value` lines below it
 * are its headers. `#` starts a comment line. When several rules match, the headers of all of them
 * are sent; a header named twice gets both values joined with ", " (as those hosts do).
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`public/_headers: cannot read line "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The headers for one path, names as written in the file. */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

export function readHeadersFile(file: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(file, 'utf8'));
}

/**
 * Headers the preview server itself may add (sirv sets Cache-Control) that matter for privacy and
 * safety. Preview drops its own value for each of these and sends only what the file says.
 */
const OWNED_BY_FILE = [
  'cache-control',
  'content-security-policy',
  'cross-origin-opener-policy',
  'permissions-policy',
  'referrer-policy',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-frame-options',
];

type Headers = Record<string, string | number | readonly string[] | undefined>;

/** Serve `public/_headers` from `vite preview`, applied as the response head is written. */
export function previewHeadersFromFile(file: string): Plugin {
  return {
    name: 'preview-headers-from-file',
    configurePreviewServer(server) {
      const rules = readHeadersFile(file);
      server.middlewares.use((req, res, next) => {
        const wanted = headersForPath(rules, new URL(req.url ?? '/', 'http://localhost').pathname);
        const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
        res.writeHead = (...args: unknown[]) => {
          for (const name of OWNED_BY_FILE) res.removeHeader(name);
          for (const arg of args) {
            if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) continue;
            for (const key of Object.keys(arg))
              if (OWNED_BY_FILE.includes(key.toLowerCase())) delete (arg as Headers)[key];
          }
          for (const [name, value] of Object.entries(wanted)) res.setHeader(name, value);
          return writeHead(...args);
        };
        next();
      });
    },
  };
}
