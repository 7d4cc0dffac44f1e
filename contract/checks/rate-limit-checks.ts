import { paths } from '@suivi/model';
import { parseRetryAfter } from '@suivi/sdk';
import type { ContractCheck } from '../contract-check.ts';
import { ContractFailure, expect } from '../contract-failure.ts';
import { expectApiError } from '../expectations.ts';
import { WRONG_EMAIL } from './error-checks.ts';

/**
 * Guessing is cut short. These run last: they lock the order number they try (that is the point),
 * so the lookups of the other checks must already be done.
 */
export const rateLimitChecks: ContractCheck[] = [
  {
    name: 'failed lookups of one order number soon answer 429 rate_limited with Retry-After',
    async run(context) {
      const { orderNumber, maxLockAttempts } = context.options;
      for (let attempt = 1; attempt <= maxLockAttempts; attempt++) {
        const answer = await context.http.request(paths.lookup, { method: 'POST', body: { orderNumber, email: WRONG_EMAIL } });
        if (answer.status === 404) continue;
        const error = expectApiError(answer, 429, 'rate_limited', `Failed lookup number ${attempt}`);
        const header = answer.headers.get('retry-after');
        const seconds = parseRetryAfter(header);
        expect(seconds !== null && seconds > 0, `Retry-After is ${header === null ? 'missing' : `"${header}"`}; it should say how many seconds to wait`);
        if (error.retryAfter !== undefined) {
          expect(Math.abs(error.retryAfter - seconds) <= 1, `the body says retryAfter ${error.retryAfter} but the header says ${seconds}`);
        }
        return;
      }
      throw new ContractFailure(`${maxLockAttempts} failed lookups of ${orderNumber} in a row were all answered 404: nothing stops a guesser`);
    },
  },
  {
    name: 'while the order number is locked, even the right e-mail answers 429, so guessing cannot go on',
    async run(context) {
      const { orderNumber, email } = context.options;
      const answer = await context.http.request(paths.lookup, { method: 'POST', body: { orderNumber, email } });
      expectApiError(answer, 429, 'rate_limited', 'The right e-mail on a locked order number');
    },
  },
];
