import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * Static checks on the safety code itself (docs/safety-design.md):
 * - nothing we ship writes browser storage (the wipe module only clears it);
 * - nothing needs what the CSP forbids: inline style attributes, eval, new Function, innerHTML;
 * - nothing reaches a third-party origin at run time (no fetch, no XHR, no beacons).
 */
const root = join(process.cwd(), 'src');
const files = [
  ...readdirSync(join(root, 'features/safety')).map((f) => join(root, 'features/safety', f)),
  join(root, 'components/external-link.tsx'),
  join(root, 'lib/saved-file.ts'),
  join(root, 'lib/storage-wipe.ts'),
].filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('test-controls.ts'));

const FORBIDDEN: [string, RegExp][] = [
  ['inline style attribute', /\bstyle=\{/],
  ['element.style', /\.style\./],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML', /\.innerHTML\b/],
  ['eval', /\beval\(/],
  ['new Function', /new Function\(/],
  ['localStorage write', /localStorage\.setItem|localStorage\[/],
  ['sessionStorage write', /sessionStorage\.setItem|sessionStorage\[/],
  ['indexedDB open', /indexedDB\.open/],
  ['cookie write', /document\.cookie\s*=(?!=)/],
  ['Cache Storage write', /caches\.open/],
  ['network', /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/],
];

describe('safety code respects the privacy rules', () => {
  it('found the files', () => {
    expect(files.length).toBeGreaterThan(8);
  });

  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const hits = FORBIDDEN.filter(([, re]) => re.test(text)).map(([what]) => what);
    // storage-wipe.ts expires cookies; that is clearing, not storing.
    const allowed = file.endsWith('storage-wipe.ts') ? ['cookie write'] : [];
    expect(hits.filter((h) => !allowed.includes(h))).toEqual([]);
  });
});
