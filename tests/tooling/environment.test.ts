import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * A broken environment must say what is wrong in one clear line, not with a stack trace:
 * a wrong Node version, a stale lock file, missing dependencies, or no Chromium.
 */
function run(script: string, env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  const lines = result.stderr.trim().split('\n').filter(Boolean);
  return { status: result.status, lines };
}

function projectCopy(edit: (pkg: { devDependencies: Record<string, string> }) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
  edit(pkg);
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  writeFileSync(join(dir, 'package-lock.json'), readFileSync('package-lock.json', 'utf8'));
  return dir;
}

describe('preflight', () => {
  it('passes on this checkout', () => {
    expect(run('scripts/preflight.mjs', {})).toEqual({ status: 0, lines: [] });
  });

  it('names the Node version it needs', () => {
    const { status, lines } = run('scripts/preflight.mjs', { PREFLIGHT_NODE_VERSION: '22.1.0' });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/needs Node 20 \(found 22\.1\.0\)/)]);
  });

  it('spots a lock file that no longer matches package.json', () => {
    const root = projectCopy((pkg) => (pkg.devDependencies.vite = '8.4.0'));
    const { status, lines } = run('scripts/preflight.mjs', { PREFLIGHT_ROOT: `${root}/` });
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/package-lock\.json is stale: devDependencies "vite" is 8\.4\.0 .* Run "npm install"/),
    ]);
  });

  it('says to run npm ci when dependencies are missing', () => {
    const root = projectCopy(() => undefined);
    const { status, lines } = run('scripts/preflight.mjs', { PREFLIGHT_ROOT: `${root}/` }, ['--installed']);
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/Run "npm ci" first/)]);
  });
});

describe('browser check', () => {
  it('says how to install Chromium when there is none', () => {
    const { status, lines } = run('scripts/check-chromium.mjs', { CHROME_PATH: '/nonexistent/chromium' });
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/No Chromium at \/nonexistent\/chromium\. Install it with "apt-get install chromium"/),
    ]);
  });
});
