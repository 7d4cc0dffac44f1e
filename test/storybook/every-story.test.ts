// Every story of the built Storybook (storybook-static/, `npm run build-storybook`), opened in
// Chromium as a designer would open it: the story's own iframe, the MSW worker started, the story
// rendered and its play function done, its requests settled. A story fails on any console error,
// uncaught exception, failed request or HTTP error answer, a render or play error, or any axe
// violation of WCAG 2.2 A/AA. Requests a story means to fail (the "unavailable" state answers
// 503) are named in the story itself, `parameters.expectedFailedRequests` (see .storybook/preview.ts),
// never here. Docs pages are opened too, with the same checks (axe on their content).
//
//   npm run build-storybook && node --import tsx --test test/storybook/every-story.test.ts
//
// Each story and docs page is one test, so the count says how many were checked. To check a few
// while working on them: SUIVI_STORIES='order-lookup|docs-' (a RegExp tested against story ids).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { serveStatic } from '../../scripts/build/serve-static.ts';

const STATIC_DIR = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The WCAG 2.2 AA success criteria axe can test (A and AA of 2.0, 2.1 and 2.2). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** How long a request may go unanswered before the story counts as settled anyway (a long poll). */
const SETTLE_QUIET_MS = 300;
const STORY_TIMEOUT_MS = 60_000;

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

function readIndex(): IndexEntry[] {
  const indexPath = `${STATIC_DIR}index.json`;
  if (!existsSync(indexPath)) throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first (npm test does).');
  return Object.values(JSON.parse(readFileSync(indexPath, 'utf8')).entries as Record<string, IndexEntry>);
}

/**
 * Runs in the page: whether Storybook is done with the entry. A story is done once its render has
 * reached the `finished` phase (loaders, render, play function and after-each hooks run) or failed;
 * a docs page once its container is filled and the "preparing" state is gone. A failure shows
 * Storybook's error display, whose message is returned.
 */
function storybookState(type: 'story' | 'docs'): { done: boolean; error?: string } {
  const errorDisplay = document.body.classList.contains('sb-show-errordisplay');
  const error = errorDisplay ? (document.querySelector('#error-message')?.textContent ?? 'Storybook shows an error').trim() : undefined;
  if (type === 'docs') {
    const docs = document.querySelector('#storybook-docs');
    const done = Boolean(docs && docs.childElementCount > 0 && !document.body.classList.contains('sb-show-preparing-docs'));
    return { done: done || errorDisplay, error };
  }
  const phase = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase;
  return { done: phase === 'finished' || phase === 'errored' || phase === 'aborted' || errorDisplay, error: error ?? (phase === 'errored' || phase === 'aborted' ? `the story's render ${phase}` : undefined) };
}

/** Requests in flight, apart from live event streams (they stay open for as long as the story shows). */
function trackRequests(page: Page) {
  const pending = new Set<HTTPRequest>();
  let lastChange = Date.now();
  const isStream = (request: HTTPRequest) => /\/events(\?|$)/.test(new URL(request.url()).pathname) || (request.headers().accept ?? '').includes('text/event-stream');
  page.on('request', (request) => {
    if (!isStream(request) && !request.url().startsWith('data:')) {
      pending.add(request);
      lastChange = Date.now();
    }
  });
  const done = (request: HTTPRequest) => {
    if (pending.delete(request)) lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** Resolves once nothing has been in flight for SETTLE_QUIET_MS (or after `limit`). */
    async settled(limit = 10_000) {
      const start = Date.now();
      while (Date.now() - start < limit) {
        if (pending.size === 0 && Date.now() - lastChange >= SETTLE_QUIET_MS) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

interface Trouble {
  url: string;
  /** The request's method; none for a console message (which only names the URL). */
  method?: string;
  text: string;
}

/** Console errors, uncaught exceptions, failed requests and HTTP errors, with the request each is about. */
function watchTrouble(page: Page): Trouble[] {
  const troubles: Trouble[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') troubles.push({ url: message.location()?.url ?? '', text: `console error: ${message.text()}` });
  });
  page.on('pageerror', (error) => troubles.push({ url: '', text: `page error: ${error instanceof Error ? error.message : String(error)}` }));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // The page itself dropping a request (a live stream closed as the story unmounts) is not a failure.
    if (reason !== 'net::ERR_ABORTED') troubles.push({ url: request.url(), method: request.method(), text: `request failed: ${request.method()} ${request.url()} (${reason})` });
  });
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() >= 400) troubles.push({ url: response.url(), method: request.method(), text: `HTTP ${response.status()}: ${request.method()} ${response.url()}` });
  });
  return troubles;
}

/**
 * A story's `expectedFailedRequests` entry, `"POST /api/v1/lookup"` or `"GET /api/v1/share-links/*"`
 * (`*` stands for one path segment), as a test of a trouble's request.
 */
function expectedFailure(entry: string): (trouble: Trouble) => boolean {
  const match = /^([A-Z]+) (\/\S*)$/.exec(entry);
  if (!match) throw new Error(`expectedFailedRequests entry "${entry}" is not "METHOD /path"`);
  const [, method, path] = match;
  const pattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]+')}$`);
  return (trouble) => {
    if (!trouble.url) return false;
    return pattern.test(new URL(trouble.url).pathname) && (trouble.method === undefined || trouble.method === method);
  };
}

/**
 * The browser's own request for /favicon.ico: the story's iframe page is opened directly here, while
 * in Storybook it sits inside the manager page, which has an icon. Not the story's request.
 */
const isFaviconProbe = (trouble: Trouble) => Boolean(trouble.url) && new URL(trouble.url).pathname === '/favicon.ico';

/**
 * axe on the story's root, or on a docs page's content; the number of rules that passed shows axe
 * did look at something. On docs pages Storybook's own controls table is left out: its switches are
 * Storybook's (their "True"/"False" text fails contrast), not ours.
 */
async function runAxe(page: Page, type: 'story' | 'docs'): Promise<{ violations: string[]; passes: number }> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    async (tags: string[], docs: boolean) => {
      const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ passes: unknown[]; violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const context = docs ? { include: [['#storybook-docs']], exclude: [['.docblock-argstable']] } : { include: [['#storybook-root']] };
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return {
        passes: result.passes.length,
        violations: result.violations.map((violation) => `axe ${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`),
      };
    },
    WCAG_TAGS,
    type === 'docs',
  );
}

describe('Storybook: every story', () => {
  const only = process.env.SUIVI_STORIES ? new RegExp(process.env.SUIVI_STORIES) : null;
  const entries = readIndex().filter((entry) => !only || only.test(entry.id));
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;

  before(async () => {
    site = await serveStatic({ dir: STATIC_DIR });
    browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has stories to check', () => {
    assert.ok(entries.filter((entry) => entry.type === 'story').length > 0, 'index.json lists stories');
  });

  it('catches an axe violation (control: a field with no label added to a story)', async () => {
    assert.ok(browser && site);
    const first = entries.find((entry) => entry.type === 'story')!;
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL(`iframe.html?id=${encodeURIComponent(first.id)}&viewMode=story`, site.url).href, { waitUntil: 'load' });
      await page.waitForFunction(`(${storybookState})('story').done`, { timeout: 40_000, polling: 50 });
      await page.evaluate(() => document.querySelector('#storybook-root')!.append(document.createElement('input')));
      const axe = await runAxe(page, 'story');
      assert.ok(axe.violations.some((violation) => violation.startsWith('axe label:')), `axe reports the unlabelled field (got ${JSON.stringify(axe.violations)})`);
    } finally {
      await context.close();
    }
  });

  for (const entry of entries) {
    it(`${entry.type === 'docs' ? 'docs' : 'story'}: ${entry.title} / ${entry.name}`, { timeout: STORY_TIMEOUT_MS }, async () => {
      assert.ok(browser && site);
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.setViewport({ width: 1024, height: 800 });
        const troubles = watchTrouble(page);
        const requests = trackRequests(page);
        const viewMode = entry.type === 'docs' ? 'docs' : 'story';
        await page.goto(new URL(`iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, site.url).href, { waitUntil: 'load' });

        await page.waitForFunction(`(${storybookState})(${JSON.stringify(entry.type)}).done`, { timeout: 40_000, polling: 50 });
        await requests.settled();
        // Whatever the last answers changed, drawn (Lit renders in a microtask; two frames is plenty).
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

        const state = await page.evaluate(storybookState, entry.type);
        const expected: string[] = await page.evaluate(() => {
          const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { story?: { parameters?: { expectedFailedRequests?: unknown } } } } }).__STORYBOOK_PREVIEW__;
          const listed = preview?.currentRender?.story?.parameters?.expectedFailedRequests;
          return Array.isArray(listed) ? listed.map(String) : [];
        });
        const expectations = expected.map(expectedFailure);
        const isExpected = (trouble: Trouble) => isFaviconProbe(trouble) || expectations.some((test) => test(trouble));
        const problems = [...(state.error ? [`Storybook: ${state.error}`] : []), ...troubles.filter((trouble) => !isExpected(trouble)).map((trouble) => trouble.text)];

        const axe = await runAxe(page, entry.type);
        assert.ok(axe.passes > 0, 'axe checked the page (some rules passed)');
        problems.push(...axe.violations);
        assert.deepEqual(problems, [], `${entry.id}: ${problems.length} problem(s)`);
      } finally {
        await context.close();
      }
    });
  }
});
