import type { HttpResponseResolver } from 'msw';
import { apiErrorResponse } from './api-responses.ts';

/**
 * Last line of defence: handlers validate everything, so this should never fire; if it does,
 * the client still gets the ApiError shape rather than a bare crash, and the log says why.
 */
export function guarded<Params extends Record<string, string | readonly string[]>>(
  resolver: HttpResponseResolver<Params>,
): HttpResponseResolver<Params> {
  return async (info) => {
    try {
      return await resolver(info);
    } catch (error) {
      console.error('[suivi mocks] handler failed', error);
      return apiErrorResponse(500, 'internal', 'The mock API failed unexpectedly.');
    }
  };
}
