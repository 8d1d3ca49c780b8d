import type { LiveCollection, LiveHelpCenter } from '../../client/live-types.js';
import { inWorkspace } from '../../config/parts/schema-parts.js';
import type { ConfigPath } from '../../plan/plan-issues.js';
import { address, type ChangeBase, type IdRef } from '../../plan/plan-types.js';
import { nameKey, sameName } from '../../plan/same-name.js';
import type { CollectionChange } from '../collections/plan.js';
import type { KindPlanContext } from '../kind.js';
import { preferExact } from '../kit/match-by-name.js';
import { articlePath } from './contents.js';
import type { LiveArticleIndex } from './live-index.js';
import type { DesiredArticle } from './schema.js';

/** A declared article of this workspace, placed: its help center and the collection it goes in. */
export interface DeclaredArticle {
  decl: DesiredArticle;
  index: number;
  path: ConfigPath;
  helpCenter: LiveHelpCenter;
  /** The collection: a live id, the address of its create in this plan, or null (no collection). */
  parent: IdRef | null;
  collection: string[];
  /** `article["help center"]["collection"…]["title"]`: unique, as titles are within a collection. */
  address: string;
}

/**
 * Places every declared article of the workspace. A collection path names the collection
 * as it will be after this plan: one the config creates or renames is found among the
 * collection kind's changes, any other in the live tree. Problems go to `ctx.issues`.
 */
export function placeArticles(articles: readonly DesiredArticle[], ctx: KindPlanContext, index: LiveArticleIndex): DeclaredArticle[] {
  const planned = plannedCollections(ctx.planned);
  const out: DeclaredArticle[] = [];
  articles.forEach((decl, i) => {
    if (!inWorkspace(decl, ctx.workspace)) return;
    const path = articlePath(i);
    const helpCenter = helpCenterOf(decl, path, index, ctx);
    if (!helpCenter) return;
    const collection = decl.collection ?? [];
    const parent = collection.length === 0 ? null : collectionRef(helpCenter, collection, [...path, 'collection'], index, planned, ctx);
    if (parent === undefined) return;
    out.push({ decl, index: i, path, helpCenter, parent, collection, address: address('article', helpCenter.identifier, ...collection, decl.title) });
  });
  return out;
}

function helpCenterOf(decl: DesiredArticle, path: ConfigPath, index: LiveArticleIndex, ctx: KindPlanContext): LiveHelpCenter | undefined {
  const fallback = index.defaultHelpCenter;
  if (!fallback) {
    ctx.issues.add(path, 'the workspace has no help center, so articles cannot be created; set one up in Intercom first');
    return undefined;
  }
  if (decl.help_center === undefined) return fallback;
  const found = index.helpCenters.find((h) => h.identifier === decl.help_center);
  if (!found) {
    const known = index.helpCenters.map((h) => `"${h.identifier}"`).join(', ');
    ctx.issues.add([...path, 'help_center'], `no help center "${decl.help_center}" in this workspace; it has ${known}`);
    return undefined;
  }
  if (found !== fallback && (decl.collection ?? []).length === 0) {
    ctx.issues.add(
      [...path, 'help_center'],
      `an article outside any collection is in the default help center ("${fallback.identifier}"): Intercom's API has no other place for it. ` +
        `Give it a collection of "${found.identifier}", or remove help_center`,
    );
    return undefined;
  }
  return found;
}

interface PlannedCollections {
  /** Collections as this plan leaves them, by help center and path (creates, renames, moves). */
  byPath: Map<string, CollectionChange>;
  /** Changes by live id, to notice a collection that moves away or is deleted. */
  byId: Map<string, CollectionChange>;
}

const pathKey = (helpCenter: string, path: readonly string[]) => [helpCenter, ...path.map(nameKey)].join('\u0000');

function plannedCollections(planned: readonly ChangeBase[]): PlannedCollections {
  const byPath = new Map<string, CollectionChange>();
  const byId = new Map<string, CollectionChange>();
  for (const change of planned) {
    if (change.kind !== 'collection') continue;
    const collection = change as CollectionChange;
    if (collection.id !== undefined) byId.set(collection.id, collection);
    if (collection.action === 'create' || collection.action === 'update') byPath.set(pathKey(collection.help_center, collection.path), collection);
  }
  return { byPath, byId };
}

function collectionRef(
  helpCenter: LiveHelpCenter,
  names: readonly string[],
  path: ConfigPath,
  index: LiveArticleIndex,
  planned: PlannedCollections,
  ctx: KindPlanContext,
): IdRef | null | undefined {
  const shown = `"${names.join(' / ')}"`;
  const change = planned.byPath.get(pathKey(helpCenter.identifier, names));
  if (change) return change.id !== undefined ? { id: change.id } : { address: change.address };
  const found = liveAtPath(helpCenter, names, index);
  if (found.length > 1) {
    ctx.issues.add(path, `collection ${shown} is ${found.length} live collections (ids ${found.map((c) => c.id).join(', ')}); rename all but one in Intercom, or declare them apart`);
    return undefined;
  }
  const [live] = found;
  if (!live) {
    ctx.issues.add(
      path,
      `no collection ${shown} in help center "${helpCenter.identifier}", neither in Intercom nor in the config; ` +
        'declare it under help_center.collections, or fix the path (collection names from the top level down)',
    );
    return undefined;
  }
  const leaving = planned.byId.get(live.id);
  if (leaving && (leaving.action === 'delete' || pathKey('', leaving.path) !== pathKey('', names))) {
    const where = leaving.action === 'delete' ? 'is deleted by this plan' : `becomes "${leaving.path.join(' / ')}" in this plan`;
    ctx.issues.add(path, `collection ${shown} ${where}; point the article at the collection where it should end up`);
    return undefined;
  }
  return { id: live.id };
}

/** Live collections at a path of names; children are found by parent id, whatever help center they report. */
function liveAtPath(helpCenter: LiveHelpCenter, names: readonly string[], index: LiveArticleIndex): LiveCollection[] {
  const [first, ...rest] = names;
  const named = (list: readonly LiveCollection[], name: string | undefined) =>
    name === undefined ? [] : preferExact(name, list.filter((c) => sameName(c.name, name)), (c) => c.name);
  let found = named(index.tree.childrenOf(helpCenter.id, null), first);
  for (const name of rest) found = found.flatMap((parent) => named(index.tree.childrenAnywhere(parent.id), name));
  return [...found];
}
