/** Reading and validating a seed (YAML or JSON file, or an object given in code). */
import { createHash } from 'node:crypto';
import { parseDocument } from 'yaml';
import { SandboxError } from './sandbox-error.js';
import { FileReadError, readRegularFile } from '../common/read-regular-file.js';
import { findExpansionOverflow, MAX_EXPANDED_NODES } from '../common/yaml-expansion.js';
import { sandboxSeedSchema } from './seed-schema.js';
import type { SandboxSeed } from './seed-schema.js';

export const INLINE_SEED_SOURCE = 'The sandbox seed';

export function seedFileSource(file: string): string {
  return `The sandbox seed file ${file}`;
}

/** Seeds are small; a bigger file is almost certainly the wrong one. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

/** Reads and validates a seed file; every error names the file. */
export async function loadSeedFile(file: string): Promise<SandboxSeed> {
  let text: string;
  try {
    text = (await readRegularFile(file, MAX_SEED_BYTES)).toString('utf8');
  } catch (error) {
    const reason = error instanceof FileReadError ? error.reason : (error as Error).message;
    throw new SandboxError(`Cannot read the sandbox seed file ${file}: ${reason}`, { cause: error });
  }
  let data: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both formats.
    data = parseSeedText(text);
  } catch (error) {
    throw new SandboxError(`${seedFileSource(file)} is not valid YAML or JSON: ${(error as Error).message}`);
  }
  return validateSeed(data ?? {}, seedFileSource(file));
}

function parseSeedText(text: string): unknown {
  const doc = parseDocument(text);
  const [problem] = doc.errors;
  if (problem) throw problem;
  const overflow = findExpansionOverflow(doc);
  if (overflow) throw new Error(`it expands to more than ${MAX_EXPANDED_NODES} values through aliases (*name)`);
  return doc.toJS({ maxAliasCount: 100 });
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

/**
 * What a seed means, hashed: keys in any order, comments and YAML-or-JSON spelling make no
 * difference, so only a change that would seed something else counts as a change.
 */
export function seedHash(seed: SandboxSeed): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  };
  return createHash('sha256').update(JSON.stringify(canonical(seed))).digest('hex');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}
