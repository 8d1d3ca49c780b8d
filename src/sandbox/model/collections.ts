/**
 * Help-center collections: creation with server-set fields, translations, and the nesting
 * rules (at most three levels, no cycles, parent in the same help center).
 */
import { ApiError, invalidParameter, notFound } from '../api-error.js';
import type { CollectionRecord, HelpCenterRecord, LocalizedContent } from '../state.js';
import type { Workspace } from '../workspace.js';
import { ownValue, setOwn } from '../../common/own-property.js';

export const MAX_COLLECTION_DEPTH = 3;
export const DEFAULT_COLLECTION_ICON = 'book-bookmark';

export type TranslationInput = Record<string, Partial<LocalizedContent>>;

export interface NewCollection {
  id?: string;
  name: string;
  description?: string;
  help_center: HelpCenterRecord;
  parent_id: string | null;
  translated_content?: TranslationInput;
}

/** 1 for a top-level collection. */
export function depthOf(ws: Workspace, collection: CollectionRecord): number {
  let depth = 1;
  let parentId = collection.parent_id;
  while (parentId !== null) {
    const parent = ws.collection(parentId);
    if (!parent) break;
    depth += 1;
    parentId = parent.parent_id;
  }
  return depth;
}

/** Levels in the subtree rooted at `collection` (1 for a leaf). */
export function subtreeHeight(ws: Workspace, collection: CollectionRecord): number {
  const children = ws.childrenOf(collection.id);
  return 1 + children.reduce((max, child) => Math.max(max, subtreeHeight(ws, child)), 0);
}

function tooDeep(): ApiError {
  return invalidParameter(`Collections can be nested at most ${MAX_COLLECTION_DEPTH} levels deep.`);
}

/** Resolves and checks a parent for a collection of `helpCenterId` (null = top level). */
export function resolveParent(ws: Workspace, parentId: string | null, helpCenterId: string): CollectionRecord | null {
  if (parentId === null) return null;
  const parent = ws.collection(parentId);
  if (!parent) throw notFound();
  if (parent.help_center_id !== helpCenterId) {
    throw invalidParameter('The parent collection belongs to another help center.');
  }
  return parent;
}

export function createCollection(ws: Workspace, input: NewCollection): CollectionRecord {
  const parent = resolveParent(ws, input.parent_id, input.help_center.id);
  if (parent && depthOf(ws, parent) + 1 > MAX_COLLECTION_DEPTH) throw tooDeep();
  const now = ws.nowSeconds();
  const id = input.id ?? ws.nextId();
  if (input.id !== undefined) ws.reserveId(input.id);
  const record: CollectionRecord = {
    id,
    help_center_id: input.help_center.id,
    parent_id: parent?.id ?? null,
    name: input.name,
    description: input.description ?? '',
    translations: {},
    icon: DEFAULT_COLLECTION_ICON,
    order: nextOrder(ws, input.help_center.id, parent?.id ?? null),
    created_at: now,
    updated_at: now,
    seq: ws.nextSeq(),
  };
  if (input.translated_content) applyTranslations(input.help_center, record, input.translated_content);
  ws.addCollection(record);
  return record;
}

function nextOrder(ws: Workspace, helpCenterId: string, parentId: string | null): number {
  let max = 0;
  for (const c of ws.state.collections) {
    if (c.help_center_id === helpCenterId && c.parent_id === parentId && c.order > max) max = c.order;
  }
  return max + 1;
}

/**
 * Merges translated content. The default locale's entry is the collection's own name and
 * description; locales the help center does not offer are ignored.
 */
export function applyTranslations(helpCenter: HelpCenterRecord, record: CollectionRecord, input: TranslationInput): void {
  const [defaultLocale] = helpCenter.locales;
  for (const [locale, content] of Object.entries(input)) {
    if (!helpCenter.locales.includes(locale)) continue;
    if (locale === defaultLocale) {
      if (content.name !== undefined) record.name = content.name;
      if (content.description !== undefined) record.description = content.description;
      continue;
    }
    // Locales come from requests and seeds: `constructor` must not read Object's own properties.
    const current = ownValue(record.translations, locale) ?? { name: '', description: '' };
    setOwn(record.translations, locale, {
      name: content.name ?? current.name,
      description: content.description ?? current.description,
    });
  }
}

/** Moves `record` under `parentId` (null = top level), keeping the nesting rules. */
export function moveCollection(ws: Workspace, record: CollectionRecord, parentId: string | null): void {
  const parent = resolveParent(ws, parentId, record.help_center_id);
  if (parent) {
    for (let p: CollectionRecord | undefined = parent; p; p = p.parent_id ? ws.collection(p.parent_id) : undefined) {
      if (p.id === record.id) throw invalidParameter('A collection cannot be moved into itself or its own sub-collections.');
    }
    if (depthOf(ws, parent) + subtreeHeight(ws, record) > MAX_COLLECTION_DEPTH) throw tooDeep();
  }
  record.parent_id = parent?.id ?? null;
}

/** Bumps `updated_at` and the write sequence, which drive the list order. */
export function touchCollection(ws: Workspace, record: CollectionRecord): void {
  record.updated_at = ws.nowSeconds();
  record.seq = ws.nextSeq();
  ws.markChanged();
}
