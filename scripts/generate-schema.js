#!/usr/bin/env node
// Writes schemas/intercom.config.schema.json from the zod schema compiled into dist/.
// Run `npm run build` first; test/config/json-schema.test.ts fails when the file is stale.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'config', 'json-schema.js');
if (!existsSync(compiled)) {
  process.stderr.write('dist/ is missing: run `npm run build` first, then `npm run schema`.\n');
  process.exit(1);
}
const { renderConfigJsonSchema } = await import(pathToFileURL(compiled).href);
const target = join(root, 'schemas', 'intercom.config.schema.json');
await mkdir(dirname(target), { recursive: true });
await writeFile(target, renderConfigJsonSchema());
process.stdout.write(`wrote ${join('schemas', 'intercom.config.schema.json')}\n`);
