/**
 * Validators for the responses of our endpoints, built from the committed structure-only
 * extract of Intercom's 2.14 OpenAPI description. Objects are closed (no undeclared keys)
 * so an extra or misspelled field fails; the documented deviations are applied as patches.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { DEVIATIONS, UNDOCUMENTED_STATUS_SCHEMA } from './deviations.js';
import type { JsonSchema, SchemaDeviation } from './deviations.js';

export const EXTRACT_FILE = new URL('./openapi-2.14.extract.json', import.meta.url);

interface OperationExtract {
  operationId: string;
  requestBody?: JsonSchema;
  responses: Record<string, JsonSchema | null>;
}

export interface OpenApiExtract {
  paths: Record<string, Record<string, OperationExtract>>;
  components: { schemas: Record<string, JsonSchema> };
}

export function loadExtract(): OpenApiExtract {
  return JSON.parse(readFileSync(EXTRACT_FILE, 'utf8')) as OpenApiExtract;
}

/**
 * OpenAPI 3.0 → JSON Schema for ajv: `nullable` beside `$ref` becomes anyOf; objects are
 * closed. Composition needs care, since ajv closes each object on its own properties:
 * `allOf` members beside `properties` (e.g. `article` = statistics + article_list_item)
 * are merged into one object, and the property names of `oneOf`/`anyOf` branches (e.g.
 * `data_type` and `options` of create_data_attribute_request) are declared on the parent,
 * the branches left open to check only what they constrain.
 */
function toAjvSchema(schema: JsonSchema, schemas: Record<string, JsonSchema>, close = true): JsonSchema {
  const merged = mergeAllOf(schema, schemas);
  const out: JsonSchema = { ...merged };
  const branches = ['oneOf', 'anyOf'].flatMap((key) => (Array.isArray(merged[key]) ? (merged[key] as JsonSchema[]) : []));
  if (merged['properties'] || branches.some((b) => b['properties'])) {
    const properties: Record<string, JsonSchema> = Object.fromEntries(
      Object.entries((merged['properties'] ?? {}) as Record<string, JsonSchema>).map(([name, sub]) => [name, toAjvSchema(sub, schemas)]),
    );
    for (const branch of branches) for (const name of Object.keys(branch['properties'] ?? {})) properties[name] ??= {};
    out['properties'] = properties;
    if (close && out['additionalProperties'] === undefined) out['additionalProperties'] = false;
  }
  if (merged['items']) out['items'] = toAjvSchema(merged['items'], schemas);
  if (typeof merged['additionalProperties'] === 'object') out['additionalProperties'] = toAjvSchema(merged['additionalProperties'], schemas);
  for (const key of ['oneOf', 'anyOf']) {
    if (Array.isArray(merged[key])) out[key] = (merged[key] as JsonSchema[]).map((branch) => toAjvSchema(branch, schemas, false));
  }
  if (Array.isArray(merged['allOf'])) out['allOf'] = (merged['allOf'] as JsonSchema[]).map((member) => toAjvSchema(member, schemas));
  if (out['$ref'] && out['nullable'] === true && out['type'] === undefined) {
    const { nullable: _nullable, ...rest } = out;
    return { anyOf: [{ type: 'null' }, rest] };
  }
  return out;
}

/** Inlines `allOf` members into a schema that also has its own properties. */
function mergeAllOf(schema: JsonSchema, schemas: Record<string, JsonSchema>): JsonSchema {
  if (!Array.isArray(schema['allOf']) || !schema['properties']) return schema;
  const { allOf, ...rest } = schema;
  const out: JsonSchema = { ...rest, properties: { ...rest['properties'] }, required: [...(rest['required'] ?? [])] };
  for (const member of allOf as JsonSchema[]) {
    const name = typeof member['$ref'] === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(member['$ref'])?.[1] : undefined;
    const resolved = mergeAllOf(name ? (schemas[name] ?? {}) : member, schemas);
    Object.assign(out['properties'], resolved['properties'] ?? {});
    out['required'].push(...(resolved['required'] ?? []));
  }
  if (out['required'].length === 0) delete out['required'];
  return out;
}

function mapSchemas(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, toAjvSchema(schema, schemas)]));
}

export interface ResponseValidator {
  operationId: string;
  /** Whether the operation documents this status (else the shared error schema is used). */
  documented: boolean;
  validate: ValidateFunction;
}

export class OpenApiValidator {
  private readonly ajv: Ajv;
  private readonly extract: OpenApiExtract;
  private readonly cache = new Map<string, ResponseValidator>();
  private readonly schemas: Record<string, JsonSchema>;

  /** `deviations` defaults to the documented list; tests pass fewer to prove each is needed. */
  constructor(extract: OpenApiExtract = loadExtract(), deviations: readonly SchemaDeviation[] = DEVIATIONS) {
    this.extract = extract;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    (addFormatsModule as unknown as FormatsPlugin)(this.ajv, ['uuid', 'date-time']);
    // Intercom marks integer Unix timestamps with this non-standard format.
    this.ajv.addFormat('timestamp', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    const schemas = structuredClone(extract.components.schemas);
    for (const deviation of deviations) {
      const target = schemas[deviation.schema];
      if (!target) throw new Error(`Deviation targets unknown schema ${deviation.schema}`);
      deviation.patch(target);
    }
    this.schemas = schemas;
    this.ajv.addSchema({ $id: 'intercom-2.14', components: { schemas: mapSchemas(schemas) } });
  }

  /** The validator for a response of `method path` (OpenAPI path template) with `status`. */
  response(pathTemplate: string, method: string, status: number): ResponseValidator {
    const key = `${method} ${pathTemplate} ${status}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const operation = this.extract.paths[pathTemplate]?.[method.toLowerCase()];
    if (!operation) throw new Error(`The extract has no ${method} ${pathTemplate}`);
    const documentedSchema = operation.responses[String(status)];
    const documented = documentedSchema !== undefined && documentedSchema !== null;
    if (!documented && status < 400) throw new Error(`${operation.operationId} documents no ${status} response`);
    const schema = documented ? documentedSchema : { $ref: `#/components/schemas/${UNDOCUMENTED_STATUS_SCHEMA}` };
    const validator = { operationId: operation.operationId, documented, validate: this.ajv.compile(this.resolveRefs(schema)) };
    this.cache.set(key, validator);
    return validator;
  }

  /** The validator for the request body of `method path`, when the operation has one. */
  request(pathTemplate: string, method: string): ValidateFunction | undefined {
    const schema = this.extract.paths[pathTemplate]?.[method.toLowerCase()]?.requestBody;
    return schema ? this.ajv.compile(this.resolveRefs(schema)) : undefined;
  }

  errorsText(validate: ValidateFunction): string {
    return this.ajv.errorsText(validate.errors, { separator: '\n' });
  }

  private resolveRefs(schema: JsonSchema): JsonSchema {
    return JSON.parse(JSON.stringify(toAjvSchema(schema, this.schemas)).replaceAll('"#/components/', '"intercom-2.14#/components/'));
  }
}
