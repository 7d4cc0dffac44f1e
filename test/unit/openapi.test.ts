/**
 * The committed OpenAPI document must be exactly what the model generates today, and must hold
 * together as a document (every reference resolves, the customer contract is all there).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { API_ERROR_CODES, pathTemplates } from '@suivi/model';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../../packages/model/scripts/openapi-document.ts';

const committedPath = new URL('../../packages/model/openapi.json', import.meta.url);

type Json = { [key: string]: any };

/** Every `$ref` string anywhere in a JSON value. */
function collectRefs(value: unknown, refs: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, refs));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') refs.push(child);
      else collectRefs(child, refs);
    }
  }
  return refs;
}

/** Follows a local JSON pointer (`#/a/b`) in the document; undefined when it leads nowhere. */
function resolvePointer(document: Json, ref: string): unknown {
  assert.ok(ref.startsWith('#/'), `only local references are expected, got ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<any>((node, part) => (node == null ? undefined : node[part]), document);
}

describe('OpenAPI document', () => {
  it('is up to date with the model (run `npm run openapi` when this fails)', () => {
    const committed = readFileSync(committedPath, 'utf8');
    assert.ok(
      committed === serializeOpenApiDocument(),
      'packages/model/openapi.json is stale: run `npm run openapi` and commit the result.',
    );
  });

  it('is deterministic', () => {
    assert.equal(serializeOpenApiDocument(buildOpenApiDocument()), serializeOpenApiDocument(buildOpenApiDocument()));
  });

  it('is OpenAPI 3.1 whose every $ref resolves inside the document', () => {
    const document = buildOpenApiDocument() as Json;
    assert.equal(document.openapi, '3.1.0');
    const refs = collectRefs(document);
    assert.ok(refs.length > 20, 'the schemas are expected to be cross-referenced, not inlined');
    const dangling = refs.filter((ref) => resolvePointer(document, ref) === undefined);
    assert.deepEqual(dangling, []);
  });

  it('emits the named model schemas as components, without $schema or $id', () => {
    const schemas = (buildOpenApiDocument() as Json).components.schemas as Json;
    for (const id of ['LookupRequest', 'LookupResponse', 'CustomerOrderView', 'SharedOrderView', 'Shipment', 'TrackingEvent', 'OrderEvent', 'ApiError', 'Money']) {
      assert.ok(schemas[id], `components.schemas.${id} is missing`);
    }
    for (const [id, schema] of Object.entries(schemas)) {
      assert.equal(schema.$schema, undefined, `${id} carries $schema`);
      assert.equal(schema.$id, undefined, `${id} carries $id`);
    }
    assert.deepEqual(Object.keys(schemas), [...Object.keys(schemas)].sort(), 'component names are sorted');
    assert.deepEqual(schemas.ApiError.properties.code.enum, [...API_ERROR_CODES]);
  });

  it('describes the customer contract: lookup, order, live events', () => {
    const document = buildOpenApiDocument() as Json;
    assert.deepEqual(Object.keys(document.paths).slice(0, 3), [pathTemplates.lookup, pathTemplates.order, pathTemplates.orderEvents]);

    const lookup = document.paths[pathTemplates.lookup].post;
    assert.deepEqual(lookup.security, [], 'the lookup is the one public endpoint');
    assert.deepEqual(lookup.requestBody.content['application/json'].schema, { $ref: '#/components/schemas/LookupRequest' });
    assert.deepEqual(Object.keys(lookup.responses), ['200', '400', '404', '429', '500', '503']);
    const rateLimited = resolvePointer(document, lookup.responses['429'].$ref) as Json;
    assert.ok(rateLimited.headers['Retry-After'], '429 documents Retry-After');

    const order = document.paths[pathTemplates.order].get;
    assert.deepEqual(order.security, [{ bearer: [] }]);
    assert.deepEqual(Object.keys(order.responses), ['200', '401', '403', '404', '500', '503']);
    assert.deepEqual(order.responses['200'].content['application/json'].schema, { $ref: '#/components/schemas/CustomerOrderView' });

    const events = document.paths[pathTemplates.orderEvents].get;
    assert.deepEqual(events.security, [{ bearer: [] }]);
    assert.ok(events.parameters.some((parameter: Json) => parameter.in === 'header' && parameter.name === 'Last-Event-ID'));
    const stream = events.responses['200'].content['text/event-stream'];
    assert.deepEqual(stream['x-sse-events'].order.data, { $ref: '#/components/schemas/OrderEvent' });

    assert.equal(document.components.securitySchemes.bearer.scheme, 'bearer');
  });

  it('tells a backend that every operation may answer 500 internal and 503 unavailable, 503 and 429 with Retry-After', () => {
    const document = buildOpenApiDocument() as Json;
    const methods = new Set(['get', 'put', 'post', 'delete', 'patch']);
    let operations = 0;
    for (const [template, item] of Object.entries(document.paths as Json)) {
      for (const [method, operation] of Object.entries(item as Json)) {
        if (!methods.has(method)) continue;
        operations++;
        assert.deepEqual(operation.responses['500'], { $ref: '#/components/responses/Internal' }, `${method} ${template} documents 500`);
        assert.deepEqual(operation.responses['503'], { $ref: '#/components/responses/Unavailable' }, `${method} ${template} documents 503`);
      }
    }
    assert.ok(operations >= 20, `every operation was looked at (${operations})`);
    const responses = document.components.responses;
    assert.match(responses.Internal.description, /`internal`/);
    assert.match(responses.Unavailable.description, /`unavailable`/);
    const retryAfter = { $ref: '#/components/headers/RetryAfter' };
    assert.deepEqual(responses.Unavailable.headers['Retry-After'], retryAfter);
    assert.deepEqual(responses.RateLimited.headers['Retry-After'], retryAfter);
    assert.deepEqual(document.components.headers.RetryAfter.schema, { type: 'integer', minimum: 0, maximum: 86_400 });
  });

  it("documents each ApiError field, retryAfter as whole seconds from 0 to a day", () => {
    const apiError = (buildOpenApiDocument() as Json).components.schemas.ApiError;
    for (const [name, field] of Object.entries(apiError.properties as Json)) assert.ok(field.description, `ApiError.${name} has a description`);
    const { description: _description, ...retryAfter } = apiError.properties.retryAfter;
    assert.deepEqual(retryAfter, { type: 'integer', minimum: 0, maximum: 86_400 });
  });
});
