// The repository served as a developer serves the examples: the CDN kit built
// (scripts/build/cdn-bundle.mjs → packages/components/dist/cdn/suivi.js), the standalone mock API
// on a free port, the repository's files from 127.0.0.1 with every page's mock address swapped for
// this run's, and a headless Chromium to open them. The script-tag pages (examples/script-tag,
// examples/rebrand) load the kit from `./suivi/`, the folder a shop copies beside its page: the
// built kit is served there.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { serveStatic } from '../../../scripts/build/serve-static.ts';
import { CHROME_ARGS, requireChrome } from '../../../scripts/find-chrome.mjs';
import { EXAMPLE_API, type StandaloneMock, startMockServer } from './standalone-mock.ts';

/** The examples that are one HTML page loading the kit from `./suivi/suivi.js`. */
const SCRIPT_TAG_EXAMPLES = ['script-tag', 'rebrand'];

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where scripts/build/cdn-bundle.mjs writes the kit (its CDN_DIR). */
const CDN_DIR = `${ROOT}packages/components/dist/cdn`;

export interface ExampleSite {
  /** The served repository's root: `examples/script-tag/` and the other pages are under it. */
  url: string;
  mock: StandaloneMock;
  browser: Browser;
  /** Closes the browser and the server and stops the mock. */
  close(): Promise<void>;
}

/** Builds the CDN kit, starts the mock, serves the repository and launches Chromium; whatever started is stopped again if a later step fails. */
export async function startExampleSite(): Promise<ExampleSite> {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build/cdn-bundle.mjs'], { cwd: ROOT, stdio: 'inherit' });
  let mock: StandaloneMock | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    mock?.process.kill();
  };
  try {
    mock = await startMockServer();
    const api = mock.url;
    // The examples point at the mock's default port; this run's mock is on a free one.
    server = await serveStatic({
      dir: ROOT,
      transformHtml: (html) => html.replaceAll(EXAMPLE_API, api),
      mounts: Object.fromEntries(SCRIPT_TAG_EXAMPLES.map((example) => [`/examples/${example}/suivi/`, CDN_DIR])),
    });
    browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  } catch (error) {
    await close();
    throw error;
  }
  return { url: server.url, mock, browser, close };
}
