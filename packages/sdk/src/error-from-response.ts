import { ApiError } from '@suivi/model';
import {
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  SuiviError,
  UnauthorizedError,
  UnavailableError,
  UnexpectedResponseError,
  type SuiviErrorCode,
} from './errors.ts';
import { parseRetryAfter } from './retry-after.ts';

/** How long to wait after a 429 that gave no hint at all: long enough not to hammer the limiter. */
export const DEFAULT_RATE_LIMIT_SECONDS = 60;

/** What each status means when the body does not say (a proxy's page, an empty body). */
function codeForStatus(status: number): SuiviErrorCode | null {
  if (status >= 500) return 'unavailable';
  switch (status) {
    case 400:
      return 'invalid_input';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 422:
      return 'unprocessable';
    case 429:
      return 'rate_limited';
    default:
      return null;
  }
}

/** Reads the body as an ApiError if it is one; anything else (HTML, empty, another shape) is null. */
async function readApiError(response: Response): Promise<ApiError | null> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return null;
  }
  try {
    const result = ApiError.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * Turns a non-2xx response into the matching SuiviError. The body's `code` wins when the body is
 * an ApiError, because it is more precise than the status (401 may be `token_expired`); otherwise
 * the status decides. Retry-After comes from the header first (what proxies and CDNs set), then
 * the body's `retryAfter`.
 */
export async function errorFromResponse(response: Response, now: number = Date.now()): Promise<SuiviError> {
  const status = response.status;
  const body = await readApiError(response);
  const code: SuiviErrorCode | null = body ? (body.code === 'internal' ? 'unavailable' : body.code) : codeForStatus(status);
  const message = body?.message ?? `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'), now) ?? body?.retryAfter ?? null;

  switch (code) {
    case 'invalid_input':
      return new InvalidInputError(message, body?.fields ?? [], status);
    case 'not_found':
      return new NotFoundError(message, status);
    case 'rate_limited':
      return new RateLimitedError(message, retryAfterSeconds ?? DEFAULT_RATE_LIMIT_SECONDS, status, now);
    case 'unauthorized':
    case 'token_expired':
      return new UnauthorizedError(message, code === 'token_expired', status);
    case 'unavailable':
      return new UnavailableError(message, status, retryAfterSeconds);
    case 'forbidden':
    case 'conflict':
    case 'unprocessable':
      return new SuiviError(code, message, status);
    default:
      // A status the contract never uses (418, a stray 3xx): the answer cannot be trusted.
      return new UnexpectedResponseError(`Unexpected HTTP status ${status}`, '(status)', status);
  }
}
