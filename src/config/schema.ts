import * as z from 'zod';
import { BugError } from '../errors.js';
import { ignoreSectionSchema } from '../resources/ignore.js';
import { KINDS, type RegisteredKind } from '../resources/registry.js';
import { SUPPORTED_API_VERSIONS } from './api-versions.js';
import { DEFAULT_API_VERSION, REGIONS } from './config-types.js';
import { switchesSchema } from './sandbox-switches.js';

/**
 * The shape of `intercom.config.yaml`, after `${NAME}` interpolation: the settings below,
 * then each resource kind's section (its `schema.ts` under src/resources/), in registry order.
 * Field-local rules live in the schemas (types, enums, lengths, unknown keys); rules that
 * compare several values (duplicates, references, exclusive fields) are in `rules/` and in
 * each kind. The descriptions become the editor tooltips of
 * `schemas/intercom.config.schema.json`.
 */

export const WORKSPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const WORKSPACE_NAME_RULE = 'workspace names use letters, digits, ".", "_" and "-", starting with a letter or digit';

export const workspaceSchema = z
  .strictObject({
    region: z
      .enum(REGIONS)
      .optional()
      .describe('Intercom data-hosting region of the workspace: us (api.intercom.io, the default), eu or au. Not allowed together with url.'),
    url: z
      .string()
      .min(1)
      .optional()
      .describe('API base URL, overriding region (e.g. a proxy or a test double). Must be https, except for loopback hosts (localhost, 127.0.0.1, ::1).'),
    token: z
      .string()
      .optional()
      .describe('Access token, always as an environment reference such as ${INTERCOM_TOKEN_STAGING}, never the token itself. Defaults to ${INTERCOM_TOKEN}.'),
    sandbox: z
      .string()
      .min(1)
      .optional()
      .describe('Run against the embedded local sandbox instead of Intercom; its state is kept in this file (relative to the config file). Excludes region, url and token.'),
    seed: z
      .string()
      .min(1)
      .optional()
      .describe('Sandbox only: a seed file (YAML or JSON) with the help centers, ticket states and objects a new sandbox starts with; used only while the state file does not exist yet.'),
    switches: switchesSchema.optional(),
  })
  .describe('Where to apply the configuration: an Intercom workspace (region or url, plus token) or a local sandbox.');

export const configSchema = z
  .strictObject({
    version: z.literal(1, { error: (issue) => (issue.input === '1' ? undefined : 'must be 1, the only format version of this file') }).default(1).describe('Format version of this file. Always 1.'),
    api_version: z
      .enum(SUPPORTED_API_VERSIONS, {
        // Numbers (api_version: 2.14 unquoted) fall through to the generic "put it in quotes" message.
        error: (issue) =>
          typeof issue.input === 'string'
            ? `Intercom API version ${JSON.stringify(issue.input)} is not supported; use one of ${SUPPORTED_API_VERSIONS.join(', ')} (ticket states need 2.12 or later)`
            : undefined,
      })
      .default(DEFAULT_API_VERSION)
      .describe('Intercom API version sent as the Intercom-Version header, quoted (e.g. "2.14"). 2.12 or later: ticket states need it.'),
    default_workspace: z.string().min(1).optional().describe('Workspace used when --workspace is not given.'),
    prune: z
      .boolean()
      .optional()
      .describe(
        'Archive live ticket types, attributes (of the types that list `attributes:`) and custom data attributes (of the models declared here) that are not in this file (collections are deleted only with --allow-delete).',
      ),
    workspaces: z
      .record(z.string().regex(WORKSPACE_NAME, { error: WORKSPACE_NAME_RULE }), workspaceSchema)
      .describe('Named targets, selected with --workspace. At least one.'),
    ignore: ignoreSectionSchema(),
    ...kindSections(),
  })
  .meta({
    title: 'intercom-config configuration',
    description: 'intercom.config.yaml: the ticket types and their attributes, ticket states, data attributes, help-center collections and articles an Intercom workspace should have.',
  });

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every kind's top-level keys, as one shape. */
type KindSections = UnionToIntersection<RegisteredKind['section']>;

function kindSections(): KindSections {
  return composeSections(KINDS) as KindSections;
}

/**
 * The kinds' sections as one shape, in the kinds' order. Kinds that share a key (e.g.
 * `help_center:` for collections and, later, articles) each give it as an optional object;
 * their keys are merged into one object, described as the first kind describes it.
 */
export function composeSections(kinds: readonly { section: z.ZodRawShape }[]): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const kind of kinds) {
    for (const [key, schema] of Object.entries(kind.section) as [string, z.ZodType][]) {
      const earlier = shape[key];
      shape[key] = earlier === undefined ? schema : mergeOptionalObjects(key, earlier, schema);
    }
  }
  return shape;
}

function mergeOptionalObjects(key: string, a: z.ZodType, b: z.ZodType): z.ZodType {
  const objectOf = (schema: z.ZodType) => (schema instanceof z.ZodOptional && schema.unwrap() instanceof z.ZodObject ? (schema.unwrap() as z.ZodObject) : undefined);
  const [x, y] = [objectOf(a), objectOf(b)];
  if (!x || !y) throw new BugError(`two resource kinds declare \`${key}:\`; a shared key must be an optional object in both`);
  const merged = x.extend(y.shape).optional();
  return a.description === undefined ? merged : merged.describe(a.description);
}

/** The validated config, as the rest of the library sees it: inferred from the schema, never written twice. */
export type IntercomConfig = z.output<typeof configSchema>;
export type WorkspaceConfig = z.output<typeof workspaceSchema>;
