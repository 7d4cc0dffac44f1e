/** The admin half of the generated OpenAPI document: every admin path, its security, parameters and error answers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADMIN_ACTIONS, AdminOrderListQuery, adminPathTemplates } from '@suivi/model';
import { buildOpenApiDocument } from '../../packages/model/scripts/openapi-document.ts';

type Json = { [key: string]: any };

describe('OpenAPI document, admin half', () => {
  const document = buildOpenApiDocument() as Json;
  const operations = Object.values(adminPathTemplates).flatMap((template) =>
    Object.entries(document.paths[template] ?? {}).map(([method, operation]) => ({ template, method, operation: operation as Json })),
  );

  it('has every admin path, each behind the admin key and tagged admin', () => {
    for (const template of Object.values(adminPathTemplates)) assert.ok(document.paths[template], `${template} is documented`);
    assert.equal(operations.length, 10);
    for (const { template, method, operation } of operations) {
      assert.deepEqual(operation.security, [{ adminKey: [] }], `${method} ${template}`);
      assert.deepEqual(operation.tags, ['admin']);
      assert.ok(operation.responses['401'] && operation.responses['403'], `${method} ${template} documents 401 and 403`);
    }
    assert.equal(document.components.securitySchemes.adminKey.scheme, 'bearer');
  });

  it('lists the query parameters the mock parses, lists as comma-separated', () => {
    const list = document.paths[adminPathTemplates.orders].get;
    assert.deepEqual(list.parameters.map((parameter: Json) => parameter.name), Object.keys(AdminOrderListQuery.shape));
    const payment = list.parameters.find((parameter: Json) => parameter.name === 'payment');
    assert.deepEqual([payment.style, payment.explode], ['form', false]);
    assert.deepEqual(payment.schema.items, { $ref: '#/components/schemas/PaymentStatus' });
    const exported = document.paths[adminPathTemplates.exportCsv].get;
    assert.ok(!exported.parameters.some((parameter: Json) => parameter.name === 'cursor' || parameter.name === 'limit'));
    assert.ok(exported.responses['200'].content['text/csv']);
  });

  it('documents the write contract: If-Match and Idempotency-Key required, 409 with the current order, 422 with the refusal, 428', () => {
    const writes = operations.filter(({ method, template }) => method !== 'get' && template !== adminPathTemplates.bulk);
    assert.equal(writes.length, 4);
    for (const { template, operation } of writes) {
      const headers = operation.parameters.filter((parameter: Json) => parameter.in === 'header').map((parameter: Json) => [parameter.name, parameter.required]);
      assert.deepEqual(headers, [['If-Match', true], ['Idempotency-Key', true]], template);
      assert.deepEqual(Object.keys(operation.responses), ['200', '400', '401', '403', '404', '409', '422', '428', '500', '503']);
    }
    const schemas = document.components.schemas;
    assert.deepEqual(schemas.ConflictError.properties.current, { $ref: '#/components/schemas/Order' });
    assert.deepEqual(schemas.UnprocessableError.properties.refusal, { $ref: '#/components/schemas/AdminRefusal' });
    const action = document.paths[adminPathTemplates.orderAction].post;
    assert.deepEqual(action.parameters.find((parameter: Json) => parameter.name === 'action').schema, { $ref: '#/components/schemas/AdminAction' });
    assert.equal(action.requestBody.content['application/json'].schema.oneOf.length, ADMIN_ACTIONS.length);
  });

  it('describes the admin event stream and its resync event', () => {
    const events = document.paths[adminPathTemplates.events].get.responses['200'].content['text/event-stream']['x-sse-events'];
    assert.deepEqual(events.order.data, { $ref: '#/components/schemas/AdminOrderEvent' });
    assert.deepEqual(events.resync.data, { $ref: '#/components/schemas/AdminResyncEvent' });
  });
});
