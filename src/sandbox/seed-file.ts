/** Reading and validating a seed (YAML or JSON file, or an object given in code). */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { SandboxError } from './sandbox-error.js';
import { sandboxSeedSchema } from './seed-schema.js';
import type { SandboxSeed } from './seed-schema.js';

export const INLINE_SEED_SOURCE = 'The sandbox seed';

export function seedFileSource(file: string): string {
  return `The sandbox seed file ${file}`;
}

/** Reads and validates a seed file; every error names the file. */
export async function loadSeedFile(file: string): Promise<SandboxSeed> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SandboxError(`Cannot read the sandbox seed file ${file}: ${(error as Error).message}`, { cause: error });
  }
  let data: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both formats.
    data = parseYaml(text);
  } catch (error) {
    throw new SandboxError(`${seedFileSource(file)} is not valid YAML or JSON: ${(error as Error).message}`);
  }
  return validateSeed(data ?? {}, seedFileSource(file));
}

/** Checks a seed's shape; the error lists the offending keys, e.g. `ticket_states[0].category`. */
export function validateSeed(data: unknown, source = INLINE_SEED_SOURCE): SandboxSeed {
  const result = sandboxSeedSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 5).map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  throw new SandboxError(`${source} is invalid:\n${lines.join('\n')}`, {
    hint: 'See the seed format in the sandbox command help (intercom-config sandbox --help).',
  });
}

/** A problem found while applying a well-formed seed (unknown reference, nesting too deep…). */
export function seedError(source: string, where: string, message: string): SandboxError {
  return new SandboxError(`${source} is invalid:\n  ${where}: ${message}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}
