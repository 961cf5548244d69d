// `npm run bench:bytes`: where the first load's bytes go, by package and by app folder, read from
// the build's source maps. Builds with source maps into dist/bytes, then for each JavaScript file
// the page loads, gives each source file its share of the minified bytes (the mapped spans) and
// scales the file's gzip size by those shares. Shares of gzip are estimates; the totals are exact.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { gzipBytes, kib } from './first-load.mjs';

const OUT = 'dist/bytes';
if (!process.argv.includes('--no-build')) {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--sourcemap', '--outDir', OUT],
    { stdio: 'inherit' },
  );
}

/** Groups a source path: a package name, a locale, or the app folder two levels down. */
function group(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(source);
  if (pkg) return pkg[1] === 'zod' ? `zod (${pkg[2].split('/').slice(0, 3).join('/')})` : pkg[1];
  const locale = /locales\/([^/]+)\//.exec(source);
  if (locale) return `locale ${locale[1]}`;
  const app = /src\/(.*)$/.exec(source);
  if (app) {
    const parts = app[1].split('/');
    if (parts[0] === 'rules' && parts[1] === 'offenses' && parts[2]?.startsWith('catalog'))
      return 'src/rules/offenses/catalog';
    return `src/${parts.slice(0, Math.min(2, parts.length - 1)).join('/') || parts[0]}`;
  }
  return source;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map v3 `mappings`: per generated line, segments of [column, source, ...] in base64 VLQ. */
function* segments(mappings) {
  let source = 0;
  const lines = mappings.split(';');
  for (let line = 0; line < lines.length; line += 1) {
    let column = 0;
    for (const segment of lines[line].split(',')) {
      if (segment === '') continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      yield { line, column, source: fields.length > 1 ? source : -1 };
    }
  }
}

/** Minified bytes per group: each mapped span runs to the next mapping (or the end of its line). */
function attribute(code, map) {
  const lines = code.split('\n');
  const bytes = new Map();
  let last = null;
  const close = (end) => {
    const name = last.source >= 0 ? group(map.sources[last.source]) : '(unmapped)';
    bytes.set(name, (bytes.get(name) ?? 0) + end - last.column);
  };
  for (const mapping of segments(map.mappings)) {
    if (last) close(last.line === mapping.line ? mapping.column : lines[last.line].length);
    last = mapping;
  }
  if (last) close(lines[last.line].length);
  return bytes;
}

const html = readFileSync(join(OUT, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
const english = readdirSync(join(OUT, 'assets')).filter((f) => /^locale-en-.*\.js$/.test(f));
const files = [...new Set([...referenced, ...english.map((f) => `assets/${f}`)])];

const totals = new Map([['index.html', gzipBytes(Buffer.from(html))]]);
const add = (name, bytes) => totals.set(name, (totals.get(name) ?? 0) + bytes);
for (const file of files) {
  const code = readFileSync(join(OUT, file), 'utf8');
  const gz = gzipBytes(Buffer.from(code));
  const mapFile = join(OUT, `${file}.map`);
  const shares =
    file.endsWith('.js') && existsSync(mapFile)
      ? attribute(code, JSON.parse(readFileSync(mapFile, 'utf8')))
      : new Map();
  const sum = [...shares.values()].reduce((a, b) => a + b, 0);
  // Styles, and the language chunks (JSON turned into code, with no mappings), count as one piece.
  if (sum === 0) add(/\/(locale-.+?)-[\w-]{8}\.js$/.exec(file)?.[1] ?? file, gz);
  else for (const [name, n] of shares) add(name, (gz * n) / sum);
}
const all = [...totals.values()].reduce((a, b) => a + b, 0);
console.log(`\nFirst load as built (HTML, what it references and preloads, English): ${kib(all)} gzip`);
for (const [name, n] of [...totals].sort((a, b) => b[1] - a[1]))
  if (n >= 256) console.log(`  ${kib(n).padStart(10)}  ${name}`);
console.log('  (pieces under 0.25 KiB not listed)');
