import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderConfigJsonSchema } from '../../src/config/json-schema.js';
import { loadConfig } from '../../src/config/load-config.js';
import { fixtureCases } from './fixture-cases.js';

const REPO = join(import.meta.dirname, '..', '..');
const SCHEMA_FILE = join(REPO, 'schemas', 'intercom.config.schema.json');

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The shipped example plus any config-shaped example (a workflow file has no `workspaces:`). */
function shippedExamples(): string[] {
  const candidates = [join(REPO, 'intercom.config.yaml'), ...yamlFiles(join(REPO, 'examples'))].filter(existsSync);
  return candidates.filter((file) => {
    const data: unknown = parse(readFileSync(file, 'utf8'));
    return data !== null && typeof data === 'object' && 'workspaces' in data;
  });
}

let compiled: ValidateFunction | undefined;
function compileSchema(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  return compiled;
}

describe('schemas/intercom.config.schema.json', () => {
  test('is up to date with the zod schema', () => {
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(committed === renderConfigJsonSchema(), 'schemas/intercom.config.schema.json is stale: run `npm run build && npm run schema`').toBe(true);
  });

  test('is draft-07 and carries descriptions for editor tooltips', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { $schema: string; properties: Record<string, { description?: string }> };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    for (const [key, property] of Object.entries(schema.properties)) {
      expect(property.description, `top-level key ${key}`).toMatch(/\w/);
    }
  });

  const examples = shippedExamples();
  test.each(examples.map((file) => [file.slice(REPO.length + 1), file]))('shipped example %s validates and loads', async (_name, file) => {
    const validate = compileSchema();
    const valid = validate(parse(readFileSync(file, 'utf8'), { merge: true }));
    expect(validate.errors ?? [], 'JSON Schema errors').toEqual([]);
    expect(valid).toBe(true);
    // Tokens of workspaces not in use may be unset, so an empty environment must do.
    await expect(loadConfig(file, { env: {} })).resolves.toMatchObject({ config: { version: 1 } });
  });

  test.each(fixtureCases('valid').map((c) => [c.name, c]))('valid fixture %s validates', (_name, fixture) => {
    const validate = compileSchema();
    const valid = validate(parse(readFileSync(fixture.file, 'utf8'), { merge: true }));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  // Shape errors must show up in the editor too, not only in `validate`.
  test.each([
    'unknown-top-level-key',
    'unknown-workspace-key',
    'unknown-locale',
    'collection-icon-not-configurable',
    'unknown-region',
    'unknown-data-type',
    'api-version-too-old',
    'api-version-unquoted-number',
    'version-2',
    'attributes-as-mapping',
    'name-as-number',
    'name-too-long',
    'missing-data-type',
    'missing-workspaces',
    'invalid-workspace-name',
  ])('invalid fixture %s is rejected by the JSON Schema too', (name) => {
    const fixture = fixtureCases('invalid').find((c) => c.name === name);
    expect(fixture, name).toBeDefined();
    const validate = compileSchema();
    expect(validate(parse(readFileSync(fixture?.file ?? '', 'utf8')))).toBe(false);
  });
});
