// A tiny static file server on 127.0.0.1, for pages that need no build step (the script-tag
// example) and for the test that opens them. Module scripts do not load from file:// URLs, so
// even a page with one <script type="module"> tag needs to be served over HTTP.
//
//   node --import tsx scripts/build/serve-static.ts [--port 8080] [--dir .]
//
// serves the repository (or `--dir`, e.g. a folder holding a copy of examples/script-tag/index.html
// and the built kit as suivi/, as the README's "Use it on any page" does).
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `dir` on 127.0.0.1 (`port` 0: a free one). `transformHtml(text, path)` may rewrite an
 * HTML page on its way out (a test points the example at its own mock server's port). `mounts`
 * serves other folders under URL prefixes (`{'/examples/script-tag/suivi/': kitDir}`: the kit
 * beside the page, where a shop puts it).
 */
export async function serveStatic({
  dir,
  port = 0,
  transformHtml = (text) => text,
  mounts = {},
}: {
  dir: string;
  port?: number;
  transformHtml?: (text: string, path: string) => string;
  mounts?: Record<string, string>;
}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const mount = Object.entries(mounts).find(([prefix]) => pathname.startsWith(prefix));
    const base = mount ? resolve(mount[1]) : root;
    let path = resolve(join(base, mount ? pathname.slice(mount[0].length) : pathname));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
      const body = extname(path) === '.html' ? transformHtml(await readFile(path, 'utf8'), path) : await readFile(path);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, dir: { type: 'string', default: '.' } }, strict: true });
  const server = await serveStatic({ dir: values.dir, port: Number(values.port) });
  console.log(`Serving ${resolve(values.dir)} on ${server.url}`);
}
