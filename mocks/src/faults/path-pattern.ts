/**
 * Request paths as fault rules name them: relative to the API's base URL, so one rule reads the
 * same in a browser (`/api` on the page's origin), in Node (any origin) and behind the standalone
 * server (`http://127.0.0.1:4010/api`).
 */

/** The path of `url` below the API base path (`/v1/lookup`), or null when the request is not for the API. */
export function pathBelowBase(url: string, baseUrl: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const basePath = new URL(baseUrl, 'http://base.invalid').pathname.replace(/\/+$/, '');
  if (basePath === '') return pathname;
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return null;
  return pathname.slice(basePath.length) || '/';
}

/**
 * Compiles a path pattern (`/v1/orders/:orderId/events`, `/v1/admin/*`) into a RegExp over the
 * whole relative path: `:name` is one segment, `*` anything (slashes included), the rest literal.
 * Written here rather than borrowed from MSW, whose matching of relative paths depends on the
 * page's location and so differs between a browser and Node.
 */
export function compilePathPattern(pattern: string): RegExp {
  const source = pattern
    .split(/(:[A-Za-z_][A-Za-z0-9_]*|\*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':') && part.length > 1) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}/?$`);
}
