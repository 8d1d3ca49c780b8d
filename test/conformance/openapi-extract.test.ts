/**
 * The committed extract must match what scripts/extract-openapi.js produces from
 * Intercom's description in ../shared (when that checkout is present).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXTRACT_FILE } from './openapi-validator.js';

const specFile = fileURLToPath(new URL('../../../shared/intercom-openapi/api.intercom.io-2.14.yaml', import.meta.url));
const specPresent = existsSync(specFile);

interface ExtractScript {
  extractOpenApi(specText: string): unknown;
  renderExtract(extract: unknown): string;
}

describe('OpenAPI extract', () => {
  const title = `is current with ${specFile}${specPresent ? '' : ' (skipped: that file is absent on this checkout)'}`;
  it.skipIf(!specPresent)(title, async () => {
    const script = (await import(new URL('../../scripts/extract-openapi.js', import.meta.url).href)) as ExtractScript;
    const fresh = script.renderExtract(script.extractOpenApi(readFileSync(specFile, 'utf8')));
    const committed = readFileSync(EXTRACT_FILE, 'utf8');
    expect(committed, 'Run `node scripts/extract-openapi.js` to refresh the extract').toBe(fresh);
  });

  it('holds structure only: schema nodes use structural keywords, never prose or examples', () => {
    const extract = JSON.parse(readFileSync(EXTRACT_FILE, 'utf8'));
    const allowed = new Set(['type', 'properties', 'items', 'required', 'enum', 'nullable', '$ref', 'allOf', 'oneOf', 'anyOf', 'additionalProperties', 'format']);
    const seen: string[] = [];
    const walk = (schema: Record<string, any>, where: string): void => {
      for (const key of Object.keys(schema)) if (!allowed.has(key)) seen.push(`${where}.${key}`);
      for (const [name, sub] of Object.entries(schema['properties'] ?? {})) walk(sub as Record<string, any>, `${where}.${name}`);
      if (schema['items']) walk(schema['items'], `${where}[]`);
      if (typeof schema['additionalProperties'] === 'object') walk(schema['additionalProperties'], `${where}{}`);
      for (const key of ['allOf', 'oneOf', 'anyOf']) (schema[key] ?? []).forEach((s: any, i: number) => walk(s, `${where}.${key}[${i}]`));
    };
    for (const [name, schema] of Object.entries(extract.components.schemas)) walk(schema as Record<string, any>, name);
    for (const [path, methods] of Object.entries(extract.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(Object.keys(op).sort()).toEqual(op.requestBody ? ['operationId', 'requestBody', 'responses'] : ['operationId', 'responses']);
        if (op.requestBody) walk(op.requestBody, `${method} ${path} request`);
        for (const [status, schema] of Object.entries(op.responses)) if (schema) walk(schema as Record<string, any>, `${method} ${path} ${status}`);
      }
    }
    expect(seen).toEqual([]);
    expect(Object.keys(extract.paths)).toHaveLength(15);
  });
});
