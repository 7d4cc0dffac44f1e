import * as z from 'zod/mini';
import { Fault, type FaultRule } from './fault.ts';
import { compilePathPattern } from './path-pattern.ts';

/** A rule as the switch holds it, and as `list()` and `GET /__mock/faults` report it. */
export interface ActiveFault {
  id: string;
  method: string | null;
  /** The pattern as given, or a RegExp's source. */
  path: string;
  fault: Fault;
  /** Matching requests still to be hit; null for "until cleared". */
  remaining: number | null;
  /** Requests this rule has hit so far. */
  hits: number;
}

interface HeldRule extends ActiveFault {
  test: RegExp;
}

/**
 * The mock's fault switch: rules that make matching requests fail in a chosen way, checked in the
 * order they were added, before the mock's own handlers answer. Rules retire themselves after
 * `times` hits; `clear()` (and the mock's reset) removes them all.
 *
 * @example
 * api.faults.add({ match: { method: 'GET', path: '/v1/orders/:orderId' }, fault: { kind: 'unavailable', retryAfterSeconds: 1 }, times: 2 });
 * api.faults.add({ match: { path: /\/events$/ }, fault: { kind: 'stream_drop', afterEvents: 1 } });
 * api.faults.clear();
 */
export class FaultSwitch {
  #rules: HeldRule[] = [];
  #nextId = 1;
  #injected = 0;

  /** Adds a rule; throws on a fault the mock cannot play (checked like `POST /__mock/faults`). */
  add(rule: FaultRule): ActiveFault {
    const fault = z.parse(Fault, rule.fault);
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) throw new RangeError('times must be a positive integer');
    const path = rule.match.path;
    const held: HeldRule = {
      id: `fault_${this.#nextId++}`,
      method: rule.match.method ? rule.match.method.toUpperCase() : null,
      path: typeof path === 'string' ? path : path.source,
      // A copy without the g/y flags, whose lastIndex would make test() alternate.
      test: typeof path === 'string' ? compilePathPattern(path) : new RegExp(path.source, path.flags.replace(/[gy]/g, '')),
      fault,
      remaining: rule.times ?? null,
      hits: 0,
    };
    this.#rules.push(held);
    return publicView(held);
  }

  /** Removes one rule; false when it had already retired or never existed. */
  remove(id: string): boolean {
    const before = this.#rules.length;
    this.#rules = this.#rules.filter((rule) => rule.id !== id);
    return this.#rules.length < before;
  }

  /** Removes every rule (the injected count stays: it is a tally of what happened). */
  clear(): void {
    this.#rules = [];
  }

  /** The rules in force, in the order they are checked. */
  list(): ActiveFault[] {
    return this.#rules.map(publicView);
  }

  /** How many requests got a fault since this mock was made. */
  get injected(): number {
    return this.#injected;
  }

  /**
   * The fault for a request (its method and its path below the API base), counting the hit and
   * retiring a rule that has none left; null when no rule matches.
   */
  take(method: string, relativePath: string): Fault | null {
    const upper = method.toUpperCase();
    const rule = this.#rules.find((candidate) => (candidate.method === null || candidate.method === upper) && candidate.test.test(relativePath));
    if (!rule) return null;
    rule.hits++;
    this.#injected++;
    if (rule.remaining !== null && --rule.remaining <= 0) this.remove(rule.id);
    return rule.fault;
  }
}

function publicView(rule: HeldRule): ActiveFault {
  return { id: rule.id, method: rule.method, path: rule.path, fault: rule.fault, remaining: rule.remaining, hits: rule.hits };
}
