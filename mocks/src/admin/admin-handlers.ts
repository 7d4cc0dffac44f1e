import {
  ADMIN_ACTION_PARAMS,
  AddStaffNoteRequest,
  AdminAction,
  EditTagsRequest,
  SetTagsRequest,
  adminPaths,
  parseAdminOrderListQuery,
  toOrderSummary,
  type AdminCarrierList,
  type AdminOrderListQuery,
} from '@suivi/model';
import { http, type RequestHandler } from 'msw';
import * as z from 'zod/mini';
import { apiErrorResponse, jsonResponse } from '../http/api-responses.ts';
import { guarded } from '../http/guarded.ts';
import { handlerPrefix } from '../http/handlers.ts';
import { parseLastEventId } from '../http/order-events-stream.ts';
import { refuseUnlessAdmin } from './admin-auth.ts';
import { handleBulk } from './admin-bulk.ts';
import { actionEnvOf, type AdminContext } from './admin-context.ts';
import { adminEventsStream } from './admin-events-stream.ts';
import { detailAnswer, handleOrderWrite, notFoundAnswer, toResponse, type OrderWrite } from './admin-write.ts';
import { carrierList } from './actions/carrier-directory.ts';
import { planAdminAction } from './actions/plan-admin-action.ts';
import { planEditTags, planStaffNote, planTags } from './actions/tag-note-actions.ts';
import { csvExportStream, csvFileName } from './csv-export.ts';
import { adminMockControlPaths } from './mock-control-paths.ts';
import { addNewOrder } from './new-order.ts';
import { planList, type ListPlan } from './order-index/list-plan.ts';

const TAG_WRITES = {
  put: {
    schema: SetTagsRequest,
    invalidMessage: 'Check the tags.',
    plan: (order, request) => planTags(order, request.tags),
  } satisfies OrderWrite<SetTagsRequest>,
  post: {
    schema: EditTagsRequest,
    invalidMessage: 'Check the tags to add and remove.',
    plan: (order, request) => planEditTags(order, request),
  } satisfies OrderWrite<EditTagsRequest>,
};

type ListQueryReading = { ok: true; plan: ListPlan } | { ok: false; response: Response };

/** The list query of a URL, validated and planned; a 400 naming the fields otherwise. */
function readListQuery(request: Request, forExport = false): ListQueryReading {
  const parsed = parseAdminOrderListQuery(new URL(request.url).searchParams);
  if (!parsed.success) return { ok: false, response: apiErrorResponse(400, 'invalid_input', 'Check the list query.', { fields: parsed.fields }) };
  // The export writes every match: a page size or position means nothing to it.
  const query: AdminOrderListQuery = forExport ? { ...parsed.data, cursor: undefined, limit: undefined } : parsed.data;
  const planned = planList(query);
  if (!planned.ok) return { ok: false, response: apiErrorResponse(400, 'invalid_input', 'Check the list query.', { fields: planned.fields }) };
  return planned;
}

/**
 * The admin half of the HTTP contract (everything needs the admin key) and the mock control that
 * makes a new order arrive. Specific paths come before `/orders/:orderId`, which would otherwise
 * take `export.csv` for an order id.
 */
export function createAdminHandlers(context: AdminContext, baseUrl: string): RequestHandler[] {
  const prefix = handlerPrefix(baseUrl);
  const env = actionEnvOf(context);
  const admitted = (request: Request) => refuseUnlessAdmin(request, context.adminKey, context.tokens);

  return [
    http.get(
      `${prefix}${adminPaths.orders}`,
      guarded(async ({ request }) => {
        const refusal = admitted(request);
        if (refusal) return refusal;
        const query = readListQuery(request);
        if (!query.ok) return query.response;
        await context.index.ready();
        return jsonResponse(context.index.list(query.plan));
      }),
    ),

    http.get(
      `${prefix}${adminPaths.exportCsv}`,
      guarded(async ({ request }) => {
        const refusal = admitted(request);
        if (refusal) return refusal;
        const query = readListQuery(request, true);
        if (!query.ok) return query.response;
        await context.index.ready();
        const rows = context.index.matchingRows(query.plan);
        return new Response(csvExportStream(rows, request.signal), {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8; header=present',
            'content-disposition': `attachment; filename="${csvFileName(context.now())}"`,
            'cache-control': 'no-store',
          },
        });
      }),
    ),

    http.get(
      `${prefix}${adminPaths.carriers}`,
      guarded(({ request }) => {
        const refusal = admitted(request);
        if (refusal) return refusal;
        const body: AdminCarrierList = { carriers: carrierList() };
        return jsonResponse(body);
      }),
    ),

    http.get(
      `${prefix}${adminPaths.events}`,
      guarded(({ request }) => {
        const refusal = admitted(request);
        if (refusal) return refusal;
        // Unbuilt orders moved by the clock are only followed once the index exists.
        void context.index.ready();
        const stream = adminEventsStream(context.feed, parseLastEventId(request.headers.get('last-event-id')), request.signal);
        return new Response(stream, {
          status: 200,
          headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' },
        });
      }),
    ),

    http.post<{ action: string }>(
      `${prefix}/v1/admin/orders/bulk/:action`,
      guarded(({ request, params }) => handleBulk(request, context, params.action)),
    ),

    http.get<{ orderId: string }>(
      `${prefix}/v1/admin/orders/:orderId`,
      guarded(({ request, params }) => {
        const refusal = admitted(request);
        if (refusal) return refusal;
        const order = context.store.getById(params.orderId);
        return toResponse(order ? detailAnswer(order) : notFoundAnswer());
      }),
    ),

    http.post<{ orderId: string; action: string }>(
      `${prefix}/v1/admin/orders/:orderId/actions/:action`,
      guarded(({ request, params }) => {
        const action = z.safeParse(AdminAction, params.action);
        if (!action.success) {
          return admitted(request) ?? apiErrorResponse(404, 'not_found', `No action ${params.action}.`);
        }
        const write: OrderWrite<unknown> = {
          schema: ADMIN_ACTION_PARAMS[action.data] as z.ZodMiniType<unknown>,
          invalidMessage: 'Check the parameters of the action.',
          plan: (order, actionParams) => planAdminAction(order, action.data, actionParams as never, env),
        };
        return handleOrderWrite(request, context, params.orderId, write);
      }),
    ),

    http.put<{ orderId: string }>(
      `${prefix}/v1/admin/orders/:orderId/tags`,
      guarded(({ request, params }) => handleOrderWrite(request, context, params.orderId, TAG_WRITES.put)),
    ),

    http.post<{ orderId: string }>(
      `${prefix}/v1/admin/orders/:orderId/tags`,
      guarded(({ request, params }) => handleOrderWrite(request, context, params.orderId, TAG_WRITES.post)),
    ),

    http.post<{ orderId: string }>(
      `${prefix}/v1/admin/orders/:orderId/notes`,
      guarded(({ request, params }) =>
        handleOrderWrite(request, context, params.orderId, {
          schema: AddStaffNoteRequest,
          invalidMessage: 'Check the note.',
          plan: (order, note) => planStaffNote(order, note, env),
        }),
      ),
    ),

    http.post(
      `${prefix}${adminMockControlPaths.newOrder}`,
      guarded(() => jsonResponse(toOrderSummary(addNewOrder(context.store, context.now())), 201)),
    ),
  ];
}
