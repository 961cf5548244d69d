// Turns a broken environment into one clear sentence instead of a stack trace:
// a wrong Node version, a lock file that no longer matches package.json, or missing node_modules.
// Uses only Node built-ins, so it works before `npm ci`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// PREFLIGHT_ROOT and PREFLIGHT_NODE_VERSION exist only so tests can show each message.
const root = process.env.PREFLIGHT_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const fail = (message) => {
  console.error(`preflight: ${message}`);
  process.exit(1);
};

const nodeVersion = process.env.PREFLIGHT_NODE_VERSION ?? process.versions.node;
const major = Number(nodeVersion.split('.')[0]);
if (major !== 20) {
  fail(
    `this project needs Node 20 (found ${nodeVersion}). Several pinned tools do not run on other majors; see README "Requirements".`,
  );
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
let lock;
try {
  lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));
} catch {
  fail('package-lock.json is missing or not valid JSON. Restore it from git ("git checkout package-lock.json").');
}
const locked = lock.packages?.[''] ?? {};
for (const field of ['dependencies', 'devDependencies']) {
  const wanted = pkg[field] ?? {};
  const have = locked[field] ?? {};
  const names = new Set([...Object.keys(wanted), ...Object.keys(have)]);
  for (const name of names) {
    if (wanted[name] !== have[name]) {
      fail(
        `package-lock.json is stale: ${field} "${name}" is ${wanted[name] ?? 'absent'} in package.json but ${have[name] ?? 'absent'} in the lock. Run "npm install" to update the lock, then commit it.`,
      );
    }
  }
}

if (process.argv.includes('--installed') && !existsSync(`${root}node_modules/.package-lock.json`)) {
  fail('dependencies are not installed. Run "npm ci" first.');
}
