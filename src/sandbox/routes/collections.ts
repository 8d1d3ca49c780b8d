/**
 * `/help_center/collections`: paged list across all help centers (newest `updated_at`
 * first), create, get, partial update (incl. moving) and delete.
 */
import { ApiError, invalidParameter, notFound } from '../api-error.js';
import { applyTranslations, createCollection, moveCollection, touchCollection } from '../model/collections.js';
import type { TranslationInput } from '../model/collections.js';
import { renderCollection } from '../render/collections.js';
import type { CollectionRecord, HelpCenterRecord } from '../state.js';
import type { Workspace } from '../workspace.js';
import { optionalIdRef, optionalNonEmptyString, optionalObject, optionalString, requiredString } from './body-fields.js';
import { pageOf, pageWindow } from './paging.js';
import { ok } from './route-types.js';
import type { ApiSettings, Route } from './route-types.js';
import { setOwn } from '../../common/own-property.js';

function findCollection(ws: Workspace, id: string | undefined): CollectionRecord {
  const c = id === undefined ? undefined : ws.collection(id);
  if (!c) throw notFound();
  return c;
}

function readTranslations(body: Record<string, unknown>): TranslationInput | undefined {
  const value = optionalObject(body, 'translated_content');
  if (!value) return undefined;
  const out: TranslationInput = {};
  for (const [locale, content] of Object.entries(value)) {
    if (locale === 'type' || content === null) continue;
    if (typeof content !== 'object' || Array.isArray(content)) {
      throw invalidParameter(`translated_content.${locale} must be an object.`);
    }
    const entry = content as Record<string, unknown>;
    const name = optionalString(entry, 'name');
    const description = optionalString(entry, 'description');
    setOwn(out, locale, { ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) });
  }
  return out;
}

/** Newest `updated_at` first; equal seconds fall back to the write order, newest first. */
function byRecency(a: CollectionRecord, b: CollectionRecord): number {
  return b.updated_at - a.updated_at || b.seq - a.seq;
}

function listPage(ws: Workspace, query: URLSearchParams, settings: ApiSettings): Record<string, unknown> {
  const paging = pageWindow(query, settings);
  const { page, perPage } = paging;
  const sorted = ws.sortedOnce('collections', ws.state.collections, byRecency);
  const total = sorted.length;
  const data = pageOf(sorted, paging).map((c) => renderCollection(ws, c, settings.switches));
  // Real single-page answers carry `pages: null`; with `collection_pages_null: always`, every page does.
  const pages =
    (page === 1 && total <= perPage) || settings.switches.collection_pages_null === 'always'
      ? null
      : { type: 'pages', page, per_page: perPage, total_pages: Math.ceil(total / perPage) };
  return { type: 'list', data, total_count: total, pages };
}

/** `duplicate_names: reject`: siblings (same help center and parent) never share a name. */
function assertNameFree(ws: Workspace, settings: ApiSettings, at: { help_center_id: string; parent_id: string | null }, name: string, exceptId?: string): void {
  if (settings.switches.duplicate_names === 'allow') return;
  const wanted = name.trim().toLowerCase();
  const clash = ws.state.collections.some(
    (c) => c.id !== exceptId && c.help_center_id === at.help_center_id && c.parent_id === at.parent_id && c.name.trim().toLowerCase() === wanted,
  );
  if (clash) throw invalidParameter(`A collection named '${name}' already exists here.`);
}

/**
 * The top-level name and description are the default locale's content. When a request
 * also carries that locale in `translated_content` with other values, `name_vs_translation`
 * says which one is kept.
 */
function settleDefaultLocale(
  settings: ApiSettings,
  hc: HelpCenterRecord | undefined,
  record: CollectionRecord,
  own: { name?: string | undefined; description?: string | undefined },
  translated: TranslationInput | undefined,
): void {
  const nameWins = settings.switches.name_vs_translation === 'name-wins';
  if (!nameWins && own.name !== undefined) record.name = own.name;
  if (!nameWins && own.description !== undefined) record.description = own.description;
  if (translated && hc) applyTranslations(hc, record, translated);
  if (nameWins && own.name !== undefined) record.name = own.name;
  if (nameWins && own.description !== undefined) record.description = own.description;
}

function helpCenterFor(ws: Workspace, body: Record<string, unknown>): HelpCenterRecord {
  const id = optionalIdRef(body, 'help_center_id');
  const hc = id === undefined || id === null ? ws.defaultHelpCenter() : ws.helpCenter(id);
  if (!hc) throw notFound();
  return hc;
}

export const collectionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/help_center/collections',
    handle: ({ ws, query, settings }) => ok(listPage(ws, query, settings)),
  },
  {
    method: 'POST',
    pattern: '/help_center/collections',
    handle: ({ ws, body, settings }) => {
      const name = requiredString(body, 'name', 'Name');
      const description = optionalString(body, 'description');
      const parentId = optionalIdRef(body, 'parent_id') ?? null;
      const translated = readTranslations(body);
      const helpCenter = helpCenterFor(ws, body);
      assertNameFree(ws, settings, { help_center_id: helpCenter.id, parent_id: parentId }, name);
      const record = createCollection(ws, { name, description, help_center: helpCenter, parent_id: parentId });
      settleDefaultLocale(settings, helpCenter, record, { name, description }, translated);
      return ok(renderCollection(ws, record, settings.switches));
    },
  },
  {
    method: 'GET',
    pattern: '/help_center/collections/:id',
    handle: ({ ws, params, settings }) => ok(renderCollection(ws, findCollection(ws, params['id']), settings.switches)),
  },
  {
    method: 'PUT',
    pattern: '/help_center/collections/:id',
    handle: ({ ws, params, body, settings }) => {
      const record = findCollection(ws, params['id']);
      const name = optionalNonEmptyString(body, 'name');
      const description = optionalString(body, 'description');
      const translated = readTranslations(body);
      const parentId = optionalIdRef(body, 'parent_id');
      const place = { help_center_id: record.help_center_id, parent_id: parentId === undefined ? record.parent_id : parentId };
      if (name !== undefined || parentId !== undefined) assertNameFree(ws, settings, place, name ?? record.name, record.id);
      // Validate the move before changing anything, so a refused request changes nothing.
      if (parentId !== undefined) moveCollection(ws, record, parentId);
      settleDefaultLocale(settings, ws.helpCenter(record.help_center_id), record, { name, description }, translated);
      touchCollection(ws, record);
      return ok(renderCollection(ws, record, settings.switches));
    },
  },
  {
    method: 'DELETE',
    pattern: '/help_center/collections/:id',
    handle: ({ ws, params }) => {
      const record = findCollection(ws, params['id']);
      // Undocumented in Intercom; refusing keeps a sub-collection from being orphaned.
      if (ws.childrenOf(record.id).length > 0) {
        throw new ApiError(400, 'parameter_invalid', 'This collection has sub-collections; delete or move them first.');
      }
      ws.removeCollection(record.id);
      return ok({ id: record.id, object: 'collection', deleted: true });
    },
  },
];
