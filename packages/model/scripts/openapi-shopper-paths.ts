/**
 * The shopper's paths after buying, in the OpenAPI document: share links and the shared view
 * (with its live events), return requests, and notification choices, with the error responses
 * only these give (410 for an expired share link, 422 with the rule a request broke).
 */
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAY_HEADER, SHARED_ORDER_EVENT_NAME, pathTemplates } from '../src/index.ts';

type JsonObject = { [key: string]: unknown };

const ref = (id: string): JsonObject => ({ $ref: `#/components/schemas/${id}` });
const response = (name: string): JsonObject => ({ $ref: `#/components/responses/${name}` });
const json = (schema: JsonObject) => ({ 'application/json': { schema } });

const orderIdParameter = {
  name: 'orderId',
  in: 'path',
  required: true,
  description: 'The opaque order id from the lookup answer (not the display order number).',
  schema: { type: 'string', minLength: 1 },
};

/** The header naming one attempt at a shopper's write, so a retry after a lost answer acts once. */
function idempotencyKeyParameter(effect: string) {
  return {
    name: IDEMPOTENCY_KEY_HEADER,
    in: 'header',
    required: false,
    description:
      `Names this attempt (e.g. a UUID), so a retry after a lost answer ${effect}: the same key with the same request gets ` +
      `the first answer again (with \`${IDEMPOTENT_REPLAY_HEADER}: true\`); the same key with a different request is a 400.`,
    schema: { type: 'string', pattern: '^[A-Za-z0-9\\-_.:]{8,255}$' },
  };
}

const shareTokenParameter = {
  name: 'shareToken',
  in: 'path',
  required: true,
  description: "The share link's token (256 random bits, base64url). It is the link's only credential; the shopper's access token never goes in a URL.",
  schema: { type: 'string', minLength: 22, maxLength: 128 },
};

/** What every route behind the shopper's access token may answer besides its own success. */
const withToken = {
  '401': response('Unauthorized'),
  '403': response('AdminForbidden'),
  '404': response('NotFound'),
};

/** What a share token may answer besides the view: unknown or revoked (404, alike) or expired (410). */
const shareTokenErrors = {
  '404': response('ShareLinkNotFound'),
  '410': response('ShareLinkExpired'),
};

export function shopperPathItems(): JsonObject {
  return {
    [pathTemplates.orderShareLinks]: {
      get: {
        operationId: 'listShareLinks',
        summary: "List the order's share links",
        description: 'Links not revoked, newest first; expired ones are included (and say so by `expiresAt`), so a page can offer a new one.',
        tags: ['customer'],
        security: [{ bearer: [] }],
        parameters: [orderIdParameter],
        responses: { '200': { description: 'The links.', content: json(ref('ShareLinkList')) }, ...withToken },
      },
      post: {
        operationId: 'createShareLink',
        summary: "Share the order's progress with a link",
        description:
          'Whoever opens the link sees the shared view: status, items, shipments and the map, never addresses, payment, e-mail, phone, prices or the name. ' +
          'It works for `expiresInDays` (default 7, at most 30) unless revoked. The body may be empty.',
        tags: ['customer'],
        security: [{ bearer: [] }],
        parameters: [orderIdParameter, idempotencyKeyParameter('makes one link')],
        requestBody: { required: false, content: json(ref('CreateShareLinkRequest')) },
        responses: { '201': { description: 'The new link, with the address to share.', content: json(ref('ShareLink')) }, '400': response('InvalidInput'), ...withToken },
      },
    },
    [pathTemplates.orderShareLink]: {
      delete: {
        operationId: 'revokeShareLink',
        summary: 'Stop sharing',
        description: 'The link answers 404 from now on, and open shared pages see their live stream end.',
        tags: ['customer'],
        security: [{ bearer: [] }],
        parameters: [orderIdParameter, { name: 'linkId', in: 'path', required: true, description: 'The link\'s `id` (not its token).', schema: { type: 'string', minLength: 1 } }],
        responses: { '200': { description: 'The link, revoked.', content: json(ref('ShareLink')) }, ...withToken },
      },
    },
    [pathTemplates.sharedOrder]: {
      get: {
        operationId: 'getSharedOrder',
        summary: 'Open a share link',
        tags: ['customer'],
        security: [],
        parameters: [shareTokenParameter],
        responses: { '200': { description: 'The shared (redacted) view of the order.', content: json(ref('SharedOrderView')) }, ...shareTokenErrors },
      },
    },
    [pathTemplates.sharedOrderEvents]: {
      get: {
        operationId: 'streamSharedOrderEvents',
        summary: 'Follow a shared order live (server-sent events)',
        description:
          `Events named \`${SHARED_ORDER_EVENT_NAME}\` whose data is a SharedOrderEvent and whose id is the order's version (send it back as Last-Event-ID). ` +
          'The stream ends when the link is revoked or expires; reconnecting then answers 404 or 410.',
        tags: ['customer'],
        security: [],
        parameters: [
          shareTokenParameter,
          { name: 'Last-Event-ID', in: 'header', required: false, description: 'The id (order version) of the last event received.', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'An open event stream.',
            content: {
              'text/event-stream': {
                schema: { type: 'string', description: `Server-sent events; each \`${SHARED_ORDER_EVENT_NAME}\` event carries a SharedOrderEvent.` },
                'x-sse-events': { [SHARED_ORDER_EVENT_NAME]: { id: 'order version', data: ref('SharedOrderEvent') } },
              },
            },
          },
          ...shareTokenErrors,
        },
      },
    },
    [pathTemplates.orderReturns]: {
      post: {
        operationId: 'requestReturn',
        summary: 'Ask to send delivered items back',
        description:
          'Only delivered units (counted from delivered shipments), no more than were delivered minus those already in a requested, ' +
          'in-progress or completed return, within the return window after delivery; digital items and gift cards are not returnable. ' +
          'The return starts as `requested` and appears on the order, its timeline and its live events.',
        tags: ['customer'],
        security: [{ bearer: [] }],
        parameters: [orderIdParameter, idempotencyKeyParameter('files one return')],
        requestBody: { required: true, content: json(ref('CreateReturnRequest')) },
        responses: {
          '201': { description: 'The return, requested.', content: json(ref('Return')) },
          '400': response('InvalidInput'),
          ...withToken,
          '422': response('CustomerUnprocessable'),
        },
      },
    },
    [pathTemplates.orderNotifications]: {
      get: {
        operationId: 'getNotificationSettings',
        summary: 'Read which channels status updates go to',
        tags: ['customer'],
        security: [{ bearer: [] }],
        parameters: [orderIdParameter],
        responses: { '200': { description: 'The choice, and whether SMS is possible.', content: json(ref('NotificationSettings')) }, ...withToken },
      },
      put: {
        operationId: 'setNotificationPreferences',
        summary: 'Opt in or out of e-mail and SMS updates',
        tags: ['customer'],
        security: [{ bearer: [] }],
        parameters: [orderIdParameter],
        requestBody: { required: true, content: json(ref('SetNotificationPreferencesRequest')) },
        responses: {
          '200': { description: 'The choice as saved.', content: json(ref('NotificationSettings')) },
          '400': response('InvalidInput'),
          ...withToken,
          '422': response('CustomerUnprocessable'),
        },
      },
    },
  };
}

export function shopperErrorResponses(): JsonObject {
  const apiError = (description: string) => ({ description, content: json(ref('ApiError')) });
  return {
    ShareLinkNotFound: apiError('No such share link, or it was revoked (the two answer alike). Possible codes: `not_found`.'),
    ShareLinkExpired: apiError('The share link has expired; the person who shared it can make a new one. Possible codes: `link_expired`.'),
    CustomerUnprocessable: {
      description:
        'Refused by a rule; `refusal.code` says which (`not_delivered`, `quantity_exceeds_returnable`, `return_window_closed`, `not_returnable`, `unknown_line_item`, `no_phone`). Possible codes: `unprocessable`.',
      content: json(ref('CustomerUnprocessableError')),
    },
  };
}
