import '../polyfills/promise-with-resolvers.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { apiErrorResponse } from '../http/api-responses.ts';
import { MAX_BODY_BYTES, REMOTE_ADDRESS_HEADER } from '../http/request-reading.ts';
import { createMockApi, type MockApi } from '../index.ts';
import { shareLandingPage } from './share-landing.ts';

export interface MockHttpServerOptions {
  /** Default: a fresh createMockApi() (base URL '/api'). */
  api?: MockApi;
  /** Default 4010; 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface MockHttpServer {
  /** The API base URL, e.g. http://127.0.0.1:4010/api */
  url: string;
  /** The bound port (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

// cache-control: SDK versions before the live stream used the `no-store` cache mode sent
// `Cache-Control: no-cache` themselves; still allowed, so a page on another origin running one of
// them can follow its order live.
const CORS_ALLOW_HEADERS = 'authorization, content-type, last-event-id, if-match, idempotency-key, x-admin-key, cache-control';
const CORS_EXPOSE_HEADERS = 'retry-after, etag, location, content-disposition, idempotent-replayed';

/** Where the API is mounted on this server. */
const API_PATH = '/api';

/**
 * The mock API as a real HTTP server, for tools that cannot run MSW in-process (curl, a
 * mobile app, another language). Each request becomes a fetch Request answered by the same
 * MSW handlers (msw's getResponse); response bodies are piped as they come, so the event
 * stream streams. CORS is open: it is a development mock. Its root (`/`, where createMockApi's
 * default share links `/?share=<token>` lead) answers with a page about the mock and its share
 * links (share-landing.ts) rather than a 404.
 */
export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const api = options.api ?? createMockApi();
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    answer(api, req, res).catch((error: unknown) => {
      console.error('[suivi mocks] http server failed', error);
      if (!res.headersSent) void writeResponse(res, apiErrorResponse(500, 'internal', 'The mock API failed unexpectedly.'), req);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${hostInUrl}:${port}${API_PATH}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Event streams never end on their own; cut them so close() returns.
        server.closeAllConnections();
      }),
  };
}

async function answer(api: MockApi, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...corsHeaders(req), 'access-control-max-age': '600' });
    res.end();
    return;
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://${req.headers.host && /^[\w.\-:[\]]+$/.test(req.headers.host) ? req.headers.host : 'localhost'}`);
  } catch {
    await writeResponse(res, apiErrorResponse(400, 'invalid_input', 'The request URL is not valid.'), req);
    return;
  }

  // The server's root: where createMockApi's default share links (`/?share=<token>`) lead.
  if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === '/') {
    await writeResponse(res, shareLandingPage(url, API_PATH), req);
    return;
  }

  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    try {
      headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    } catch {
      // A header fetch refuses (odd bytes) is dropped rather than failing the request.
    }
  }
  headers.set(REMOTE_ADDRESS_HEADER, req.socket.remoteAddress ?? 'unknown');

  let body: Uint8Array | undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const read = await readCapped(req, MAX_BODY_BYTES);
    if (read === 'too_large') {
      res.setHeader('connection', 'close');
      await writeResponse(res, apiErrorResponse(400, 'invalid_input', 'The request body is too large.', { fields: [{ path: '(body)', message: 'The request body is too large.' }] }), req);
      return;
    }
    body = read;
  }

  const aborter = new AbortController();
  res.on('close', () => aborter.abort());
  const request = new Request(url, { method: req.method, headers, body: body as BodyInit | undefined, signal: aborter.signal });
  const response = (await getResponse(api.handlers, request)) ?? apiErrorResponse(404, 'not_found', `No endpoint ${req.method} ${url.pathname}.`);
  // HttpResponse.error() (the fault switch's dropped connection) is a network failure, not a status: cut the socket.
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  await writeResponse(res, response, req);
}

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': typeof req.headers.origin === 'string' ? req.headers.origin : '*',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': CORS_ALLOW_HEADERS,
    'access-control-expose-headers': CORS_EXPOSE_HEADERS,
    vary: 'Origin',
  };
}

async function writeResponse(res: ServerResponse, response: Response, req: IncomingMessage): Promise<void> {
  const headers: Record<string, string> = corsHeaders(req);
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  res.flushHeaders();
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => {}));
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (res.destroyed) break;
      res.write(value);
    }
  } catch {
    // The client went away, or the body broke mid-way (a dropped stream): either way the
    // connection is cut, so the client sees a failure rather than a clean, complete answer.
    res.destroy();
    return;
  }
  res.end();
}

/** Reads at most `limit` bytes of a request body; past that, answers 'too_large' and stops reading. */
function readCapped(req: IncomingMessage, limit: number): Promise<Uint8Array | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        req.pause();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!settled) {
        settled = true;
        resolve(new Uint8Array(Buffer.concat(chunks)));
      }
    });
    req.on('error', (error) => {
      if (!settled) {
        settled = true;
        reject(error);
      }
    });
  });
}
