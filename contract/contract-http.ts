import { ContractFailure } from './contract-failure.ts';

/** One answer, read whole: status, headers and body text (parsed as JSON on demand). */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON; a ContractFailure when it is not JSON. */
  json(): unknown;
}

export interface RequestSpec {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  /** A value is sent as JSON; a string is sent as it is (for bodies that are not JSON on purpose). */
  body?: unknown;
}

/**
 * The HTTP the checks speak: plain fetch against the base URL, each request under a deadline so
 * a server that hangs fails its check instead of the whole run. No Origin header and no CORS:
 * the suite runs outside a browser, so a backend need not allow any origin to pass it.
 */
export class ContractHttp {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** Requests sent so far, for the closing summary. */
  sent = 0;

  constructor(baseUrl: string, timeoutMs: number) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.timeoutMs = timeoutMs;
  }

  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  async request(path: string, spec: RequestSpec = {}): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json', ...spec.headers };
    let body: string | undefined;
    if (spec.body !== undefined) {
      body = typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
      headers['content-type'] ??= 'application/json';
    }
    const method = spec.method ?? 'GET';
    this.sent++;
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.url(path), { method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
      text = await response.text();
    } catch (error) {
      throw new ContractFailure(`${method} ${path} got no answer (${describe(error)})`);
    }
    return {
      status: response.status,
      headers: response.headers,
      text,
      json() {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new ContractFailure(`${method} ${path} answered ${response.status} with a body that is not JSON: ${preview(text)}`);
        }
      },
    };
  }

  /**
   * Opens an event stream and hands each chunk of text to `onText` until it returns true, the
   * stream ends, or the deadline passes; then closes the connection. Returns the response status
   * and content type, or the error answer when the stream did not open.
   */
  async stream(path: string, headers: Record<string, string>, onText: (text: string) => boolean): Promise<{ status: number; contentType: string; ended: 'done' | 'closed' | 'timeout'; body: string }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('timeout')), this.timeoutMs);
    this.sent++;
    try {
      const response = await fetch(this.url(path), { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
      const contentType = response.headers.get('content-type') ?? '';
      if (!response.ok || !response.body || !contentType.startsWith('text/event-stream')) {
        return { status: response.status, contentType, ended: 'closed', body: await response.text() };
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return { status: response.status, contentType, ended: 'closed', body: '' };
        if (onText(value)) return { status: response.status, contentType, ended: 'done', body: '' };
      }
    } catch (error) {
      if (controller.signal.aborted) return { status: 0, contentType: '', ended: 'timeout', body: '' };
      throw new ContractFailure(`GET ${path} failed (${describe(error)})`);
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }
}

/** The start of a body, for a failure message. */
export function preview(text: string, length = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat || '(empty)';
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
