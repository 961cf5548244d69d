// Serves a built folder with `vite preview` in its own process group, so it can be stopped cleanly
// (killing only the npx wrapper leaves vite running).
import { spawn } from 'node:child_process';

export async function serve({ port, args = [] }) {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), ...args], {
    detached: true,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i += 1) {
    try {
      const response = await fetch(url);
      // Answered, but by our server? A server left on the port would answer too.
      if (response.ok && !exited) return { url, stop: () => process.kill(-child.pid) };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!exited) process.kill(-child.pid);
  throw new Error(`vite preview did not start on ${url}${exited ? ' (is the port taken?)' : ''}`);
}
