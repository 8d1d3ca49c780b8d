/**
 * Builds the state of a fresh workspace, optionally from a seed. Seeded objects go through
 * the same model code as API requests, so they get the same defaults (built-in attributes,
 * default states, list option ids).
 */
import { ApiError } from './api-error.js';
import { createCollection } from './model/collections.js';
import { parseListItems } from './model/input-options.js';
import { addAttribute, createTicketType } from './model/ticket-types.js';
import { noteContentIds, seedAdmins, seedArticles, seedDataAttributes } from './initial-content.js';
import { INLINE_SEED_SOURCE, seedError } from './seed-file.js';
import type { CollectionSeed, SandboxSeed, SeedId, TicketStateSeed, TicketTypeSeed } from './seed-schema.js';
import { DEFAULT_HELP_CENTER, DEFAULT_TICKET_STATES, emptyState } from './state.js';
import type { HelpCenterRecord, SandboxState } from './state.js';
import { Workspace } from './workspace.js';
import type { Clock } from './workspace.js';

export interface SeedContext {
  ws: Workspace;
  /** Names the seed in errors. */
  source: string;
  /** Collection ids by help center + parent + name, for `parent:` paths. */
  byPath: Map<string, string>;
}

export function buildInitialState(
  seed: SandboxSeed = {},
  clock: Clock = Date.now,
  source = INLINE_SEED_SOURCE,
): SandboxState {
  const explicitIds = collectExplicitIds(seed, source);
  // Ids handed out by the sandbox start above every id the seed fixes.
  const firstId = Math.max(0, ...[...explicitIds].map(Number)) + 1;
  const ctx: SeedContext = { ws: new Workspace(emptyState(firstId), clock), source, byPath: new Map() };
  seedHelpCenters(ctx, seed);
  seedTicketStates(ctx, seed.ticket_states ?? []);
  seed.ticket_types?.forEach((tt, index) => seedTicketType(ctx, tt, `ticket_types[${index}]`));
  seedCollections(ctx, seed.collections ?? [], null, undefined, 'collections');
  seedAdmins(ctx, seed);
  seedDataAttributes(ctx, seed);
  seedArticles(ctx, seed);
  return ctx.ws.state;
}

function idOf(ctx: SeedContext, id: SeedId | undefined): string {
  return id === undefined ? ctx.ws.nextId() : String(id);
}

function seedHelpCenters(ctx: SeedContext, seed: SandboxSeed): void {
  const helpCenters = seed.help_centers ?? [{ ...DEFAULT_HELP_CENTER, locales: [...DEFAULT_HELP_CENTER.locales] }];
  const anyDefault = helpCenters.some((hc) => hc.default === true);
  const now = ctx.ws.nowSeconds();
  helpCenters.forEach((hc, index) => {
    ctx.ws.addHelpCenter({
      id: idOf(ctx, hc.id),
      identifier: hc.identifier,
      display_name: hc.display_name,
      locales: hc.locales ?? ['en'],
      default: hc.default ?? (!anyDefault && index === 0),
      website_turned_on: hc.website_turned_on ?? true,
      url: hc.url ?? `https://${hc.identifier}.help.test`,
      custom_domain: hc.custom_domain ?? null,
      created_at: now,
      updated_at: now,
    });
  });
}

/** The four default states (a seeded state with the same internal label overrides one), then the others. */
function seedTicketStates(ctx: SeedContext, seeded: TicketStateSeed[]): void {
  const labels = new Set<string>();
  seeded.forEach((s, index) => {
    if (labels.has(s.internal_label)) {
      const message = `'${s.internal_label}' is used twice; internal labels are unique in a workspace`;
      throw seedError(ctx.source, `ticket_states[${index}].internal_label`, message);
    }
    labels.add(s.internal_label);
  });
  const seededByLabel = new Map(seeded.map((s) => [s.internal_label, s]));
  const isDefault = (s: TicketStateSeed): boolean => DEFAULT_TICKET_STATES.some((d) => d.internal_label === s.internal_label);
  // Defaults stay first (in category order), so each category's default state stays the built-in one.
  const states = [
    ...DEFAULT_TICKET_STATES.map((d) => seededByLabel.get(d.internal_label) ?? { ...d }),
    ...seeded.filter((s) => !isDefault(s)),
  ];
  for (const state of states) {
    ctx.ws.addTicketState({ ...state, id: idOf(ctx, state.id), archived: state.archived ?? false });
  }
}

function seedTicketType(ctx: SeedContext, tt: TicketTypeSeed, where: string): void {
  const stateIds = tt.states?.map((label) => {
    const state = ctx.ws.state.ticket_states.find((s) => s.internal_label === label);
    if (!state) throw seedError(ctx.source, `${where}.states`, `no ticket state has the internal label '${label}'`);
    return state.id;
  });
  const record = createTicketType(ctx.ws, {
    ...(tt.id !== undefined ? { id: String(tt.id) } : {}),
    name: tt.name,
    description: tt.description,
    icon: tt.icon,
    category: tt.category,
    is_internal: tt.is_internal,
    archived: tt.archived,
    state_ids: stateIds,
  });
  tt.attributes?.forEach((attr, index) => {
    const listItems = typeof attr.list_items === 'string' ? parseListItems(attr.list_items) : attr.list_items;
    applyOrFail(ctx, `${where}.attributes[${index}]`, () =>
      addAttribute(ctx.ws, record, {
        ...attr,
        id: attr.id === undefined ? undefined : String(attr.id),
        description: attr.description ?? '',
        list_items: listItems,
      }),
    );
  });
}

function seedCollections(
  ctx: SeedContext,
  list: CollectionSeed[],
  parentId: string | null,
  inherited: HelpCenterRecord | undefined,
  where: string,
): void {
  list.forEach((c, index) => {
    const at = `${where}[${index}]`;
    const hc = resolveHelpCenter(ctx, c.help_center, inherited, at);
    const parent = parentId ?? resolveParentPath(ctx, c.parent, hc, at);
    const record = applyOrFail(ctx, at, () =>
      createCollection(ctx.ws, {
        ...(c.id !== undefined ? { id: String(c.id) } : {}),
        name: c.name,
        description: c.description,
        help_center: hc,
        parent_id: parent,
        translated_content: c.translated_content,
      }),
    );
    const key = pathKey(hc.id, parent, c.name);
    if (!ctx.byPath.has(key)) ctx.byPath.set(key, record.id);
    if (c.collections) seedCollections(ctx, c.collections, record.id, hc, `${at}.collections`);
  });
}

export function resolveHelpCenter(
  ctx: SeedContext,
  identifier: string | undefined,
  inherited: HelpCenterRecord | undefined,
  where: string,
): HelpCenterRecord {
  if (identifier === undefined) {
    const hc = inherited ?? ctx.ws.defaultHelpCenter();
    if (!hc) throw seedError(ctx.source, where, 'no help center to put the collection in');
    return hc;
  }
  const hc = ctx.ws.state.help_centers.find((h) => h.identifier === identifier);
  if (!hc) throw seedError(ctx.source, `${where}.help_center`, `no help center has the identifier '${identifier}'`);
  if (inherited && inherited.id !== hc.id) {
    throw seedError(ctx.source, `${where}.help_center`, 'a sub-collection must be in the help center of its parent');
  }
  return hc;
}

export function resolveParentPath(
  ctx: SeedContext,
  parent: string[] | string | undefined,
  hc: HelpCenterRecord,
  where: string,
): string | null {
  if (parent === undefined) return null;
  const names = typeof parent === 'string' ? parent.split(' / ').map((n) => n.trim()) : parent;
  let current: string | null = null;
  for (const name of names) {
    const next = ctx.byPath.get(pathKey(hc.id, current, name));
    if (next === undefined) {
      const message = `no earlier collection at '${names.join(' / ')}' in help center '${hc.identifier}'`;
      throw seedError(ctx.source, `${where}.parent`, message);
    }
    current = next;
  }
  return current;
}

function pathKey(helpCenterId: string, parentId: string | null, name: string): string {
  return `${helpCenterId}\u0000${parentId ?? ''}\u0000${name}`;
}

/** Runs model code and turns its API-style refusal into a seed error at `where`. */
export function applyOrFail<T>(ctx: SeedContext, where: string, apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    if (error instanceof ApiError) throw seedError(ctx.source, where, error.message);
    throw error;
  }
}

/** Every explicit id in the seed; a repeated id is an error. */
function collectExplicitIds(seed: SandboxSeed, source: string): Set<string> {
  const ids = new Set<string>();
  const note = (id: SeedId | undefined, where: string): void => {
    if (id === undefined) return;
    const key = String(id);
    if (ids.has(key)) throw seedError(source, `${where}.id`, `id ${key} is used twice`);
    ids.add(key);
  };
  seed.help_centers?.forEach((hc, i) => note(hc.id, `help_centers[${i}]`));
  seed.ticket_states?.forEach((s, i) => note(s.id, `ticket_states[${i}]`));
  seed.ticket_types?.forEach((tt, i) => {
    note(tt.id, `ticket_types[${i}]`);
    tt.attributes?.forEach((a, j) => note(a.id, `ticket_types[${i}].attributes[${j}]`));
  });
  const walk = (list: CollectionSeed[] | undefined, where: string): void =>
    list?.forEach((c, i) => {
      note(c.id, `${where}[${i}]`);
      walk(c.collections, `${where}[${i}].collections`);
    });
  walk(seed.collections, 'collections');
  noteContentIds(seed, note);
  return ids;
}
