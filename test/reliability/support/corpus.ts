/**
 * The invalid-config corpus (test/fixtures/config/invalid, shared with the config tests),
 * prepared to run through the CLI against an external sandbox.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fixtureCases, type FixtureCase } from '../../config/fixture-cases.js';

const SANDBOX_LINE = Buffer.from('    sandbox: .intercom/sandbox.json\n');

/**
 * Cases whose error is about the `sandbox:` line itself: pointing them at the external
 * sandbox would change the error, so they run as written (and the network guard proves
 * that no embedded sandbox was started either).
 */
export const KEEP_AS_WRITTEN = new Set(['sandbox-with-remote-settings', 'switch-unknown-value']);

export interface CorpusCase extends FixtureCase {
  /** The file's bytes with the workspace pointed at `sandboxUrl` (same line numbers). */
  bytes: Buffer;
  /** What `loadConfig` reports, for a config passed as `intercom.config.yaml`. */
  expectedErrors: string;
  /** Secret-like values in the case (literal tokens in the file, *TOKEN* variables). */
  secrets: string[];
  /** Other files of the case the config points at (article Markdown), by path relative to it. */
  files: { path: string; bytes: Buffer }[];
}

/** The commands that must refuse bad input; the corpus takes them in turn. */
export const COMMANDS = [['validate'], ['plan'], ['apply', '--auto-approve']] as const;

/** Cases run through all three commands (and through the real binary). */
export const SAMPLE_FOR_ALL_COMMANDS = ['yaml-unclosed-quote', 'unknown-attribute-key-camel-case', 'literal-token'];

export function corpusCases(): FixtureCase[] {
  return fixtureCases('invalid');
}

/** The case as run: pointed at `sandboxUrl` where it has a `sandbox:` line. */
export function prepareCase(fixture: FixtureCase, sandboxUrl: string): CorpusCase {
  const original = readFileSync(join(fixture.dir, 'intercom.config.yaml'));
  const bytes = KEEP_AS_WRITTEN.has(fixture.name) ? original : replaceLine(original, Buffer.from(`    url: ${sandboxUrl}\n`));
  const expectedFile = join(fixture.dir, 'expected-errors.txt');
  // Messages name the config and the files next to it relative to where the CLI runs.
  const expectedErrors = existsSync(expectedFile)
    ? readFileSync(expectedFile, 'utf8').split(`${dirname(fixture.file)}${sep}`).join('').replace(/\n$/, '')
    : '';
  return { ...fixture, bytes, expectedErrors, secrets: secretsOf(fixture, original), files: sideFiles(fixture.dir) };
}

const CASE_FILES = new Set(['intercom.config.yaml', 'expected-errors.txt', 'env.json']);

function sideFiles(dir: string, prefix = ''): { path: string; bytes: Buffer }[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return sideFiles(dir, path);
    return CASE_FILES.has(path) ? [] : [{ path, bytes: readFileSync(join(dir, path)) }];
  });
}

function replaceLine(bytes: Buffer, replacement: Buffer): Buffer {
  const at = bytes.indexOf(SANDBOX_LINE);
  if (at < 0) return bytes;
  return Buffer.concat([bytes.subarray(0, at), replacement, bytes.subarray(at + SANDBOX_LINE.length)]);
}

function secretsOf(fixture: FixtureCase, bytes: Buffer): string[] {
  const fromEnv = Object.entries(fixture.env)
    .filter(([name, value]) => /TOKEN/.test(name) && value.trim() !== '')
    .map(([, value]) => value.trim());
  const literal = [...bytes.toString('latin1').matchAll(/^\s*token:\s*([^\s$#][^\s#]*)\s*$/gm)].map((m) => m[1]!);
  return [...fromEnv, ...literal];
}

/** The preload that records network use of the CLI (see network-guard.mjs). */
export const NETWORK_GUARD = resolve(import.meta.dirname, 'network-guard.mjs');
