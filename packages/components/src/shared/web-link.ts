/**
 * Returns the URL when it is a plain web address (http or https), otherwise null.
 *
 * Tracking and download links come from carriers and merchants through the API. Lit escapes
 * text, but an `href` of `javascript:…` or `data:…` would still run or load when clicked, so
 * anything that is not a web address is not made into a link at all.
 */
export function webLinkOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, typeof document === 'undefined' ? undefined : document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
