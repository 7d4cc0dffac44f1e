/**
 * Builds the OpenAPI 3.1 document of the HTTP contract (customer and admin) from the model itself, so the
 * document cannot drift from the schemas the SDK validates with and the mock checks requests
 * against. Component schemas are every schema the model registered with `named()`; paths come
 * from `pathTemplates`. The output is deterministic (sorted component names, fixed path order)
 * so that `test/unit/openapi.test.ts` can tell a stale committed file from a fresh one.
 */
import * as z from 'zod/mini';
import { API_ERROR_CODES, API_VERSION, MAX_RETRY_AFTER_SECONDS, ORDER_EVENT_NAME, pathTemplates } from '../src/index.ts';
import { adminErrorResponses, adminPathItems } from './openapi-admin-paths.ts';
import { shopperErrorResponses, shopperPathItems } from './openapi-shopper-paths.ts';

type JsonObject = { [key: string]: unknown };

const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** A `$ref` to one of the model's named schemas. */
function schemaRef(id: string): JsonObject {
  return { $ref: `${SCHEMA_REF_PREFIX}${id}` };
}

/**
 * Every named schema of the model as JSON Schema 2020-12 (OpenAPI 3.1's dialect), cross-referenced
 * with `#/components/schemas/{id}`. `$schema` and `$id` are dropped: inside an OpenAPI document the
 * dialect is implied and an `$id` with a fragment is not a valid base URI.
 */
export function modelComponentSchemas(): Record<string, JsonObject> {
  const generated = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    uri: (id) => `${SCHEMA_REF_PREFIX}${id}`,
  }) as { schemas: Record<string, JsonObject> };
  const schemas: Record<string, JsonObject> = {};
  for (const id of Object.keys(generated.schemas).sort()) {
    const { $schema: _dialect, $id: _id, ...schema } = generated.schemas[id]!;
    schemas[id] = schema;
  }
  return schemas;
}

/** An error response: always the one ApiError shape, with the codes this answer can carry. */
function errorResponse(description: string, codes: readonly (typeof API_ERROR_CODES)[number][], headers?: JsonObject): JsonObject {
  return {
    description: `${description} Possible codes: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
    ...(headers ? { headers } : {}),
    content: { 'application/json': { schema: schemaRef('ApiError') } },
  };
}

const retryAfterHeader = {
  RetryAfter: {
    description:
      `Whole seconds to wait before trying again, 0 to ${MAX_RETRY_AFTER_SECONDS} (RFC 9110 delay-seconds), the same number as the body's \`retryAfter\`. ` +
      'Clients also accept an HTTP-date here, as a proxy may send one; the header wins over the body.',
    schema: { type: 'integer', minimum: 0, maximum: MAX_RETRY_AFTER_SECONDS },
  },
};

/**
 * What any operation may answer when the server cannot do its job, whatever the route. The kit
 * reads both as "unavailable, try again" (never "not found"); the SDK retries reads, whole-value
 * PUTs and writes with an Idempotency-Key after Retry-After (else with backoff), and an event
 * stream reconnects after it. Listed on every operation by `withServerErrors`.
 */
const serverErrorResponses = {
  Internal: errorResponse(
    'The server failed unexpectedly (a bug, an unhandled case). Clients treat it as `unavailable`: try again later. ' +
      'Prefer 503 with Retry-After for a known outage.',
    ['internal'],
  ),
  Unavailable: errorResponse(
    'The service cannot answer now (maintenance, overload, a dependency down). Send Retry-After when you know how long; ' +
      'the SDK waits that long (up to its own cap, 10 s by default) before retrying a request that is safe to repeat, ' +
      'and the elements offer "Try again". A proxy\'s 502 or 504 is read the same way.',
    ['unavailable'],
    { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
  ),
};

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

/**
 * Every operation of `paths` with 500 and 503 added to its responses (after its own), so no
 * route's documentation lets a backend developer think it can fail only the ways its own
 * responses list.
 */
function withServerErrors(paths: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(paths).map(([template, item]) => [
      template,
      Object.fromEntries(
        Object.entries(item as JsonObject).map(([method, operation]) => {
          if (!HTTP_METHODS.has(method)) return [method, operation];
          const { responses, ...rest } = operation as JsonObject;
          return [
            method,
            {
              ...rest,
              responses: {
                ...(responses as JsonObject),
                '500': { $ref: '#/components/responses/Internal' },
                '503': { $ref: '#/components/responses/Unavailable' },
              },
            },
          ];
        }),
      ),
    ]),
  );
}

const orderIdParameter = {
  name: 'orderId',
  in: 'path',
  required: true,
  description: 'The opaque order id from the lookup answer (not the display order number).',
  schema: { type: 'string', minLength: 1 },
};

function customerPaths(): JsonObject {
  return {
    [pathTemplates.lookup]: {
      post: {
        operationId: 'lookupOrder',
        summary: 'Verify an order with its number and e-mail',
        description:
          'Answers with a short-lived bearer token scoped to that one order, and the customer view of it. ' +
          'A wrong e-mail and an unknown number get the same 404, so the endpoint does not reveal which orders exist.',
        tags: ['customer'],
        security: [],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: schemaRef('LookupRequest') } },
        },
        responses: {
          '200': {
            description: 'The order was found and the e-mail matches.',
            content: { 'application/json': { schema: schemaRef('LookupResponse') } },
          },
          '400': { $ref: '#/components/responses/InvalidInput' },
          '404': { $ref: '#/components/responses/NotFound' },
          '429': { $ref: '#/components/responses/RateLimited' },
        },
      },
    },
    [pathTemplates.order]: {
      get: {
        operationId: 'getOrder',
        summary: 'Read the order the token was issued for',
        tags: ['customer'],
        security: [{ bearer: [] }],
        parameters: [orderIdParameter],
        responses: {
          '200': {
            description: 'The customer view: everything but staff notes and tags.',
            content: { 'application/json': { schema: schemaRef('CustomerOrderView') } },
          },
          '401': { $ref: '#/components/responses/Unauthorized' },
          '403': { $ref: '#/components/responses/AdminForbidden' },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    [pathTemplates.orderEvents]: {
      get: {
        operationId: 'streamOrderEvents',
        summary: 'Follow the order live (server-sent events)',
        description:
          `A text/event-stream of events named \`${ORDER_EVENT_NAME}\`. Each event's \`data\` is an OrderEvent as JSON ` +
          "and its `id` is the order's version; a client that reconnects sends the last id in Last-Event-ID " +
          'and receives the current order at once only if it has moved on since.',
        tags: ['customer'],
        security: [{ bearer: [] }],
        parameters: [
          orderIdParameter,
          {
            name: 'Last-Event-ID',
            in: 'header',
            required: false,
            description: 'The id (order version) of the last event received, when reconnecting.',
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': {
            description: 'An open event stream.',
            content: {
              'text/event-stream': {
                schema: {
                  type: 'string',
                  description: `Server-sent events; each \`${ORDER_EVENT_NAME}\` event carries an OrderEvent (see x-sse-events).`,
                },
                'x-sse-events': { [ORDER_EVENT_NAME]: { id: 'order version', data: schemaRef('OrderEvent') } },
              },
            },
          },
          '401': { $ref: '#/components/responses/Unauthorized' },
          '403': { $ref: '#/components/responses/AdminForbidden' },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    },
  };
}

/** The whole document, as a plain JSON value. */
export function buildOpenApiDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Suivi order status API',
      version: API_VERSION,
      description:
        'The Suivi HTTP contract. Customer side: look an order up with its number and e-mail, read it, follow it live, share its progress with a link, ask for a return, choose e-mail and SMS updates. ' +
        'Admin side (the admin key): list, search and filter orders with facet counts, read one, act on it following the ' +
        'state machine with optimistic concurrency (If-Match) and idempotency keys, bulk actions, CSV export, live events. ' +
        'Generated from @suivi/model by `npm run openapi`; do not edit by hand.',
    },
    servers: [{ url: '/api', description: 'Where the demo and Storybook mount the mock API.' }],
    tags: [
      { name: 'customer', description: 'What a shopper (or a page acting for them) can do.' },
      { name: 'admin', description: 'What staff can do, with the admin key.' },
    ],
    paths: withServerErrors({ ...customerPaths(), ...shopperPathItems(), ...adminPathItems() }),
    components: {
      schemas: modelComponentSchemas(),
      responses: {
        InvalidInput: errorResponse('The request body is not valid; `fields` says which field and why.', ['invalid_input']),
        NotFound: errorResponse('No such order for these credentials, or no such order id.', ['not_found']),
        RateLimited: errorResponse('Too many attempts; wait before trying again.', ['rate_limited'], {
          'Retry-After': { $ref: '#/components/headers/RetryAfter' },
        }),
        Unauthorized: errorResponse('Missing, invalid or expired token, or a token for another order.', ['unauthorized', 'token_expired']),
        ...shopperErrorResponses(),
        ...adminErrorResponses(),
        ...serverErrorResponses,
      },
      headers: retryAfterHeader,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token from POST /v1/lookup, valid for that one order until `expiresAt`. The admin key is refused here (403).',
        },
        adminKey: {
          type: 'http',
          scheme: 'bearer',
          description: "The shop's admin key. A shopper's order token is refused here (403).",
        },
      },
    },
  };
}

/** The exact text written to `packages/model/openapi.json`: two-space JSON and a trailing newline. */
export function serializeOpenApiDocument(document: JsonObject = buildOpenApiDocument()): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
