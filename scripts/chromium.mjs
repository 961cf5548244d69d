// Where the browser tests find Chromium, and the flags it needs on our machines (see README, Requirements).
// Without the background-networking flags Chromium keeps trying hosts our closed network refuses.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath() {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function chromiumFound() {
  return existsSync(chromiumPath());
}
