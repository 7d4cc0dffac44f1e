// The demo as `npm run build:demo` makes it (Vite, into a temporary folder), served from 127.0.0.1
// on a free port, with a headless Chromium to open it: what the tests of the built demo start
// before their walks and stop after them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer-core';
import { build } from 'vite';
import { serveStatic } from '../../../scripts/build/serve-static.ts';
import { CHROME_ARGS, requireChrome } from '../../../scripts/find-chrome.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface BuiltDemo {
  /** The served demo's address (its shopper page; `admin.html` next to it). */
  url: string;
  browser: Browser;
  /** The temporary folder: the built site is in its `site` folder, a test may keep its own files (screenshots) next to it. */
  outDir: string;
  /** Closes the browser and the server, and removes `outDir` unless `keep` was set. */
  close(): Promise<void>;
}

export interface BuiltDemoOptions {
  /** The temporary folder's name prefix, so a left-over folder says which test made it. */
  prefix: string;
  /** Puppeteer launch options on top of the headless Chromium every test uses (a longer `protocolTimeout`). */
  launch?: LaunchOptions;
  /** Leaves `outDir` in place on close (a person asked for the screenshots in it). */
  keep?: boolean;
}

/** Builds the demo, serves it and launches Chromium; whatever started is stopped again if a later step fails. */
export async function startBuiltDemo({ prefix, launch = {}, keep = false }: BuiltDemoOptions): Promise<BuiltDemo> {
  const outDir = await mkdtemp(join(tmpdir(), prefix));
  const site = join(outDir, 'site');
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    if (!keep) await rm(outDir, { recursive: true, force: true });
  };
  try {
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });
    server = await serveStatic({ dir: site });
    browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS, ...launch });
  } catch (error) {
    await close();
    throw error;
  }
  return { url: server.url, browser, outDir, close };
}
