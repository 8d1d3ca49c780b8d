/**
 * Wire shapes of data attributes, articles and admins → their Live* types (ids as
 * strings, absent text as '', locales without content left out).
 */
import type { WireAdmin, WireArticle, WireArticleContent, WireDataAttribute } from './content-schemas.js';
import type { LiveAdmin, LiveArticle, LiveArticleContent, LiveDataAttribute } from './live-types.js';

export function toLiveDataAttribute(wire: WireDataAttribute): LiveDataAttribute {
  const live: LiveDataAttribute = {
    id: wire.id ?? null,
    model: wire.model,
    name: wire.name,
    full_name: wire.full_name ?? wire.name,
    label: wire.label ?? wire.name,
    description: wire.description ?? '',
    data_type: wire.data_type,
    api_writable: wire.api_writable ?? false,
    messenger_writable: wire.messenger_writable ?? false,
    custom: wire.custom ?? false,
    archived: wire.archived ?? false,
  };
  if (wire.options) live.options = wire.options;
  if (wire.updated_at != null) live.updated_at = wire.updated_at;
  return live;
}

function toContent(wire: WireArticleContent | WireArticle): LiveArticleContent {
  const content: LiveArticleContent = {
    title: wire.title ?? '',
    description: wire.description ?? '',
    body: wire.body ?? '',
    author_id: wire.author_id ?? '',
    state: wire.state ?? 'draft',
    url: wire.url ?? null,
  };
  if (wire.updated_at != null) content.updated_at = wire.updated_at;
  return content;
}

export function toLiveArticle(wire: WireArticle): LiveArticle {
  const live: LiveArticle = {
    id: wire.id,
    parent_id: wire.parent_id ?? null,
    parent_type: wire.parent_type ?? null,
    ...toContent(wire),
  };
  if (wire.default_locale) live.default_locale = wire.default_locale;
  if (wire.translated_content) {
    const translations: Record<string, LiveArticleContent> = {};
    for (const [locale, content] of Object.entries(wire.translated_content)) {
      if (locale === 'type' || content === null || typeof content !== 'object') continue;
      translations[locale] = toContent(content);
    }
    live.translated_content = translations;
  }
  return live;
}

export function toLiveAdmin(wire: WireAdmin): LiveAdmin {
  return { id: wire.id, name: wire.name ?? '', email: wire.email ?? '' };
}
