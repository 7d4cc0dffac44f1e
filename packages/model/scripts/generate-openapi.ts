/**
 * `npm run openapi`: writes packages/model/openapi.json from the model. Run it after changing a
 * schema; the unit tests fail while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializeOpenApiDocument } from './openapi-document.ts';

/** Where the generated document lives, next to the package it describes. */
export const OPENAPI_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));

const text = serializeOpenApiDocument();
writeFileSync(OPENAPI_FILE, text);
console.log(`Wrote ${OPENAPI_FILE} (${text.length} bytes).`);
