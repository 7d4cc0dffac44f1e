import type { ContractContext } from './contract-context.ts';

/** One line of the report: a rule of the HTTP contract, checked against the server. */
export interface ContractCheck {
  /** Says what a passing server does, e.g. "GET /v1/orders/{id} without a token answers 401 unauthorized". */
  name: string;
  /** Skipped (and said so) without --admin-key. */
  needsAdminKey?: boolean;
  /** Throws a ContractFailure (or any error) when the server breaks the rule. */
  run(context: ContractContext): Promise<void>;
}
