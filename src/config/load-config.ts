import { dirname, resolve } from 'node:path';
import { ConfigError, ConfigFileMissingError, UserError, type ConfigIssue, type SourceLocation } from '../errors.js';
import { configMeaningHash } from './config-hash.js';
import type { IntercomConfig } from './config-types.js';
import { checkSize, decodeConfigBytes, MAX_CONFIG_BYTES } from './decode-config-text.js';
import type { ConfigPath, Finding } from './parts/findings.js';
import { expandReferences, interpolateEnv, type UnresolvedValue } from './interpolate-env.js';
import { parseYamlText } from './parse-yaml.js';
import { pickWorkspaceName } from './pick-workspace.js';
import { isRecord, type Loose } from './parts/loose.js';
import { runRules } from './rules/run-rules.js';
import { KINDS } from '../resources/registry.js';
import type { FileContext } from '../resources/kind.js';
import { configSchema } from './schema.js';
import type { SourceLocator } from './source-locator.js';
import { GENERATED, zodIssuesToFindings } from './zod-issues.js';
import { FileReadError, readRegularFile } from '../common/read-regular-file.js';

export type { UnresolvedValue } from './interpolate-env.js';

/** The config file commands read when none is named. */
export const DEFAULT_CONFIG_FILE = 'intercom.config.yaml';

export interface LoadedConfig {
  /** Validated, env-interpolated, defaults applied (api_version "2.14", version 1). */
  config: IntercomConfig;
  /** Path as given (used in messages). */
  file: string;
  /** Absolute directory of the file; sandbox paths resolve against it. */
  dir: string;
  /** What the file means for `workspace` (config-hash.ts): comments and layout do not change it. */
  hash: string;
  /** The workspace whose environment variables were required while loading (undefined: none could be chosen). */
  workspace: string | undefined;
  /** Values of other workspaces left out because their environment variables are unset. */
  unresolved: UnresolvedValue[];
  /** Line/column (1-based) of the value at `path`; the nearest existing ancestor if that node is missing. */
  locate(path: (string | number)[]): SourceLocation | undefined;
  /** Where values and keys sit in the file, for messages found after loading. */
  locator: SourceLocator;
}

export interface LoadConfigOptions {
  env?: Record<string, string | undefined>;
  /** The workspace about to be used; unset variables of other workspaces are then not errors. */
  workspace?: string;
}

/** Reads, parses and validates a config file; throws one ConfigError listing every problem. */
export async function loadConfig(file: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(file, MAX_CONFIG_BYTES);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    if (error.code === 'EFBIG') throw new ConfigError(toIssues([checkSize(error.size ?? MAX_CONFIG_BYTES + 1) as Finding], file, undefined));
    if (error.code === 'ENOTREG') {
      throw new UserError(`${file} is ${error.what}, not a config file`, { hint: 'Pass the YAML file itself with --config FILE.' });
    }
    if (error.code === 'ENOENT') throw new ConfigFileMissingError(file, { cause: error });
    throw new UserError(`Cannot read the config file ${file}: ${error.reason}`, {
      hint: 'Pass the right file with --config FILE.',
      cause: error,
    });
  }
  const loaded = parseConfig(bytes, file, options);
  await readConfigFiles(loaded);
  return loaded;
}

/** Article bodies are Markdown files of at most this size. */
export const MAX_CONTENT_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Reads the files the config points at (article bodies) into it, through each kind that has
 * any; throws one ConfigError listing every problem (a missing file, a relative image), so a
 * bad file still sends nothing. `loadConfig` does this; configs parsed from text do not.
 */
export async function readConfigFiles(loaded: LoadedConfig): Promise<void> {
  const context: FileContext = {
    dir: loaded.dir,
    file: loaded.file,
    read: async (path) => stripBom(decodeUtf8(await readRegularFile(path, MAX_CONTENT_FILE_BYTES), path)),
  };
  const findings: Finding[] = [];
  for (const kind of KINDS) {
    if ('readFiles' in kind && kind.readFiles) findings.push(...(await kind.readFiles(loaded.config, context)));
  }
  if (findings.length > 0) throw new ConfigError(toIssues(findings, loaded.file, loaded.locator));
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
  } catch (error) {
    throw new FileReadError(path, 'EILSEQ', '', 'it is not UTF-8 text; save it as UTF-8', { cause: error });
  }
}

function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Same as loadConfig, from text or bytes already in memory. */
export function parseConfig(input: string | Uint8Array, file: string, options: LoadConfigOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded = decodeConfigBytes(bytes);
  if ('finding' in decoded) throw new ConfigError(toIssues([decoded.finding], file, undefined));

  const parsed = parseYamlText(decoded.text, file);
  const { locator } = parsed;
  if (parsed.findings.length > 0 || !isRecord(parsed.data)) throw new ConfigError(toIssues(parsed.findings, file, locator));
  const raw = parsed.data;

  const workspaceNames = isRecord(raw['workspaces']) ? Object.keys(raw['workspaces']) : [];
  const workspace = pickWorkspaceName(options.workspace, defaultWorkspaceOf(raw, env), workspaceNames);
  // Variables of workspaces not in use may be unset: CI for staging need not know production's token.
  const otherWorkspace = (path: ConfigPath) => path[0] === 'workspaces' && path.length >= 3 && path[1] !== workspace;
  const interpolated = interpolateEnv(raw, env, otherWorkspace);
  const data = interpolated.data as Loose;

  const ruleFindings = runRules(raw, data, { locator, workspaceNames });
  const result = configSchema.safeParse(data, { error: () => GENERATED });
  const schemaFindings = result.success
    ? []
    : zodIssuesToFindings(result.error.issues, { schema: configSchema, data, sourceText: (path) => locator.text(path) });
  // A value whose variable is missing is still `${NAME}`; other complaints about it are noise.
  const broken = interpolated.findings.map((f) => JSON.stringify(f.path));
  const findings = [
    ...interpolated.findings,
    ...[...ruleFindings, ...schemaFindings].filter((f) => !broken.includes(JSON.stringify(f.path))),
  ];
  if (findings.length > 0 || !result.success) throw new ConfigError(toIssues(findings, file, locator));

  return {
    config: result.data,
    file,
    dir: dirname(resolve(file)),
    hash: configMeaningHash(result.data, workspace),
    workspace,
    unresolved: interpolated.unresolved,
    locate: (path) => locator.value(path),
    locator,
  };
}

function defaultWorkspaceOf(raw: Loose, env: Record<string, string | undefined>): string | undefined {
  const value = raw['default_workspace'];
  if (typeof value !== 'string') return undefined;
  const expanded = expandReferences(value, env);
  return expanded.ok && expanded.missing.length === 0 ? expanded.value : undefined;
}

/** Findings → located issues, sorted by position, without repeats. */
function toIssues(findings: Finding[], file: string, locator: SourceLocator | undefined): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const location: SourceLocation | undefined = finding.position
      ? { file: finding.file ?? file, ...finding.position }
      : finding.at === 'key'
        ? locator?.key(finding.path)
        : locator?.value(finding.path);
    const key = `${location?.line}:${location?.column}:${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(location ? { location, path: finding.path, message: finding.message } : { path: finding.path, message: finding.message });
  }
  return issues.sort(
    (a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}
