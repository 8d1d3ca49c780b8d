import { afterEach, describe, expect, it } from 'vitest';
import { IntercomApiError } from '../../src/errors.js';
import { MAX_LISTING_PAGES as MAX_COLLECTION_PAGES } from '../../src/client/paged-listing.js';
import { startScriptedServer, type RecordedRequest, type Reply, type ScriptedServer } from './support/scripted-server.js';
import { makeClient } from './support/test-client.js';
import { wireCollection } from './support/wire-fixtures.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const all = Array.from({ length: 47 }, (_, i) => wireCollection({ id: 1000 + i, name: `C${i}` }));

function pageOf(request: RecordedRequest): { page: number; perPage: number } {
  const query = new URL(request.url, 'http://x').searchParams;
  return { page: Number(query.get('page') ?? '1'), perPage: Number(query.get('per_page') ?? '20') };
}

/**
 * A server that honours at most `cap` per page, whatever is asked. With `together`, it
 * answers no page after the first until that many are in flight at once: a client that
 * fetched them one by one would never finish.
 */
function capped(cap: number, options: { totals: boolean; together?: number }) {
  const stats = { inFlight: 0, maxInFlight: 0 };
  let allIn: () => void = () => undefined;
  const gathered = new Promise<void>((resolve) => (allIn = resolve));
  const handler = async (request: RecordedRequest): Promise<Reply> => {
    const { page, perPage } = pageOf(request);
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    if (options.together !== undefined && page > 1) {
      if (stats.inFlight >= options.together) allIn();
      await gathered;
    }
    stats.inFlight -= 1;
    const size = Math.min(cap, perPage);
    const data = all.slice((page - 1) * size, page * size);
    const totalPages = Math.ceil(all.length / size);
    const pages = options.totals ? { type: 'pages', page, per_page: size, total_pages: totalPages } : { type: 'pages', page, per_page: size };
    return { status: 200, json: { type: 'list', data, total_count: all.length, pages } };
  };
  return { handler, stats };
}

describe('listCollections', () => {
  it('asks for perPage, follows total_pages when the server caps the page size, and fetches the rest together', async () => {
    const server_ = capped(10, { totals: true, together: 4 });
    server = await startScriptedServer(server_.handler);
    const { client } = makeClient(server.url, { perPage: 150 });
    const collections = await client.listCollections();
    expect(collections.map((c) => c.id)).toEqual(all.map((c) => String(c.id)));
    expect(server.requests.map((r) => r.url)).toContain('/help_center/collections?page=1&per_page=150');
    expect(server.requests.map((r) => pageOf(r).page).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    // Pages 2–5 were in flight at the same time.
    expect(server_.stats.maxInFlight).toBe(4);
  });

  it('without total_pages, walks page by page and stops at the first short page', async () => {
    const server_ = capped(10, { totals: false });
    server = await startScriptedServer(server_.handler);
    const { client } = makeClient(server.url);
    expect(await client.listCollections()).toHaveLength(47);
    expect(server.requests.map((r) => pageOf(r).page)).toEqual([1, 2, 3, 4, 5]);
  });

  it('without any page size either, stops at the first empty page', async () => {
    server = await startScriptedServer((request) => {
      const { page } = pageOf(request);
      return { status: 200, json: { type: 'list', data: all.slice((page - 1) * 20, page * 20), pages: { type: 'pages' } } };
    });
    const { client } = makeClient(server.url);
    expect(await client.listCollections()).toHaveLength(47);
    expect(server.requests.map((r) => pageOf(r).page)).toEqual([1, 2, 3, 4]);
  });

  it('treats `pages: null` as a single page', async () => {
    server = await startScriptedServer(() => ({ status: 200, json: { type: 'list', data: all.slice(0, 3), total_count: 3, pages: null } }));
    const { client } = makeClient(server.url);
    expect(await client.listCollections()).toHaveLength(3);
    expect(server.requests).toHaveLength(1);
  });

  it('stops when a server ignores `page` and repeats the first page', async () => {
    server = await startScriptedServer(() => ({ status: 200, json: { type: 'list', data: all.slice(0, 20), pages: { type: 'pages' } } }));
    const { client } = makeClient(server.url);
    expect(await client.listCollections()).toHaveLength(20);
    expect(server.requests).toHaveLength(2);
  });

  it('keeps a collection once when it moves to the next page while the listing is read', async () => {
    server = await startScriptedServer((request) => {
      const { page } = pageOf(request);
      const data = page === 1 ? all.slice(0, 10) : all.slice(9, 19); // item 9 appears on both pages
      return { status: 200, json: { type: 'list', data, pages: { type: 'pages', page, per_page: 10, total_pages: 2 } } };
    });
    const { client } = makeClient(server.url);
    const ids = (await client.listCollections()).map((c) => c.id);
    expect(ids).toHaveLength(19);
    expect(new Set(ids).size).toBe(19);
  });

  it('refuses a listing that claims more than the page guard allows', async () => {
    server = await startScriptedServer(() => ({
      status: 200,
      json: { type: 'list', data: all.slice(0, 1), pages: { type: 'pages', page: 1, per_page: 1, total_pages: MAX_COLLECTION_PAGES + 1 } },
    }));
    const { client } = makeClient(server.url);
    const error = await client.listCollections().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomApiError);
    expect(error).toMatchObject({ code: 'unexpected_response' });
    expect(server.requests).toHaveLength(1);
  });

  it('follows pages after `pages: null` while fewer than total_count were read', async () => {
    server = await startScriptedServer((request) => {
      const { page } = pageOf(request);
      return { status: 200, json: { type: 'list', data: all.slice((page - 1) * 20, page * 20), total_count: all.length, pages: null } };
    });
    const { client } = makeClient(server.url);
    expect(await client.listCollections()).toHaveLength(47);
    expect(server.requests.map((r) => pageOf(r).page)).toEqual([1, 2, 3]);
  });

  it('reads a listing shorter than its total_count once more, then refuses it rather than plan duplicates', async () => {
    // Page 2 repeats page 1: the 27 others are never listed.
    server = await startScriptedServer(() => ({ status: 200, json: { type: 'list', data: all.slice(0, 20), total_count: all.length, pages: null } }));
    const { client } = makeClient(server.url);
    const error = await client.listCollections().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomApiError);
    expect((error as Error).message).toMatch(/listing is incomplete: it reports 47 objects \(total_count\) but its pages held 20, twice/);
    expect(server.requests.map((r) => pageOf(r).page)).toEqual([1, 2, 1, 2]);
  });

  it('read while this run writes (apply\'s checks), a short listing is used as read: both passes together', async () => {
    // The first pass misses the last 10, the second misses the first 10 (objects moved between pages).
    let pass = 0;
    server = await startScriptedServer((request) => {
      const { page } = pageOf(request);
      if (page === 1) pass += 1;
      const seen = pass === 1 ? all.slice(0, 37) : all.slice(10);
      return { status: 200, json: { type: 'list', data: seen.slice((page - 1) * 20, page * 20), total_count: all.length, pages: null } };
    });
    const { client } = makeClient(server.url);
    const collections = await client.listCollections({ whileWriting: true });
    expect(collections.map((c) => c.id).sort()).toEqual(all.map((c) => String(c.id)).sort());
    expect(await client.listCollections().catch((e: unknown) => e)).toBeInstanceOf(IntercomApiError);
  });
});
