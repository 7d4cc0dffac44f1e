// Finds a Chrome or Chromium already installed on this machine.
//
// Why not let the tools find or fetch one: puppeteer and friends like to download their own browser
// build, which cannot work offline or on CI here. Every tool in this repo (web-test-runner, the
// demo check, scripts/test.sh) asks this module instead, so there is one list of places to look.
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Where Debian, Ubuntu and Google's packages put the browser, in order of preference. */
export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/**
 * Flags for a headless browser in a container: `--no-sandbox` because CI runs as root, the rest
 * so that it neither phones home nor waits on the GPU or a tiny /dev/shm.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the browser to use: CHROME_PATH when set (and it must then exist, so a typo is not
 * silently replaced by another browser), else the first candidate present, else null.
 */
export function findChrome(env = process.env) {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return CHROME_CANDIDATES.find(isExecutable) ?? null;
}

/** The same as findChrome, but fails with what to install, for tools that cannot go on without. */
export function requireChrome(env = process.env) {
  const found = findChrome(env);
  if (found) return found;
  const where = env.CHROME_PATH ? `CHROME_PATH=${env.CHROME_PATH} is not an executable file.` : `None of ${CHROME_CANDIDATES.join(', ')} exists.`;
  throw new Error(
    `No Chrome or Chromium found. ${where}\n` +
      'Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.',
  );
}

// As a command: prints the path (for shell scripts), exit 1 when there is none.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = findChrome();
  if (found) {
    console.log(found);
  } else {
    process.exitCode = 1;
  }
}
