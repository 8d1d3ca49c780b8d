/**
 * Collections as Intercom renders them: `help_center_id` is an integer while `id` and
 * `parent_id` are strings; `default_locale` and `translated_content` appear only for
 * help centers with more than one locale.
 */
import type { CollectionRecord, HelpCenterRecord } from '../state.js';
import type { SandboxSwitches } from '../switches.js';
import type { Workspace } from '../workspace.js';
import { ownValue, setOwn } from '../../common/own-property.js';

/** `child_help_center_id: null` answers children as Intercom's own 2.14 list example does. */
export function renderCollection(ws: Workspace, c: CollectionRecord, switches?: Pick<SandboxSwitches, 'child_help_center_id'>): Record<string, unknown> {
  const hc = ws.helpCenter(c.help_center_id);
  const body: Record<string, unknown> = {
    id: c.id,
    workspace_id: ws.workspaceId,
    name: c.name,
    url: hc ? collectionUrl(hc, c) : null,
    order: c.order,
    created_at: c.created_at,
    updated_at: c.updated_at,
    description: c.description,
    icon: c.icon,
    parent_id: c.parent_id,
    help_center_id: c.parent_id !== null && switches?.child_help_center_id === 'null' ? null : Number(c.help_center_id),
  };
  if (hc && hc.locales.length > 1) {
    const [defaultLocale = 'en'] = hc.locales;
    body['default_locale'] = defaultLocale;
    const translated: Record<string, unknown> = { type: 'group_translated_content' };
    for (const locale of hc.locales) {
      const content =
        locale === defaultLocale
          ? { name: c.name, description: c.description ?? '' }
          : (ownValue(c.translations, locale) ?? { name: '', description: '' });
      setOwn(translated, locale, { type: 'group_content', name: content.name, description: content.description });
    }
    body['translated_content'] = translated;
  }
  return body;
}

function collectionUrl(hc: HelpCenterRecord, c: CollectionRecord): string {
  const base = (hc.custom_domain ? `https://${hc.custom_domain}` : hc.url).replace(/\/+$/, '');
  const slug = c.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const [locale = 'en'] = hc.locales;
  return `${base}/${locale}/collections/${c.id}${slug ? `-${slug}` : ''}`;
}
