import { paths } from '@suivi/model';
import type { ContractCheck } from '../contract-check.ts';
import { expect } from '../contract-failure.ts';
import { canonicalJson, expectApiError } from '../expectations.ts';

/** An order number no shop has handed out: a check of "unknown number" must not hit a real one. */
const UNKNOWN_ORDER_NUMBER = '#987654321098';
/** An address that can never receive mail (RFC 2606), so it is nobody's real e-mail. */
const WRONG_EMAIL = 'not-the-buyer@example.invalid';

/** Refusals of a bad request: the one error shape, the right status, nothing that helps a guesser. */
export const errorChecks: ContractCheck[] = [
  {
    name: 'POST /v1/lookup with an invalid order number and e-mail answers 400 invalid_input naming both fields',
    async run(context) {
      const answer = await context.http.request(paths.lookup, { method: 'POST', body: { orderNumber: 'not a number', email: 'not an e-mail' } });
      const error = expectApiError(answer, 400, 'invalid_input', 'An invalid lookup');
      const fields = (error.fields ?? []).map((field) => field.path);
      expect(fields.includes('orderNumber') && fields.includes('email'), `fields should name orderNumber and email, got [${fields.join(', ')}]`);
    },
  },
  {
    name: 'POST /v1/lookup with a body that is not JSON answers 400 invalid_input',
    async run(context) {
      const answer = await context.http.request(paths.lookup, { method: 'POST', body: '{"orderNumber": "#1001", "email": ' });
      expectApiError(answer, 400, 'invalid_input', 'A lookup whose body is not JSON');
    },
  },
  {
    name: 'POST /v1/lookup: an unknown order number and a wrong e-mail get the same 404 not_found, status and body alike',
    async run(context) {
      const unknown = await context.http.request(paths.lookup, { method: 'POST', body: { orderNumber: UNKNOWN_ORDER_NUMBER, email: context.options.email } });
      const wrongEmail = await context.http.request(paths.lookup, { method: 'POST', body: { orderNumber: context.options.orderNumber, email: WRONG_EMAIL } });
      expectApiError(unknown, 404, 'not_found', 'An unknown order number');
      expectApiError(wrongEmail, 404, 'not_found', 'A wrong e-mail');
      expect(canonicalJson(unknown.json()) === canonicalJson(wrongEmail.json()), `the two bodies differ, which tells a guesser the number exists: ${unknown.text} vs ${wrongEmail.text}`);
    },
  },
];

export { UNKNOWN_ORDER_NUMBER, WRONG_EMAIL };
