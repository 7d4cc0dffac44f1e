/**
 * The admin half of the OpenAPI document: paths, parameters and the error responses only the
 * admin API gives. Query parameters are generated from AdminOrderListQuery's own fields, so the
 * document lists exactly what the mock parses.
 */
import * as z from 'zod/mini';
import {
  ADMIN_ACTIONS,
  ADMIN_ORDER_EVENT_NAME,
  ADMIN_RESYNC_EVENT_NAME,
  BULK_ACTIONS,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  IF_MATCH_HEADER,
  ADMIN_CSV_COLUMNS,
  AdminOrderListQuery,
  adminPathTemplates,
} from '../src/index.ts';

type JsonObject = { [key: string]: unknown };

const ref = (id: string): JsonObject => ({ $ref: `#/components/schemas/${id}` });
const response = (name: string): JsonObject => ({ $ref: `#/components/responses/${name}` });
const json = (schema: JsonObject) => ({ 'application/json': { schema } });

/**
 * One field of a model schema as a standalone JSON Schema whose named parts point at the
 * document's components (the generator would otherwise copy them into a local `$defs`).
 */
function fieldSchema(schema: z.ZodMiniType): JsonObject {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as JsonObject;
  const { $schema: _dialect, $defs: _defs, ...rest } = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonObject;
  return rest;
}

/** Comma-separated in the query string (OpenAPI's `form` style without explode). */
const LIST_PARAMETERS = new Set(['payment', 'fulfillment', 'delivery', 'method', 'carrier', 'tag']);

const QUERY_DESCRIPTIONS: Record<string, string> = {
  q: 'Words that must each start a word of the order number, customer name, e-mail or a tracking number (case and accents ignored).',
  payment: 'Payment statuses, comma-separated; matches any.',
  fulfillment: 'Fulfilment statuses, comma-separated; matches any.',
  delivery: 'Order delivery statuses (including `no_tracking`), comma-separated; matches any.',
  method: 'Payment methods, comma-separated; matches any.',
  carrier: 'Carrier display names as in OrderSummary.carriers, comma-separated; matches any.',
  tag: 'Tags, comma-separated; matches any.',
  from: 'Placed at or after: a date (from the start of that UTC day) or a date-time.',
  to: 'Placed at or before: a date (until the end of that UTC day) or a date-time.',
  archived: 'Whether archived orders are listed. Default `exclude`.',
  sort: 'Sort column. Default `placedAt`. `total` sorts by currency code, then amount.',
  dir: 'Sort direction. Default `desc`.',
  cursor: "The previous page's `nextCursor`; only valid with the same sort and direction.",
  limit: 'Page size, 1 to 200. Default 50; more is a 400.',
};

function listQueryParameters(options: { page: boolean }): JsonObject[] {
  return Object.entries(AdminOrderListQuery.shape)
    .filter(([name]) => options.page || (name !== 'cursor' && name !== 'limit'))
    .map(([name, schema]) => ({
      name,
      in: 'query',
      required: false,
      description: QUERY_DESCRIPTIONS[name],
      ...(LIST_PARAMETERS.has(name) ? { style: 'form', explode: false } : {}),
      schema: fieldSchema(schema as z.ZodMiniType),
    }));
}

const orderIdParameter = {
  name: 'orderId',
  in: 'path',
  required: true,
  description: 'The opaque order id (OrderSummary.id), not the display order number.',
  schema: { type: 'string', minLength: 1 },
};

const writeHeaders = [
  {
    name: IF_MATCH_HEADER,
    in: 'header',
    required: true,
    description: 'The order version the change is based on, e.g. `"12"` (the ETag of GET). A stale version is a 409 with the current order.',
    schema: { type: 'string' },
  },
  {
    name: IDEMPOTENCY_KEY_HEADER,
    in: 'header',
    required: true,
    description:
      'Names this attempt (e.g. a UUID). A retry with the same key and request gets the first answer again ' +
      `(with \`${IDEMPOTENT_REPLAY_HEADER}: true\`) and has no second effect; the same key with a different request is a 422.`,
    schema: { type: 'string', pattern: '^[A-Za-z0-9\\-_.:]{8,255}$' },
  },
];

const detailAnswer = {
  description: 'The order after the change, and the actions its state now allows.',
  headers: { ETag: { description: 'The new order version, e.g. `"13"`.', schema: { type: 'string' } } },
  content: json(ref('AdminOrderDetail')),
};

const writeResponses = {
  '200': detailAnswer,
  '400': response('InvalidInput'),
  '401': response('AdminUnauthorized'),
  '403': response('AdminForbidden'),
  '404': response('NotFound'),
  '409': response('Conflict'),
  '422': response('Unprocessable'),
  '428': response('PreconditionRequired'),
};

function write(operationId: string, summary: string, description: string, body: JsonObject | null, extraParameters: JsonObject[] = []): JsonObject {
  return {
    operationId,
    summary,
    description,
    tags: ['admin'],
    security: [{ adminKey: [] }],
    parameters: [orderIdParameter, ...extraParameters, ...writeHeaders],
    ...(body ? { requestBody: { required: true, content: json(body) } } : {}),
    responses: writeResponses,
  };
}

const actionBodies = Object.fromEntries(
  ADMIN_ACTIONS.map((action) => {
    const named: Partial<Record<(typeof ADMIN_ACTIONS)[number], string>> = {
      hold_fulfillment: 'HoldFulfillmentParams',
      fulfill: 'FulfillParams',
      add_tracking: 'AddTrackingParams',
      cancel: 'CancelParams',
      refund: 'RefundParams',
    };
    return [action, named[action] ? ref(named[action]) : { type: 'object', additionalProperties: false, description: 'No parameters: `{}` or no body.' }];
  }),
);

export function adminPathItems(): JsonObject {
  return {
    [adminPathTemplates.orders]: {
      get: {
        operationId: 'listOrders',
        summary: 'Search, filter, sort and page through orders, with facet counts',
        tags: ['admin'],
        security: [{ adminKey: [] }],
        parameters: listQueryParameters({ page: true }),
        responses: {
          '200': { description: 'A page of order rows, the total and facet counts for the filter.', content: json(ref('AdminOrderList')) },
          '400': response('InvalidInput'),
          '401': response('AdminUnauthorized'),
          '403': response('AdminForbidden'),
        },
      },
    },
    [adminPathTemplates.exportCsv]: {
      get: {
        operationId: 'exportOrdersCsv',
        summary: 'Every order matching a filter, as CSV, streamed',
        description:
          'RFC 4180 CSV (CRLF line ends, UTF-8 with a byte order mark for spreadsheets), a header row then one row per order in the ' +
          `requested sort. Columns: ${ADMIN_CSV_COLUMNS.map((column) => column.header).join(', ')}. Cells that a spreadsheet would ` +
          "read as a formula (starting with = + - @, tab or CR) get a leading apostrophe. `cursor` and `limit` are ignored.",
        tags: ['admin'],
        security: [{ adminKey: [] }],
        parameters: listQueryParameters({ page: false }),
        responses: {
          '200': {
            description: 'The CSV file, sent as it is produced.',
            headers: { 'Content-Disposition': { description: 'attachment; filename="orders-YYYY-MM-DD.csv"', schema: { type: 'string' } } },
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          '400': response('InvalidInput'),
          '401': response('AdminUnauthorized'),
          '403': response('AdminForbidden'),
        },
      },
    },
    [adminPathTemplates.bulk]: {
      post: {
        operationId: 'bulkAction',
        summary: 'Apply an action to a selection of orders',
        description:
          'Each order is checked and changed on its own, against the version given for it: one result per order, in order. ' +
          'The body carries `orders`, `idempotencyKey` (a retry with the same key and body gets the same results, no second effect) ' +
          'and the action\'s parameters: `reason` (hold_fulfillment, cancel), `carrier` and `notifyCustomer` (fulfill: everything left, ' +
          'no tracking number), `full: true` (refund), `tags` (add_tags, remove_tags).',
        tags: ['admin'],
        security: [{ adminKey: [] }],
        parameters: [{ name: 'action', in: 'path', required: true, schema: ref('BulkAction') }],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['orders', 'idempotencyKey'],
            properties: {
              orders: { type: 'array', items: ref('BulkOrderRef'), minItems: 1, maxItems: 200 },
              idempotencyKey: { type: 'string', pattern: '^[A-Za-z0-9\\-_.:]{8,255}$' },
              reason: { type: 'string', maxLength: 500 },
              carrier: { type: 'string' },
              notifyCustomer: { type: 'boolean' },
              full: { const: true },
              tags: { type: 'array', items: { type: 'string' } },
            },
          }),
        },
        responses: {
          '200': { description: `One result per order. Actions: ${BULK_ACTIONS.join(', ')}.`, content: json(ref('BulkActionResponse')) },
          '400': response('InvalidInput'),
          '401': response('AdminUnauthorized'),
          '403': response('AdminForbidden'),
          '404': response('NotFound'),
          '422': response('Unprocessable'),
        },
      },
    },
    [adminPathTemplates.order]: {
      get: {
        operationId: 'getAdminOrder',
        summary: 'Read one order as staff see it, with the actions its state allows',
        tags: ['admin'],
        security: [{ adminKey: [] }],
        parameters: [orderIdParameter],
        responses: {
          '200': { ...detailAnswer, description: 'The whole order (staff notes, tags, internal timeline entries) and its allowed and refused actions.' },
          '401': response('AdminUnauthorized'),
          '403': response('AdminForbidden'),
          '404': response('NotFound'),
        },
      },
    },
    [adminPathTemplates.orderAction]: {
      post: {
        ...write(
          'actOnOrder',
          'Take an action on an order (mark paid, capture, hold, release, fulfil, add tracking, cancel, refund, archive, unarchive)',
          'Follows the state machine: a refused transition is a 422 whose `refusal.code` says why. The body depends on the action: ' +
            Object.entries(actionBodies)
              .map(([action, schema]) => `\`${action}\`: ${'$ref' in (schema as JsonObject) ? String((schema as JsonObject).$ref).split('/').pop() : '{}'}`)
              .join(', ') +
            '. Fulfil with `notifyCustomer: true` e-mails the customer (and texts them if they opted in).',
          null,
          [{ name: 'action', in: 'path', required: true, schema: ref('AdminAction') }],
        ),
        requestBody: { required: false, content: json({ oneOf: Object.values(actionBodies) }) },
      },
    },
    [adminPathTemplates.orderTags]: {
      put: write('setOrderTags', "Replace an order's tags", 'Tags equal to the current ones change nothing (same version).', ref('SetTagsRequest')),
      post: write('editOrderTags', 'Add and remove tags', 'Leaves the other tags as they are, so two staff tagging at once do not undo each other.', ref('EditTagsRequest')),
    },
    [adminPathTemplates.orderNotes]: {
      post: write('addStaffNote', 'Add a staff note', 'Staff notes are never shown to the customer.', ref('AddStaffNoteRequest')),
    },
    [adminPathTemplates.events]: {
      get: {
        operationId: 'streamAdminEvents',
        summary: 'Follow every order live (server-sent events)',
        description:
          `A text/event-stream. \`${ADMIN_ORDER_EVENT_NAME}\` events carry an AdminOrderEvent (an order created or changed, and its row); ` +
          'their `id` is a global sequence. The stream opens with the current id (an `id:` line without data), so a client that loaded ' +
          `the list just before misses nothing. A client reconnecting with Last-Event-ID gets what it missed from a bounded log, or a ` +
          `\`${ADMIN_RESYNC_EVENT_NAME}\` event (AdminResyncEvent) when that is no longer possible: it should then reload.`,
        tags: ['admin'],
        security: [{ adminKey: [] }],
        parameters: [
          { name: 'Last-Event-ID', in: 'header', required: false, description: 'The id of the last event received, when reconnecting.', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'An open event stream.',
            content: {
              'text/event-stream': {
                schema: { type: 'string', description: 'Server-sent events (see x-sse-events).' },
                'x-sse-events': {
                  [ADMIN_ORDER_EVENT_NAME]: { id: 'global sequence', data: ref('AdminOrderEvent') },
                  [ADMIN_RESYNC_EVENT_NAME]: { id: 'global sequence', data: ref('AdminResyncEvent') },
                },
              },
            },
          },
          '401': response('AdminUnauthorized'),
          '403': response('AdminForbidden'),
        },
      },
    },
    [adminPathTemplates.carriers]: {
      get: {
        operationId: 'listCarriers',
        summary: 'Carriers an order can be fulfilled with',
        tags: ['admin'],
        security: [{ adminKey: [] }],
        responses: {
          '200': { description: 'Every carrier, supported (live status) or not (tracking link only).', content: json(ref('AdminCarrierList')) },
          '401': response('AdminUnauthorized'),
          '403': response('AdminForbidden'),
        },
      },
    },
  };
}

/** The error responses only the admin API gives, for `components.responses`. */
export function adminErrorResponses(): JsonObject {
  const apiError = (description: string) => ({ description, content: json(ref('ApiError')) });
  return {
    AdminUnauthorized: apiError('No admin key, or not the right one. Possible codes: `unauthorized`.'),
    AdminForbidden: apiError('A credential that does not open this API: a shopper\'s order token on the admin API, or the admin key on a customer route. Possible codes: `forbidden`.'),
    Conflict: {
      description: 'The order changed since the If-Match version (or, in a bulk result, the given version); `current` is the order now. Possible codes: `conflict`.',
      content: json(ref('ConflictError')),
    },
    Unprocessable: {
      description: 'Refused: the order\'s state or the request\'s details do not allow it, or the Idempotency-Key was used for another request. Possible codes: `unprocessable`.',
      content: json(ref('UnprocessableError')),
    },
    PreconditionRequired: apiError('A write without If-Match: send the version it is based on. Possible codes: `invalid_input` (with `fields`).'),
  };
}
