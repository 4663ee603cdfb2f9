#!/usr/bin/env node
/**
 * Browser tests use Debian's Chromium (never a downloaded browser). Installs it with apt-get when missing,
 * so `npm test` works on a fresh machine. CHROMIUM_PATH overrides the location.
 */
import {execSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for Debian's Chromium as root on a machine whose only network is the package registries.
 * Kept in JSON so that the Playwright config (TypeScript) and these scripts read the same list.
 */
export const CHROMIUM_ARGS = JSON.parse(readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'));

/** Launch options for Playwright's `chromium.launch()` and `use.launchOptions`. */
export const CHROMIUM_LAUNCH = {executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS};

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install Chromium or set CHROMIUM_PATH.`);
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`Chromium is missing at ${CHROMIUM_PATH}: installing Debian's chromium with apt-get…`);
  execSync(`${sudo}apt-get update -qq`, {stdio: 'inherit'});
  execSync(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core`, {stdio: 'inherit'});
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
  return CHROMIUM_PATH;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
