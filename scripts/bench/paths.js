// @ts-check
/** Where the benchmark finds the built package (run `npm run build` first). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/run.js', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const DIST_SANDBOX = fileURLToPath(new URL('../../dist/sandbox/index.js', import.meta.url));

/**
 * The library as published: the compiled `dist/`, never the TypeScript sources (whose
 * types it has).
 * @returns {Promise<import('./types.js').Lib>}
 */
export async function loadLibrary() {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  return import(DIST);
}

/**
 * The sandbox entry point (`intercom-config/sandbox`), compiled.
 * @returns {Promise<typeof import('../../src/sandbox/index.js')>}
 */
export async function loadSandbox() {
  if (!existsSync(DIST_SANDBOX)) throw new Error('dist/ is missing: run `npm run build` first');
  return import(DIST_SANDBOX);
}
