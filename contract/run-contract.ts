import { authChecks } from './checks/auth-checks.ts';
import { errorChecks } from './checks/error-checks.ts';
import { rateLimitChecks } from './checks/rate-limit-checks.ts';
import { shapeChecks } from './checks/shape-checks.ts';
import { shareChecks } from './checks/share-checks.ts';
import type { ContractCheck } from './contract-check.ts';
import { ContractContext, type ContractOptions } from './contract-context.ts';
import { ContractHttp } from './contract-http.ts';

/** Every check, in the order they run; the rate limit last, since it locks the order number. */
export const CONTRACT_CHECKS: readonly ContractCheck[] = [...shapeChecks, ...errorChecks, ...authChecks, ...shareChecks, ...rateLimitChecks];

export type CheckOutcome = { name: string; outcome: 'passed' } | { name: string; outcome: 'failed'; reason: string } | { name: string; outcome: 'skipped'; reason: string };

export interface ContractReport {
  outcomes: CheckOutcome[];
  passed: number;
  failed: number;
  skipped: number;
  /** HTTP requests the run sent. */
  requests: number;
}

/**
 * Runs the HTTP contract's checks against a server, one after the other (some build on what the
 * previous ones did, and the last ones lock the order number), and reports each as it ends.
 */
export async function runContract(options: ContractOptions, onOutcome: (outcome: CheckOutcome) => void = () => {}, checks: readonly ContractCheck[] = CONTRACT_CHECKS): Promise<ContractReport> {
  const http = new ContractHttp(options.baseUrl, options.timeoutMs);
  const context = new ContractContext(http, options);
  const outcomes: CheckOutcome[] = [];
  for (const check of checks) {
    let outcome: CheckOutcome;
    if (check.needsAdminKey && !options.adminKey) {
      outcome = { name: check.name, outcome: 'skipped', reason: 'needs --admin-key' };
    } else {
      try {
        await check.run(context);
        outcome = { name: check.name, outcome: 'passed' };
      } catch (error) {
        outcome = { name: check.name, outcome: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
    }
    outcomes.push(outcome);
    onOutcome(outcome);
  }
  const count = (kind: CheckOutcome['outcome']) => outcomes.filter((outcome) => outcome.outcome === kind).length;
  return { outcomes, passed: count('passed'), failed: count('failed'), skipped: count('skipped'), requests: http.sent };
}
