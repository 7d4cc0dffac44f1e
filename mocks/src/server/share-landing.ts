/**
 * Share links made by the standalone mock server. A share link is the shop's own page with
 * `?share=<token>`, where `<suivi-shared-order>` shows the redacted view; the mock cannot know that
 * page, so `--share-base=URL` names it (`shareLinkUrlAt`). Without it the links point at the mock
 * server itself (createMockApi's default, `/?share=<token>` on the API's origin), and the server
 * answers that address with `shareLandingPage`: a short page saying this is the mock API, where the
 * link's shared view is as JSON, and how to make links that open a page of your own. A developer
 * who opens a link from curl or from their app then learns what to do instead of meeting a 404.
 */
import type { ShareLinkUrl } from '../customer/customer-context.ts';

/** The query parameter a share link carries its token in (the demo and the README's page read it). */
export const SHARE_QUERY_PARAMETER = 'share';

/**
 * Reads a `--share-base` value: an absolute http(s) address of the page that opens share links.
 * Returns the URL, or a sentence saying what is wrong with it.
 */
export function parseShareBase(value: string): URL | string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `--share-base must be an absolute address such as http://localhost:5173/track (got "${value}")`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `--share-base must be an http or https address (got "${value}")`;
  if (url.searchParams.has(SHARE_QUERY_PARAMETER)) return `--share-base must not carry ?${SHARE_QUERY_PARAMETER}= itself: the mock adds each link's token (got "${value}")`;
  return url;
}

/** `base` with `?share=<token>` added to whatever query it already has. */
export function shareLinkAddress(base: URL, token: string): string {
  const link = new URL(base);
  link.hash = '';
  link.searchParams.set(SHARE_QUERY_PARAMETER, token);
  return link.href;
}

/** Share links that open `base` (createMockApi's `shareLinkUrl`). */
export function shareLinkUrlAt(base: URL): ShareLinkUrl {
  return (token) => shareLinkAddress(base, token);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/**
 * The page the mock server answers at `/` (with or without `?share=`). `apiPath` is where the API
 * is mounted on this server (`/api`). The token comes from the address bar, so it is only ever
 * written as escaped text and as an encoded path segment.
 */
export function shareLandingPage(requestUrl: URL, apiPath: string): Response {
  const token = requestUrl.searchParams.get(SHARE_QUERY_PARAMETER);
  const api = `${requestUrl.origin}${apiPath}`;
  const sharedView = token === null ? null : `${apiPath}/v1/share-links/${encodeURIComponent(token)}`;
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" href="data:," />
    <title>${token === null ? 'Suivi mock API' : 'A share link of the Suivi mock API'}</title>
    <style>body { font: 1rem/1.5 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; } code { overflow-wrap: anywhere; }</style>
  </head>
  <body>
    <main>
      <h1>${token === null ? 'Suivi mock API' : 'This share link points at the Suivi mock API'}</h1>
      <p>This server is the Suivi mock order API (<code>npm run mock:server</code>), answering at <code>${escapeHtml(api)}</code>.
        It is not a shop's page, so it does not show orders here.</p>
${
  sharedView === null
    ? ''
    : `      <p>A share link opens the shop's own page with <code>?${SHARE_QUERY_PARAMETER}=&lt;token&gt;</code>, where
        <code>&lt;suivi-shared-order&gt;</code> shows the order's progress. This link's token is <code>${escapeHtml(token!)}</code>;
        its shared view, as the element reads it, is <a href="${escapeHtml(sharedView)}">${escapeHtml(sharedView)}</a> (JSON).</p>
`
}      <h2>Share links that open your page</h2>
      <p>Start the mock with the address of a page of yours that reads <code>${SHARE_QUERY_PARAMETER}</code> from its address and gives it to
        <code>&lt;suivi-shared-order base-url="${escapeHtml(api)}" token="…"&gt;</code>:</p>
      <pre><code>npm run mock:server -- --share-base=http://localhost:5173/track</code></pre>
      <p>Links then read <code>http://localhost:5173/track?${SHARE_QUERY_PARAMETER}=&lt;token&gt;</code>.</p>
    </main>
  </body>
</html>
`;
  return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}
