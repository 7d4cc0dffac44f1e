/** An answer as it was first given, to give again to a retry. */
export interface RecordedAnswer {
  /** What the request was: method, path, version and body, canonically written. */
  fingerprint: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export const DEFAULT_IDEMPOTENCY_CAPACITY = 10_000;

/**
 * Answers to admin writes by Idempotency-Key. A retry (same key, same request) gets the recorded
 * answer and changes nothing; the same key on a different request is a client bug and is refused.
 * The oldest keys are forgotten past `capacity` (Map keeps insertion order), like a server would
 * expire them after a day.
 */
export class IdempotencyStore {
  private answers = new Map<string, RecordedAnswer>();
  private readonly capacity: number;

  constructor(options: { capacity?: number } = {}) {
    this.capacity = Math.max(1, options.capacity ?? DEFAULT_IDEMPOTENCY_CAPACITY);
  }

  get(key: string): RecordedAnswer | undefined {
    return this.answers.get(key);
  }

  record(key: string, answer: RecordedAnswer): void {
    this.answers.set(key, answer);
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value!);
  }

  clear(): void {
    this.answers.clear();
  }

  get size(): number {
    return this.answers.size;
  }
}

/** JSON with object keys sorted, so `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
