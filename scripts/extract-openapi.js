#!/usr/bin/env node
/**
 * Extracts the structure (never the prose) of Intercom's OpenAPI description for the
 * endpoints intercom-config uses, so the sandbox conformance suite can validate responses
 * on a clone without ../shared. Kept: paths, methods, status codes, schema references and
 * the structural JSON-schema keywords. Dropped: descriptions, examples, titles, defaults.
 *
 *   node scripts/extract-openapi.js [SPEC.yaml] [OUT.json]
 *
 * Defaults: ../shared/intercom-openapi/api.intercom.io-2.14.yaml →
 * test/conformance/openapi-2.14.extract.json. `extractOpenApi(text)` is exported for the
 * test that checks the committed extract is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Our endpoints: OpenAPI path → methods. */
export const OPERATIONS = {
  '/ticket_types': ['get', 'post'],
  '/ticket_types/{ticket_type_id}': ['get', 'put'],
  '/ticket_types/{ticket_type_id}/attributes': ['post'],
  '/ticket_types/{ticket_type_id}/attributes/{attribute_id}': ['put'],
  '/ticket_states': ['get'],
  '/help_center/help_centers': ['get'],
  '/help_center/help_centers/{help_center_id}': ['get'],
  '/help_center/collections': ['get', 'post'],
  '/help_center/collections/{collection_id}': ['get', 'put', 'delete'],
  '/data_attributes': ['get', 'post'],
  '/data_attributes/{data_attribute_id}': ['put'],
  '/articles': ['get', 'post'],
  '/articles/{article_id}': ['get', 'put', 'delete'],
  '/admins': ['get'],
  '/admins/{admin_id}': ['get'],
};

const STRUCTURAL_KEYS = [
  'type',
  'properties',
  'items',
  'required',
  'enum',
  'nullable',
  '$ref',
  'allOf',
  'oneOf',
  'anyOf',
  'additionalProperties',
  'format',
];

const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

/** Returns the extract as a plain object with deterministic key order. */
export function extractOpenApi(specText) {
  const spec = parse(specText);
  const schemas = spec?.components?.schemas ?? {};
  const needed = new Set();
  const paths = {};

  for (const [path, methods] of Object.entries(OPERATIONS)) {
    const item = spec.paths?.[path];
    if (!item) throw new Error(`The spec has no path ${path}`);
    paths[path] = {};
    for (const method of methods) {
      const op = item[method];
      if (!op) throw new Error(`The spec has no ${method.toUpperCase()} ${path}`);
      const responses = {};
      for (const status of Object.keys(op.responses ?? {}).sort()) {
        const schema = op.responses[status]?.content?.['application/json']?.schema;
        responses[status] = schema ? structural(schema, needed) : null;
      }
      const requestSchema = op.requestBody?.content?.['application/json']?.schema;
      paths[path][method] = {
        operationId: op.operationId,
        ...(requestSchema ? { requestBody: structural(requestSchema, needed) } : {}),
        responses,
      };
    }
  }

  const components = {};
  const queue = [...needed];
  while (queue.length > 0) {
    const name = queue.shift();
    if (name in components) continue;
    const source = schemas[name];
    if (!source) throw new Error(`The spec has no components.schemas.${name}`);
    const before = new Set(needed);
    components[name] = structural(source, needed);
    for (const added of needed) if (!before.has(added)) queue.push(added);
  }

  return {
    source: 'intercom/Intercom-OpenAPI api.intercom.io-2.14.yaml (structure only)',
    openapi: spec.openapi,
    paths,
    components: { schemas: sortKeys(components) },
  };
}

/** Copies only structural keywords, recording every referenced component. */
function structural(schema, needed) {
  if (Array.isArray(schema)) return schema.map((s) => structural(s, needed));
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const key of STRUCTURAL_KEYS) {
    if (!(key in schema)) continue;
    const value = schema[key];
    if (key === '$ref') {
      const match = SCHEMA_REF.exec(value);
      if (!match) throw new Error(`Unsupported $ref ${value}`);
      needed.add(match[1]);
      out[key] = value;
    } else if (key === 'properties') {
      const props = {};
      for (const name of Object.keys(value).sort()) props[name] = structural(value[name], needed);
      out[key] = props;
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = structural(value, needed);
    } else if (key === 'allOf' || key === 'oneOf' || key === 'anyOf') {
      out[key] = value.map((s) => structural(s, needed));
    } else {
      out[key] = value;
    }
  }
  return out;
}

function sortKeys(record) {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
}

export function renderExtract(extract) {
  return `${JSON.stringify(extract, null, 2)}\n`;
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const specFile = process.argv[2] ?? resolve(root, '../shared/intercom-openapi/api.intercom.io-2.14.yaml');
  const outFile = process.argv[3] ?? resolve(root, 'test/conformance/openapi-2.14.extract.json');
  const extract = extractOpenApi(readFileSync(specFile, 'utf8'));
  writeFileSync(outFile, renderExtract(extract));
  const count = Object.keys(extract.components.schemas).length;
  process.stderr.write(`Wrote ${outFile} (${count} component schemas)\n`);
}
