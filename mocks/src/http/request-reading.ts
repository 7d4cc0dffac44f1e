import type { FieldError } from '@suivi/model';
import { apiErrorResponse } from './api-responses.ts';

/** Request bodies of this API are a few hundred bytes; anything past this is refused unread. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Arrays and objects nested deeper than this are refused before parsing. No request of the
 * contract goes past 4 levels; thousands (which fit in MAX_BODY_BYTES) would overflow the stack
 * of any recursive walk over the value, such as the idempotency fingerprint taken before the
 * body is checked against its schema.
 */
export const MAX_JSON_DEPTH = 32;

export type BodyReading = { ok: true; value: unknown } | { ok: false; response: Response };

function invalidBody(message: string): BodyReading {
  const fields: FieldError[] = [{ path: '(body)', message }];
  return { ok: false, response: apiErrorResponse(400, 'invalid_input', message, { fields }) };
}

/**
 * Reads a JSON body without trusting it: stops past MAX_BODY_BYTES, and turns broken UTF-8
 * or JSON into a 400. `allowEmpty` is for endpoints whose body is optional.
 */
export async function readJsonBody(request: Request, { allowEmpty = false } = {}): Promise<BodyReading> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return invalidBody('The request body is too large.');
  let text = '';
  if (request.body) {
    const reader = request.body.getReader();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let size = 0;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > MAX_BODY_BYTES) {
          // Not awaited: when MSW has teed the body, cancelling one branch settles only once the other is cancelled too.
          reader.cancel().catch(() => {});
          return invalidBody('The request body is too large.');
        }
        text += decoder.decode(value, { stream: true });
      }
      text += decoder.decode();
    } catch {
      return invalidBody('The request body could not be read as UTF-8 text.');
    }
  }
  if (!text.trim()) return allowEmpty ? { ok: true, value: undefined } : invalidBody('Expected a JSON body.');
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) return invalidBody(`The request body nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return invalidBody('The request body is not valid JSON.');
  }
}

/** Whether JSON text opens more than `limit` arrays or objects inside one another (brackets in strings do not count). */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* backslash: skip what it escapes */) i++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) depth--;
  }
  return false;
}

/** Header set by our own HTTP server with the socket's address; overwritten on every request, so not spoofable through it. */
export const REMOTE_ADDRESS_HEADER = 'x-suivi-remote-address';

/**
 * Who is asking, for rate limiting: the first x-forwarded-for address (the mock sits behind
 * dev proxies), else the socket address our HTTP server passes, else 'local' (in-page MSW).
 */
export function clientKeyOf(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  if (forwarded) return `ip:${forwarded.slice(0, 64)}`;
  const remote = request.headers.get(REMOTE_ADDRESS_HEADER)?.trim();
  if (remote) return `ip:${remote.slice(0, 64)}`;
  return 'local';
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerTokenOf(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header || header.length > 512) return null;
  const match = /^Bearer[ \t]+([A-Za-z0-9\-._~+/]+=*)[ \t]*$/i.exec(header);
  return match ? match[1]! : null;
}
