import * as z from 'zod';
import {
  ATTRIBUTE_DATA_TYPES,
  DEFAULT_API_VERSION,
  LOCALES,
  REGIONS,
  TICKET_STATE_CATEGORIES,
  TICKET_TYPE_CATEGORIES,
  type DesiredCollection,
  type IntercomConfig,
} from './config-types.js';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, SUPPORTED_API_VERSIONS } from './api-versions.js';
import { nameCharacterProblem } from './name-characters.js';

/**
 * The shape of `intercom.config.yaml`, after `${NAME}` interpolation. Field-local rules
 * live here (types, enums, lengths, unknown keys); rules that compare several values
 * (duplicates, references, exclusive fields) are in `rules/`. The descriptions become
 * the editor tooltips of `schemas/intercom.config.schema.json`.
 */

export const WORKSPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const WORKSPACE_NAME_RULE = 'workspace names use letters, digits, ".", "_" and "-", starting with a letter or digit';

const noSurroundingSpace = (text: string): boolean => text.trim() === text;
const SPACE_MESSAGE = 'starts or ends with spaces; Intercom trims them, so the value would never match what is live. Remove the spaces';

/** Control, bidirectional, invisible and non-breaking characters (see name-characters.ts). */
const safeCharacters = (text: string, ctx: z.RefinementCtx): void => {
  const problem = nameCharacterProblem(text);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
};

/** A name that identifies an object: matching is by exact text, so stray spaces are refused. */
const name = (what: string) =>
  z.string().min(1).max(MAX_NAME_LENGTH).refine(noSurroundingSpace, { error: SPACE_MESSAGE }).superRefine(safeCharacters).describe(what);

/** A name shown to people that does not identify anything. */
const label = () => z.string().min(1).max(MAX_NAME_LENGTH).superRefine(safeCharacters);

const description = (what: string) => z.string().max(MAX_DESCRIPTION_LENGTH).optional().describe(what);

const previousNames = (kind: string) =>
  z
    .array(name('A former name.'))
    .optional()
    .describe(`Former names of this ${kind}. A live ${kind} found under one of them is renamed instead of a new one being created.`);

const scope = z
  .array(z.string().min(1))
  .min(1, { error: 'lists no workspace; name at least one, or remove `workspaces:` to declare this in every workspace' })
  .optional()
  .describe('Declare this only in the listed workspaces (names under `workspaces:`). Leave it out to declare it in every workspace.');

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
  })
  .describe('Where to apply the configuration: an Intercom workspace (region or url, plus token) or a local sandbox.');

export const attributeSchema = z
  .strictObject({
    name: name('Attribute name, unique within its ticket type; identifies the attribute.'),
    previous_names: previousNames('attribute'),
    description: description('Help text shown with the attribute. Intercom requires one when the attribute is created.'),
    data_type: z
      .enum(ATTRIBUTE_DATA_TYPES)
      .describe('Kind of value. Cannot be changed once the attribute exists: to change it, add a new attribute and archive this one.'),
    required_to_create: z.boolean().optional().describe('Teammates must fill it in when creating a ticket.'),
    required_to_create_for_contacts: z.boolean().optional().describe('Customers must fill it in when creating a ticket from the Messenger.'),
    visible_on_create: z.boolean().optional().describe('Shown in the ticket creation form.'),
    visible_to_contacts: z.boolean().optional().describe('Shown to customers.'),
    multiline: z.boolean().optional().describe('string attributes only: a multi-line text box.'),
    list_items: z
      .array(name('An option label. Commas are not allowed (Intercom receives the options as one comma-separated text).'))
      .optional()
      .describe('list attributes only (and required for them): the option labels, in order.'),
    allow_multiple_values: z.boolean().optional().describe('files attributes only: accept more than one file.'),
    archived: z.boolean().optional().describe('Archive the attribute (hidden from new tickets, kept on existing ones); false brings it back.'),
    workspaces: scope,
  })
  .describe('A custom attribute of a ticket type.');

export const ticketTypeSchema = z
  .strictObject({
    name: name('Ticket type name, unique in the workspace; identifies the ticket type.'),
    previous_names: previousNames('ticket type'),
    description: description('What the ticket type is for.'),
    category: z.enum(TICKET_TYPE_CATEGORIES).optional().describe('Customer, Back-office or Tracker (exact spelling).'),
    icon: z.string().min(1).max(MAX_NAME_LENGTH).optional().describe('An emoji, e.g. "🐞".'),
    is_internal: z.boolean().optional().describe('Internal ticket type, not shown to customers (a limited feature in Intercom).'),
    archived: z.boolean().optional().describe('Archive the ticket type; false brings it back. Ticket types cannot be deleted.'),
    states: z
      .array(name('Internal label of a ticket state.'))
      .optional()
      .describe('Internal labels of the ticket states this type should use. Verified only: the API cannot link states.'),
    attributes: z.array(attributeSchema).optional().describe('Custom attributes; the built-in title and description are managed by Intercom.'),
    workspaces: scope,
  })
  .describe('A ticket type, matched to the live one by name (or a previous name).');

export const ticketStateSchema = z
  .strictObject({
    internal_label: name('Label teammates see; unique in the workspace; identifies the state.'),
    external_label: label().optional().describe('Label customers see.'),
    category: z.enum(TICKET_STATE_CATEGORIES).optional().describe('submitted, in_progress, waiting_on_customer or resolved.'),
    workspaces: scope,
  })
  .describe('A ticket state that must exist. Verified only: states are created in Intercom settings, not through the API.');

const groupContent = z
  .strictObject({
    name: label().optional().describe('Name in this language.'),
    description: description('Description in this language.'),
  })
  .meta({ id: 'group_content', description: 'Collection text in one language.' });

export const translatedContentSchema = z
  .strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, groupContent.optional()])) as Record<(typeof LOCALES)[number], z.ZodOptional<typeof groupContent>>)
  .describe('Name and description per locale, for multilingual help centers.');

export const collectionSchema = z
  .strictObject({
    name: name('Collection name, unique among its siblings; identifies the collection.'),
    previous_names: previousNames('collection'),
    previous_path: z
      .array(name('Name of a former ancestor collection.'))
      .optional()
      .describe('Former parent path (collection names from the top level) of a collection that moved; empty for one that was at the top level.'),
    description: description('Collection description.'),
    help_center: z
      .string()
      .min(1)
      .optional()
      .describe('Identifier of the help center (top-level collections only; children inherit it). Default: the workspace\'s default help center.'),
    translated_content: translatedContentSchema.optional(),
    get collections(): z.ZodOptional<z.ZodArray<z.ZodType<DesiredCollection>>> {
      return z.array(collectionSchema).optional().describe('Child collections (at most 3 levels in all).');
    },
    workspaces: scope,
  })
  .meta({ id: 'collection', description: 'A help-center collection, matched by help center, parent path and name.' });

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
      .describe('Archive live ticket types and attributes that are not in this file (collections are deleted only with --allow-delete).'),
    workspaces: z
      .record(z.string().regex(WORKSPACE_NAME, { error: WORKSPACE_NAME_RULE }), workspaceSchema)
      .describe('Named targets, selected with --workspace. At least one.'),
    ticket_states: z.array(ticketStateSchema).optional().describe('Ticket states the workspace must have (verified only).'),
    ticket_types: z.array(ticketTypeSchema).optional().describe('Ticket types and their attributes.'),
    help_center: z
      .strictObject({ collections: z.array(collectionSchema).optional().describe('Top-level collections, each with its children.') })
      .optional()
      .describe('Help-center content structure.'),
  })
  .meta({
    title: 'intercom-config configuration',
    description: 'intercom.config.yaml: the ticket types, attributes, ticket states and help-center collections an Intercom workspace should have.',
  });

// The schema must produce exactly the model the rest of the library uses.
type Parsed = z.output<typeof configSchema>;
const _parsedIsConfig = (parsed: Parsed): IntercomConfig => parsed;
void _parsedIsConfig;
