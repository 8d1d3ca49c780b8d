import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { setOwn } from '../common/own-property.js';
import { readRegularFile } from '../common/read-regular-file.js';
import { MAX_CONFIG_BYTES } from '../config/decode-config-text.js';
import type { IntercomConfig } from '../config/config-types.js';
import { parseConfig } from '../config/load-config.js';
import { ConfigError, UserError, type ConfigIssue } from '../errors.js';
import { writeArticleFiles } from '../export/article-files.js';
import { exportResources, type ExportedResources } from '../export/export-resources.js';
import { renderConfigYaml } from '../export/render-config-yaml.js';
import { ALL_FAMILIES, fetchLiveState, managedFamilies, type LiveFamilies } from '../live/live-state.js';
import { IgnoreRules } from '../resources/ignore.js';
import { WorkspaceSession, type SessionRequest } from './workspace-session.js';

export interface ExportRequest extends SessionRequest {
  /** Where the YAML will be written; relative paths in it are made relative to this directory. */
  outputDir?: string;
  /**
   * Writes each article body (per article and language) as a Markdown file under this
   * directory, and points the config at them (`export --articles-dir`).
   */
  articlesDir?: string;
  /** The file the YAML goes to, as the user named it: where problems with it are located. */
  outputFile?: string;
}

export interface ExportResult {
  workspace: string;
  resources: ExportedResources;
  yaml: string;
  /** The Markdown files written under `articlesDir`. */
  articleFiles: string[];
  /**
   * What keeps the exported file from loading as a config: values Intercom accepted that a
   * config refuses, such as a name with a control character. Located in the exported text.
   */
  problems: ConfigIssue[];
}

/**
 * The live workspace as a config file that plans to no changes against the same
 * workspace. It keeps the source file's `workspaces:` block as written (tokens stay
 * `${VAR}` references) so the result can be planned and applied at once.
 */
export async function exportWorkspace(request: ExportRequest): Promise<ExportResult> {
  const outputDir = request.outputDir ?? process.cwd();
  if (request.articlesDir !== undefined) {
    // A config reads article files only from its own folder and below (articles/files.ts).
    const rel = relative(outputDir, resolve(request.articlesDir));
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new UserError(`--articles-dir ${request.articlesDir} is outside ${relative(process.cwd(), outputDir) || '.'}, the folder the config is written to`, {
        hint: 'A config reads article files only from its own folder and below: choose an --articles-dir inside it (e.g. articles).',
      });
    }
  }
  const session = await WorkspaceSession.open(request);
  try {
    const live = await fetchLiveState(session.connection.api, familiesToExport(session.loaded.config));
    const { ignore } = session.loaded.config;
    const resources = exportResources(live, { ignore: new IgnoreRules(ignore), articleFiles: request.articlesDir !== undefined });
    const articleFiles = request.articlesDir === undefined ? [] : await writeArticleFiles(resources, request.articlesDir, outputDir);
    const workspaces = await rawWorkspaces(request.configFile, session.loaded.dir, outputDir);
    const document: Record<string, unknown> = {
      version: 1,
      api_version: session.loaded.config.api_version,
      default_workspace: session.workspace.name,
      workspaces,
      // Kept, so that planning the export with --prune leaves the ignored objects alone too.
      ...(ignore !== undefined ? { ignore } : {}),
      ...resources,
    };
    const yaml = renderConfigYaml(document, outputDir);
    const problems = loadProblems(yaml, request.outputFile ?? 'the exported config', request.env ?? process.env, session.workspace.name);
    return { workspace: session.workspace.name, resources, yaml, articleFiles, problems };
  } finally {
    await session.close();
  }
}

/** The issues a config load would report for the exported text (the same checks `validate` runs offline). */
function loadProblems(yaml: string, file: string, env: Record<string, string | undefined>, workspace: string): ConfigIssue[] {
  try {
    parseConfig(yaml, file, { env, workspace });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
}

/** What the config manages, or everything when it declares no resources at all. */
export function familiesToExport(config: IntercomConfig): LiveFamilies {
  const managed = managedFamilies(config);
  return Object.values(managed).some(Boolean) ? managed : ALL_FAMILIES;
}

async function rawWorkspaces(configFile: string, configDir: string, outputDir: string): Promise<Record<string, unknown>> {
  // The file was just loaded and checked; read it again only for its `workspaces:` as written.
  const raw = parse((await readRegularFile(configFile, MAX_CONFIG_BYTES)).toString('utf8')) as { workspaces?: Record<string, Record<string, unknown>> };
  const out: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(raw.workspaces ?? {})) {
    const copy = { ...entry };
    // Keep an embedded sandbox pointing at the same state and seed files from the new location.
    for (const key of ['sandbox', 'seed']) {
      const path = copy[key];
      if (typeof path !== 'string' || path.includes('${') || isAbsolute(path)) continue;
      copy[key] = relative(outputDir, resolve(configDir, path)).split('\\').join('/') || '.';
    }
    setOwn(out, name, copy);
  }
  return out;
}
