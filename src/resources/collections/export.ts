import type { LiveCollection, LiveHelpCenter } from '../../client/live-types.js';
import { byName } from '../kit/match-by-name.js';
import { defaultHelpCenter, placeCollections } from './help-centers.js';
import type { IgnoreCheck } from '../kind.js';
import { ignoredCollections } from './ignored.js';
import { LiveCollectionTree } from './live-tree.js';
import { COLLECTION_FIELDS } from './plan.js';
import type { DesiredCollection } from './schema.js';

/** Every help center's collection tree, by help center identifier, then by name at each level; ignored subtrees left out. */
export function exportCollections(helpCenters: readonly LiveHelpCenter[], collections: readonly LiveCollection[], ignore?: IgnoreCheck): DesiredCollection[] {
  const fallback = defaultHelpCenter(helpCenters);
  const tree = new LiveCollectionTree(placeCollections(collections, helpCenters));
  const ignored = ignore ? ignoredCollections(tree, ignore) : new Set<LiveCollection>();
  const visit = (helpCenterId: string, parentId: string | null, identifier?: string): DesiredCollection[] =>
    [...tree.childrenOf(helpCenterId, parentId)].filter((c) => !ignored.has(c)).sort(byName((c) => c.name)).map((c) => {
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
  out.description = COLLECTION_FIELDS.live(c).description as string;
  // Untranslated locales come back empty (or null): they are not part of the config.
  const translations = Object.entries(c.translated_content ?? {})
    .filter(([locale]) => locale !== c.default_locale)
    .map(([locale, content]) => [locale, Object.fromEntries(Object.entries(content).filter(([, v]) => typeof v === 'string' && v !== ''))] as const)
    .filter(([, content]) => Object.keys(content).length > 0)
    .sort(byName(([locale]) => locale));
  if (translations.length > 0) out.translated_content = Object.fromEntries(translations);
  return out;
}
