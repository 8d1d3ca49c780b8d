import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { StateStore } from '../../src/sandbox/persistence.js';
import { createStateSerializer } from '../../src/sandbox/state-serializer.js';
import { openSandbox, withTempDir } from './support/sandbox-client.js';

const readState = async (file: string) => JSON.parse(await readFile(file, 'utf8'));

describe('state file persistence', () => {
  it('writes a fresh (seeded) state at once and reloads it on restart without seeding again', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'nested', 'sandbox.json');
      const first = await openSandbox({ stateFile, seed: { ticket_types: [{ name: 'Seeded' }] } });
      const tt = (await first.api.post('/ticket_types', { name: 'Created' })).body;
      const attr = (await first.api.post(`/ticket_types/${tt.id}/attributes`, { name: 'Size', description: '', data_type: 'list', list_items: 'S,M' })).body;
      const collection = (await first.api.post('/help_center/collections', { name: 'Docs' })).body;
      await first.sandbox.close();

      const second = await openSandbox({ stateFile, seed: { ticket_types: [{ name: 'Other seed' }] } });
      try {
        const types = (await second.api.get('/ticket_types')).body.data;
        expect(types.map((t: any) => t.name)).toEqual(['Seeded', 'Created']);
        const reloaded = types[1].ticket_type_attributes.data.find((a: any) => a.id === attr.id);
        expect(reloaded.input_options).toEqual(attr.input_options);
        expect((await second.api.get(`/help_center/collections/${collection.id}`)).body).toEqual(collection);
        const next = (await second.api.post('/help_center/collections', { name: 'More' })).body;
        expect(Number(next.id)).toBeGreaterThan(Number(attr.id));
      } finally {
        await second.sandbox.close();
      }
    });
  });

  it('has every acknowledged write on disk before the answer arrives', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'sandbox.json');
      const { sandbox, api } = await openSandbox({ stateFile });
      try {
        for (let i = 0; i < 10; i += 1) {
          const created = (await api.post('/help_center/collections', { name: `C${i}` })).body;
          const onDisk = await readState(stateFile);
          expect(onDisk.collections.map((c: any) => c.id)).toContain(created.id);
        }
        const concurrent = await Promise.all(
          Array.from({ length: 25 }, (_, i) => api.post('/help_center/collections', { name: `P${i}` })),
        );
        const onDisk = await readState(stateFile);
        expect(onDisk.collections).toHaveLength(35);
        expect(concurrent.every((r) => r.status === 200)).toBe(true);
        expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      } finally {
        await sandbox.close();
      }
    });
  });

  it('does not write the file for reads or refused writes', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'sandbox.json');
      const { sandbox, api } = await openSandbox({ stateFile });
      try {
        const before = await stat(stateFile);
        await api.get('/ticket_types');
        await api.post('/help_center/collections', { description: 'no name' });
        expect((await stat(stateFile)).mtimeMs).toBe(before.mtimeMs);
      } finally {
        await sandbox.close();
      }
    });
  });

  it('stops with an error naming a damaged state file, and leaves the file alone', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'sandbox.json');
      await writeFile(stateFile, '{"format": "intercom-config-sandbox-state", "format_ver');
      await expect(startSandbox({ stateFile })).rejects.toThrow(`The sandbox state file ${stateFile} is damaged: not valid JSON`);
      expect(await readFile(stateFile, 'utf8')).toBe('{"format": "intercom-config-sandbox-state", "format_ver');
      // A config may name any file as its state: the message never quotes what is in it.
      const other = join(dir, 'passwd');
      await writeFile(other, 'root:x:0:0:secret-looking-line\n');
      const error = await startSandbox({ stateFile: other }).then(() => undefined, (e: unknown) => e as Error);
      expect(error?.message).toBe(`The sandbox state file ${other} is damaged: not valid JSON`);

      const first = await startSandbox({ stateFile: join(dir, 'good.json') });
      await first.close();
      const good = await readState(join(dir, 'good.json'));
      good.collections = [{ id: 'abc' }];
      await writeFile(stateFile, JSON.stringify(good));
      await expect(startSandbox({ stateFile })).rejects.toThrow(/is damaged: collections\.0\.id/);
      await writeFile(stateFile, '{"hello": "world"}');
      await expect(startSandbox({ stateFile })).rejects.toThrow(/is damaged: format/);
    });
  });

  it('removes temp files left by a dead writer on start', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'sandbox.json');
      // Pid 2^22 + 1 is above Linux's pid_max, so no live process owns this temp file.
      const stale = join(dir, `.sandbox.json.${2 ** 22 + 1}.deadbeef.tmp`);
      await writeFile(stale, '{"partial');
      const sandbox = await startSandbox({ stateFile });
      await sandbox.close();
      expect(await readdir(dir)).toEqual(['sandbox.json']);
    });
  });
});

describe('StateStore group commit', () => {
  it('covers every mutation made while a write is in flight with one following write', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'state.json');
      let counter = 0;
      const store = new StateStore(file, () => JSON.stringify({ counter }));
      const pending: Promise<void>[] = [];
      for (let i = 0; i < 20; i += 1) {
        counter += 1;
        pending.push(store.persist());
      }
      await Promise.all(pending);
      expect(store.writes).toBe(2);
      expect(await readState(file)).toEqual({ counter: 20 });
      counter += 1;
      await store.persist();
      expect(store.writes).toBe(3);
      await store.flush();
    });
  });

  it('does nothing without a file', async () => {
    const store = new StateStore(undefined, () => '{}');
    await store.persist();
    expect(store.writes).toBe(0);
  });
});

describe('state serializer', () => {
  it('keeps the state file equal to the live state while collections change between writes', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'sandbox.json');
      const seed = { collections: [{ name: 'A', collections: [{ name: 'B' }] }, { name: 'C' }] };
      const { sandbox, api } = await openSandbox({ stateFile, seed });
      try {
        const fileMatchesLiveState = async () =>
          expect(await readFile(stateFile, 'utf8')).toBe(JSON.stringify(sandbox.snapshot()));
        await fileMatchesLiveState();
        const [a, b, c] = sandbox.snapshot().collections;
        await api.put(`/help_center/collections/${b?.id}`, { name: 'B2', parent_id: null, translated_content: { fr: { name: 'Bé' } } });
        await fileMatchesLiveState();
        await api.put(`/help_center/collections/${a?.id}`, { description: 'changed' });
        await api.delete(`/help_center/collections/${c?.id}`);
        await api.post('/help_center/collections', { name: 'D', parent_id: a?.id, translated_content: { en: { name: 'ignored' } } });
        await fileMatchesLiveState();
      } finally {
        await sandbox.close();
      }
    });
  });

  it('reuses cached collection JSON only while seq is unchanged', () => {
    const serialize = createStateSerializer();
    const state: any = {
      format: 'intercom-config-sandbox-state',
      format_version: 1,
      workspace_id: 'w',
      next_id: 3,
      next_seq: 2,
      help_centers: [],
      ticket_states: [],
      ticket_types: [],
      collections: [{ id: '1', name: 'Before', seq: 1 }, { id: '2', name: 'Other', seq: 1 }],
    };
    expect(serialize(state)).toBe(JSON.stringify(state));
    state.collections[0].name = 'After';
    state.collections[0].seq = 2;
    expect(serialize(state)).toBe(JSON.stringify(state));
    state.collections = [];
    expect(serialize(state)).toBe(JSON.stringify(state));
  });
});
