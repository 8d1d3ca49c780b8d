import type { LiveAttribute, LiveCollection, LiveTicketType } from '../client/live-types.js';
import type {
  AttributeDataType,
  DesiredAttribute,
  DesiredCollection,
  DesiredTicketState,
  DesiredTicketType,
  IntercomConfig,
  TicketStateCategory,
  TicketTypeCategory,
} from '../config/config-types.js';
import type { LiveState } from '../live/live-state.js';
import { defaultHelpCenter, LiveCollectionTree } from '../resources/collections/live-tree.js';

export type ExportedResources = Pick<IntercomConfig, 'ticket_states' | 'ticket_types' | 'help_center'>;

const byName = <T>(key: (item: T) => string) => (a: T, b: T) => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The live workspace as config resources: deterministic (sorted by name, code-point
 * order), no ids, timestamps or server-only fields, built-in attributes left out. A
 * plan of the result against the same workspace has no changes.
 */
export function exportResources(live: LiveState): ExportedResources {
  const out: ExportedResources = {};
  if (live.ticketStates) {
    out.ticket_states = live.ticketStates
      .filter((s) => !s.archived)
      .sort(byName((s) => s.internal_label))
      .map(
        (s): DesiredTicketState => ({
          internal_label: s.internal_label,
          external_label: s.external_label,
          category: s.category as TicketStateCategory,
        }),
      );
  }
  if (live.ticketTypes) out.ticket_types = [...live.ticketTypes].sort(byName((t) => t.name)).map(exportType);
  if (live.collections && live.helpCenters) out.help_center = { collections: exportCollections(live) };
  return out;
}

function exportType(type: LiveTicketType): DesiredTicketType {
  const out: DesiredTicketType = { name: type.name, description: type.description };
  if (type.category !== undefined) out.category = type.category as TicketTypeCategory;
  out.icon = type.icon;
  out.is_internal = type.is_internal;
  if (type.archived) out.archived = true;
  out.states = type.states.map((s) => s.internal_label);
  const attributes = type.attributes.filter((a) => !a.default).sort(byName((a) => a.name));
  if (attributes.length > 0) out.attributes = attributes.map(exportAttribute);
  return out;
}

function exportAttribute(a: LiveAttribute): DesiredAttribute {
  const out: DesiredAttribute = {
    name: a.name,
    description: a.description,
    data_type: a.data_type as AttributeDataType,
    required_to_create: a.required_to_create,
    required_to_create_for_contacts: a.required_to_create_for_contacts,
    visible_on_create: a.visible_on_create,
    visible_to_contacts: a.visible_to_contacts,
  };
  if (a.data_type === 'string') out.multiline = a.multiline ?? false;
  if (a.data_type === 'list') out.list_items = a.list_items ?? [];
  if (a.data_type === 'files') out.allow_multiple_values = a.allow_multiple_values ?? false;
  if (a.archived) out.archived = true;
  return out;
}

function exportCollections(live: LiveState): DesiredCollection[] {
  const helpCenters = live.helpCenters ?? [];
  const fallback = defaultHelpCenter(helpCenters);
  const tree = new LiveCollectionTree(live.collections ?? []);
  const visit = (helpCenterId: string, parentId: string | null, identifier?: string): DesiredCollection[] =>
    [...tree.childrenOf(helpCenterId, parentId)].sort(byName((c) => c.name)).map((c) => {
      const out = exportCollection(c, identifier);
      const children = visit(helpCenterId, c.id);
      if (children.length > 0) out.collections = children;
      return out;
    });
  // The default help center's collections carry no identifier, so an export can be
  // promoted to a workspace whose help center is named differently.
  return [...helpCenters]
    .sort(byName((h) => h.identifier))
    .flatMap((hc) => visit(hc.id, null, hc === fallback ? undefined : hc.identifier));
}

function exportCollection(c: LiveCollection, helpCenter: string | undefined): DesiredCollection {
  const out: DesiredCollection = { name: c.name };
  if (helpCenter !== undefined) out.help_center = helpCenter;
  out.description = c.description ?? '';
  // Untranslated locales come back empty (or null): they are not part of the config.
  const translations = Object.entries(c.translated_content ?? {})
    .filter(([locale]) => locale !== c.default_locale)
    .map(([locale, content]) => [locale, Object.fromEntries(Object.entries(content).filter(([, v]) => typeof v === 'string' && v !== ''))] as const)
    .filter(([, content]) => Object.keys(content).length > 0)
    .sort(byName(([locale]) => locale));
  if (translations.length > 0) out.translated_content = Object.fromEntries(translations);
  return out;
}
