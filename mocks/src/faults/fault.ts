import { MAX_RETRY_AFTER_SECONDS } from '@suivi/model';
import * as z from 'zod/mini';

/**
 * The ways a backend can let its clients down, as the mock plays them. Each is what a shopper's
 * browser or a merchant's app really meets in production: a slow or hung server, a crash, a
 * maintenance page with Retry-After, a connection cut before any answer, a connection cut after
 * the server acted but before its answer arrived (the write happened; the client cannot know), a body cut short, an
 * answer from a server that drifted away from the contract, a live stream that stops mid-way.
 */
export const FAULT_KINDS = [
  'latency',
  'timeout',
  'server_error',
  'unavailable',
  'drop',
  'respond_then_drop',
  'malformed_json',
  'schema_mismatch',
  'stream_drop',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** The longest a `timeout` fault holds a request whose client never aborts (a service worker cannot always tell). */
export const MAX_TIMEOUT_HOLD_MS = 120_000;

/** The longest added latency: a fault should slow a test down, not hang it. */
export const MAX_LATENCY_MS = 60_000;

/** Dotted path into a JSON body (`order.shipments.0.status`), as the SDK reports it. */
const DottedPath = z.string().check(z.minLength(1), z.maxLength(200));

export const Fault = z.discriminatedUnion('kind', [
  /** Waits `ms`, then the mock answers as usual. */
  z.object({ kind: z.literal('latency'), ms: z.int().check(z.gte(0), z.lte(MAX_LATENCY_MS)) }),
  /** Never answers: holds the request until the client aborts it (or MAX_TIMEOUT_HOLD_MS), then drops it. */
  z.object({ kind: z.literal('timeout') }),
  /** 500 with the ApiError shape (`internal`): the server crashed on this request. */
  z.object({ kind: z.literal('server_error') }),
  /** 503 with `Retry-After` (header and body): down for maintenance, come back in a while. */
  z.object({ kind: z.literal('unavailable'), retryAfterSeconds: z.optional(z.int().check(z.gte(0), z.lte(MAX_RETRY_AFTER_SECONDS))) }),
  /** The connection is cut before any answer: fetch rejects with a TypeError. */
  z.object({ kind: z.literal('drop') }),
  /**
   * The mock handles the request as usual (a write is done, an idempotency record kept), then the
   * connection is cut before the answer reaches the client: fetch rejects with a TypeError. The
   * case an Idempotency-Key exists for: the client must not file a second return on its retry.
   */
  z.object({ kind: z.literal('respond_then_drop') }),
  /** The real answer cut in half, so it is no longer JSON; on an event stream, each event's data is cut instead. Other answers (CSV) pass unchanged. */
  z.object({ kind: z.literal('malformed_json') }),
  /**
   * The real answer with `path` set to `value` (default null): well-formed JSON the contract does
   * not allow. Without `path` the whole body becomes `["not","the","contract"]`. On an event
   * stream, applied to each event's data; other answers (CSV) pass unchanged.
   */
  z.object({ kind: z.literal('schema_mismatch'), path: z.optional(DottedPath), value: z.optional(z.unknown()) }),
  /** A live stream that sends `afterEvents` events, then breaks (the connection drops); an answer that is not a stream passes unchanged. */
  z.object({ kind: z.literal('stream_drop'), afterEvents: z.int().check(z.gte(0), z.lte(10_000)) }),
]);
export type Fault = z.infer<typeof Fault>;

/**
 * Which requests a fault applies to. `path` is relative to the API's base URL (`/v1/lookup`,
 * not `/api/v1/lookup`): a string pattern with `:param` for one segment and `*` for anything
 * (`/v1/orders/:orderId/events`, `/v1/admin/*`), or a RegExp tested against that relative path.
 */
export interface FaultMatch {
  /** GET, POST, …; any method when absent. */
  method?: string;
  path: string | RegExp;
}

export interface FaultRule {
  match: FaultMatch;
  fault: Fault;
  /** How many matching requests get the fault before the rule retires itself; every one when absent. */
  times?: number;
}

/** The JSON a client POSTs to `/__mock/faults`: a RegExp travels as its source in `pathRegExp`. */
export const FaultRuleRequest = z
  .object({
    match: z.object({
      method: z.optional(z.string().check(z.regex(/^[A-Za-z]{1,16}$/, 'An HTTP method such as GET'))),
      path: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
      pathRegExp: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    }),
    fault: Fault,
    times: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))),
  })
  .check(
    z.refine((rule) => (rule.match.path === undefined) !== (rule.match.pathRegExp === undefined), {
      message: 'Give match.path (a pattern such as /v1/orders/:orderId) or match.pathRegExp, not both',
      path: ['match'],
    }),
  );
export type FaultRuleRequest = z.infer<typeof FaultRuleRequest>;
