// The HTTP contract page's body: packages/model/openapi.json (generated from @suivi/model by
// `npm run openapi`) rendered as it is: each path and method with its summary and description,
// security, parameters, request body, responses with their descriptions and error codes, and the
// schemas they name. Nothing here is written by hand, so the page says what the contract says.
import type { ReactNode } from 'react';
import openapi from '../../packages/model/openapi.json';

type Json = Record<string, unknown>;
interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
  const?: unknown;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
  $ref?: string;
}
interface Response {
  description?: string;
  $ref?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, unknown>[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, Response>;
}

const document = openapi as unknown as Json & {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, Response>; parameters?: Record<string, Parameter>; securitySchemes?: Record<string, { description?: string }> };
};
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** `#/components/schemas/Order` → `Order`. */
const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);
const anchor = (name: string) => `schema-${name}`;

function resolveParameter(parameter: Parameter): Parameter {
  return parameter.$ref ? (document.components.parameters?.[refName(parameter.$ref)] ?? parameter) : parameter;
}
function resolveResponse(response: Response): Response {
  return response.$ref ? { ...document.components.responses[refName(response.$ref)], ...response, $ref: undefined } : response;
}

/** A schema as a short type: `Order`, `string`, `"paid" | "pending"`, `Money[]`. */
function TypeOf({ schema }: { schema?: Schema }): ReactNode {
  if (!schema) return 'any';
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return <a href={`#${anchor(name)}`}>{name}</a>;
  }
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const union = schema.anyOf ?? schema.oneOf;
  if (union)
    return union.map((member, index) => (
      <span key={index}>
        {index > 0 && ' | '}
        <TypeOf schema={member} />
      </span>
    ));
  if (schema.type === 'array') {
    return (
      <>
        <TypeOf schema={schema.items} />
        []
      </>
    );
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'object');
  return schema.format ? `${type} (${schema.format})` : type;
}

function Body({ content }: { content?: Record<string, { schema?: Schema }> }) {
  if (!content) return null;
  return (
    <>
      {Object.entries(content).map(([mediaType, { schema }]) => (
        <span key={mediaType}>
          <code>{mediaType}</code> <TypeOf schema={schema} />{' '}
        </span>
      ))}
    </>
  );
}

function OperationView({ path, method, operation }: { path: string; method: string; operation: Operation }) {
  const parameters = (operation.parameters ?? []).map(resolveParameter);
  const security = operation.security?.length === 0 ? 'none' : (operation.security ?? []).flatMap((entry) => Object.keys(entry)).join(', ') || 'none';
  return (
    <section aria-labelledby={`op-${operation.operationId ?? method + path}`}>
      <h3 id={`op-${operation.operationId ?? method + path}`}>
        <code>
          {method.toUpperCase()} {path}
        </code>{' '}
        {operation.summary}
      </h3>
      {operation.description && <p>{operation.description}</p>}
      <p>
        <strong>Operation:</strong> <code>{operation.operationId}</code> · <strong>Authorisation:</strong> {security}
      </p>
      {parameters.length > 0 && (
        <table>
          <caption>Parameters</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Type</th>
              <th scope="col">Required</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`}>
                <th scope="row">
                  <code>{parameter.name}</code>
                </th>
                <td>{parameter.in}</td>
                <td>
                  <TypeOf schema={parameter.schema} />
                </td>
                <td>{parameter.required ? 'yes' : 'no'}</td>
                <td>{parameter.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {operation.requestBody && (
        <p>
          <strong>Request body{operation.requestBody.required ? '' : ' (optional)'}:</strong> <Body content={operation.requestBody.content} />
        </p>
      )}
      <table>
        <caption>Responses</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Body</th>
            <th scope="col">Meaning (and error codes)</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(operation.responses ?? {}).map(([status, raw]) => {
            const response = resolveResponse(raw);
            return (
              <tr key={status}>
                <th scope="row">{status}</th>
                <td>
                  <Body content={response.content} />
                  {response.headers && (
                    <>
                      {' '}
                      headers: <code>{Object.keys(response.headers).join(', ')}</code>
                    </>
                  )}
                </td>
                <td>{response.description}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function SchemaView({ name, schema }: { name: string; schema: Schema }) {
  const properties = Object.entries(schema.properties ?? {});
  return (
    <section aria-labelledby={anchor(name)}>
      <h3 id={anchor(name)}>
        <code>{name}</code>
      </h3>
      {schema.description && <p>{schema.description}</p>}
      {properties.length > 0 ? (
        <table>
          <caption>{name} fields</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Type</th>
              <th scope="col">Required</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {properties.map(([field, value]) => (
              <tr key={field}>
                <th scope="row">
                  <code>{field}</code>
                </th>
                <td>
                  <TypeOf schema={value} />
                </td>
                <td>{schema.required?.includes(field) ? 'yes' : 'no'}</td>
                <td>{value.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>
          <TypeOf schema={{ ...schema, description: undefined }} />
        </p>
      )}
    </section>
  );
}

/** Every path and method, grouped by the document's tags (customer, admin…). */
export function OpenApiOperations() {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] })),
  );
  const tags = [...new Set(operations.map(({ operation }) => operation.tags?.[0] ?? 'other'))];
  return (
    <>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tag[0].toUpperCase() + tag.slice(1)} endpoints</h2>
          {operations
            .filter(({ operation }) => (operation.tags?.[0] ?? 'other') === tag)
            .map(({ path, method, operation }) => (
              <OperationView key={`${method} ${path}`} path={path} method={method} operation={operation} />
            ))}
        </section>
      ))}
    </>
  );
}

/** The error shape and its stable codes. */
export function OpenApiErrors() {
  const error = document.components.schemas.ApiError;
  return (
    <>
      <p>{error.description}</p>
      <p>
        Codes: {(error.properties?.code?.enum ?? []).map((code, index) => (
          <span key={String(code)}>
            {index > 0 && ', '}
            <code>{String(code)}</code>
          </span>
        ))}
      </p>
      <SchemaView name="ApiError" schema={error} />
    </>
  );
}

/** How requests are authorised. */
export function OpenApiSecurity() {
  return (
    <ul>
      {Object.entries(document.components.securitySchemes ?? {}).map(([name, scheme]) => (
        <li key={name}>
          <code>{name}</code>: {scheme.description}
        </li>
      ))}
    </ul>
  );
}

/** Every schema the operations name, alphabetically. */
export function OpenApiSchemas() {
  return (
    <>
      {Object.entries(document.components.schemas)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, schema]) => (
          <SchemaView key={name} name={name} schema={schema} />
        ))}
    </>
  );
}

export const openApiInfo = document.info;
