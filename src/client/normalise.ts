/**
 * Wire shapes → the Live* types of live-types.ts. Whatever Intercom left out gets the
 * value Intercom documents as its default, so the plan engine compares like with like.
 */
import type {
  LiveAttribute,
  LiveCollection,
  LiveHelpCenter,
  LiveTicketState,
  LiveTicketType,
} from './live-types.js';
import type {
  WireAttribute,
  WireCollection,
  WireHelpCenter,
  WireTicketState,
  WireTicketType,
} from './response-schemas.js';
import { setOwn } from '../common/own-property.js';

export function toLiveTicketType(wire: WireTicketType): LiveTicketType {
  const attributes = wire.ticket_type_attributes?.data ?? wire.ticket_type_attributes?.ticket_type_attributes ?? [];
  const live: LiveTicketType = {
    id: wire.id,
    name: wire.name,
    description: wire.description ?? '',
    icon: wire.icon ?? '',
    is_internal: wire.is_internal ?? false,
    archived: wire.archived ?? false,
    attributes: attributes.map((attribute) => toLiveAttribute(attribute, wire.id)),
    states: (wire.ticket_states?.data ?? []).map((state) => ({
      id: state.id,
      category: state.category,
      internal_label: state.internal_label,
      external_label: state.external_label ?? '',
    })),
  };
  if (wire.category != null) live.category = wire.category;
  if (wire.updated_at != null) live.updated_at = wire.updated_at;
  return live;
}

/** `ticketTypeId` fills in when the attribute does not name its ticket type. */
export function toLiveAttribute(wire: WireAttribute, ticketTypeId: string): LiveAttribute {
  const options = wire.input_options ?? undefined;
  const live: LiveAttribute = {
    id: wire.id,
    ticket_type_id: wire.ticket_type_id ?? ticketTypeId,
    name: wire.name,
    description: wire.description ?? '',
    data_type: wire.data_type,
    required_to_create: wire.required_to_create ?? false,
    required_to_create_for_contacts: wire.required_to_create_for_contacts ?? false,
    visible_on_create: wire.visible_on_create ?? true,
    visible_to_contacts: wire.visible_to_contacts ?? true,
    archived: wire.archived ?? false,
    default: wire.default ?? false,
    order: wire.order ?? 0,
  };
  // Each option applies to one data type only; `input_options: null` means its default.
  if (wire.data_type === 'string') live.multiline = options?.multiline ?? false;
  if (wire.data_type === 'list') {
    // Archived options no longer appear in Intercom's forms, so they are not current labels.
    live.list_items = (options?.list_options ?? []).filter((option) => option.archived !== true).map((option) => option.label);
  }
  if (wire.data_type === 'files') live.allow_multiple_values = options?.allow_multiple_values ?? false;
  return live;
}

export function toLiveTicketState(wire: WireTicketState): LiveTicketState {
  return {
    id: wire.id,
    category: wire.category,
    internal_label: wire.internal_label,
    external_label: wire.external_label ?? '',
    archived: wire.archived ?? false,
    ticket_type_ids: (wire.ticket_types?.data ?? []).map((type) => type.id),
  };
}

export function toLiveHelpCenter(wire: WireHelpCenter): LiveHelpCenter {
  const live: LiveHelpCenter = {
    id: wire.id,
    identifier: wire.identifier,
    display_name: wire.display_name ?? wire.identifier,
  };
  if (wire.locales) live.locales = wire.locales;
  if (wire.default != null) live.default = wire.default;
  return live;
}

export function toLiveCollection(wire: WireCollection): LiveCollection {
  const live: LiveCollection = {
    id: wire.id,
    name: wire.name,
    description: wire.description ?? null,
    parent_id: wire.parent_id ?? null,
    help_center_id: wire.help_center_id ?? null,
  };
  if (wire.default_locale) live.default_locale = wire.default_locale;
  if (wire.translated_content) {
    const translations: NonNullable<LiveCollection['translated_content']> = {};
    // The object mixes a `type` marker with one entry per locale; keep the locales.
    for (const [locale, content] of Object.entries(wire.translated_content)) {
      if (locale === 'type' || content === null || typeof content !== 'object') continue;
      setOwn(translations, locale, { name: content.name ?? null, description: content.description ?? null });
    }
    live.translated_content = translations;
  }
  if (wire.updated_at != null) live.updated_at = wire.updated_at;
  return live;
}
