import { fieldErrorsOf } from '@suivi/model';
import { getResponse, http, type RequestHandler } from 'msw';
import * as z from 'zod/mini';
import { apiErrorResponse, jsonResponse } from '../http/api-responses.ts';
import { guarded } from '../http/guarded.ts';
import { handlerPrefix } from '../http/handlers.ts';
import { readJsonBody } from '../http/request-reading.ts';
import { FaultRuleRequest, type FaultMatch } from './fault.ts';
import { faultResponse } from './fault-response.ts';
import type { FaultSwitch } from './fault-switch.ts';
import { pathBelowBase } from './path-pattern.ts';

/** The fault switch over HTTP, for the standalone server and anything that cannot reach `api.faults`. */
export const faultControlPaths = {
  /** GET → {faults, injected}; POST FaultRuleRequest → 201 the rule; DELETE → 204, every rule removed. */
  faults: '/__mock/faults',
  /** DELETE → 204, that rule removed (404 when it already retired). */
  fault: (id: string) => `/__mock/faults/${encodeURIComponent(id)}`,
} as const;

/**
 * Puts the fault switch in front of `handlers`: its controls first, then a gate that every request
 * under the API base passes through. A request no rule matches goes on untouched (the gate answers
 * nothing); a matching one gets its fault, which may itself ask the handlers for the real answer to
 * bend. The switch's own controls are never faulted, so a test can always clear it.
 */
export function withFaults(faults: FaultSwitch, baseUrl: string, handlers: RequestHandler[]): RequestHandler[] {
  const prefix = handlerPrefix(baseUrl);
  return [
    ...faultControlHandlers(faults, prefix),
    http.all(`${prefix}/*`, async ({ request }) => {
      const relativePath = pathBelowBase(request.url, baseUrl);
      if (relativePath === null || relativePath.startsWith(faultControlPaths.faults)) return undefined;
      const fault = faults.take(request.method, relativePath);
      if (!fault) return undefined;
      return faultResponse(fault, request, () => getResponse(handlers, request.clone()));
    }),
    ...handlers,
  ];
}

function faultControlHandlers(faults: FaultSwitch, prefix: string): RequestHandler[] {
  return [
    http.get(`${prefix}${faultControlPaths.faults}`, guarded(() => jsonResponse({ faults: faults.list(), injected: faults.injected }))),

    http.post(
      `${prefix}${faultControlPaths.faults}`,
      guarded(async ({ request }) => {
        const body = await readJsonBody(request);
        if (!body.ok) return body.response;
        const parsed = z.safeParse(FaultRuleRequest, body.value);
        if (!parsed.success) return apiErrorResponse(400, 'invalid_input', 'Check the fault rule.', { fields: fieldErrorsOf(parsed.error.issues) });
        const { match, fault, times } = parsed.data;
        let path: FaultMatch['path'];
        try {
          path = match.path ?? new RegExp(match.pathRegExp!);
        } catch {
          return apiErrorResponse(400, 'invalid_input', 'Check the fault rule.', { fields: [{ path: 'match.pathRegExp', message: 'Not a valid regular expression' }] });
        }
        return jsonResponse(faults.add({ match: { method: match.method, path }, fault, times }), 201);
      }),
    ),

    http.delete(
      `${prefix}${faultControlPaths.faults}`,
      guarded(() => {
        faults.clear();
        return new Response(null, { status: 204 });
      }),
    ),

    http.delete<{ id: string }>(
      `${prefix}${faultControlPaths.faults}/:id`,
      guarded(({ params }) => (faults.remove(params.id) ? new Response(null, { status: 204 }) : apiErrorResponse(404, 'not_found', `No fault rule ${params.id}.`))),
    ),
  ];
}
