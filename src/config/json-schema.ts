import * as z from 'zod';
import { configSchema } from './schema.js';

/** `${NAME}` may stand in for any text, including an enum value such as `region: ${REGION}`. */
const REFERENCE_PATTERN = '\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}';

type Json = Record<string, unknown>;

// Enum fields accept their values or a text containing an environment reference.
function allowReferences(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(allowReferences);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as Json;
  if (schema['type'] === 'string' && Array.isArray(schema['enum'])) {
    const values = schema['enum'];
    delete schema['type'];
    delete schema['enum'];
    schema['anyOf'] = [
      { type: 'string', enum: values },
      { type: 'string', pattern: REFERENCE_PATTERN, description: 'A value read from the environment with ${NAME}.' },
    ];
    return;
  }
  Object.values(schema).forEach(allowReferences);
}

/**
 * JSON Schema (draft-07, which yaml-language-server and most editors support) of what
 * users write in the file: defaults are not required, descriptions become tooltips.
 */
export function buildConfigJsonSchema(): Json {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input' }) as Json;
  allowReferences(schema);
  return schema;
}

/** The exact text of `schemas/intercom.config.schema.json`. */
export function renderConfigJsonSchema(): string {
  return `${JSON.stringify(buildConfigJsonSchema(), null, 2)}\n`;
}
