/**
 * The sandbox as users run it: `intercom-config sandbox` in its own process, stopped by
 * signals. Uses the built CLI (the process project's global setup rebuilds a stale dist/).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStateFile } from '../../src/sandbox/persistence.js';
import { ROOT, startBin, type RunningProcess } from '../helpers/process.js';
import { SandboxClient, withTempDir } from './support/sandbox-client.js';

interface Served {
  process: RunningProcess;
  url: string;
}

async function serve(args: string[]): Promise<Served> {
  const server = startBin(['sandbox', '--port', '0', ...args], { cwd: ROOT });
  const [, url] = await server.waitForOutput(/Intercom sandbox listening on (http:\/\/\S+)/);
  return { process: server, url: url! };
}

describe('intercom-config sandbox process', () => {
  it('prints where it listens, serves the API and exits cleanly on SIGTERM with its state saved', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'sandbox.json');
      const served = await serve(['--state', stateFile, '--token', 'cli-secret']);
      const api = new SandboxClient(served.url, 'cli-secret');
      expect(served.process.output().stderr).toContain(`(state: ${stateFile})`);
      expect(served.process.output().stderr).not.toContain('cli-secret');
      expect((await api.get('/ticket_types', { token: 'wrong' })).status).toBe(401);
      const created = (await api.post('/ticket_types', { name: 'From the CLI' })).body;
      served.process.child.kill('SIGTERM');
      const exit = await served.process.done;
      expect(exit.code).toBe(0);
      expect(exit.stderr).toContain('Intercom sandbox stopped');
      const saved = await loadStateFile(stateFile);
      expect(saved?.ticket_types.map((t) => [t.id, t.name])).toEqual([[created.id, 'From the CLI']]);
    });
  });

  it('never leaves a torn or stale state file when killed with SIGKILL during writes', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'sandbox.json');
      const seedFile = join(dir, 'seed.json');
      // A big state makes each write take long enough for kills to land mid-write.
      const collections = Array.from({ length: 1_500 }, (_, i) => ({ name: `Seeded ${i}`, description: 'x'.repeat(100) }));
      await writeFile(seedFile, JSON.stringify({ collections }));
      const acknowledged = new Set<string>();

      for (let round = 0; round < 3; round += 1) {
        const served = await serve(['--state', stateFile, '--seed', seedFile]);
        const api = new SandboxClient(served.url);
        let stop = false;
        // Resolves once this round has a few acknowledged writes: the kill lands while
        // three writers keep the server busy writing its state file.
        const target = acknowledged.size + 3 + round * 2;
        let reached!: () => void;
        const enoughWrites = new Promise<void>((resolve) => (reached = resolve));
        const writer = async (lane: number): Promise<void> => {
          for (let i = 0; !stop; i += 1) {
            try {
              const reply = await api.post('/help_center/collections', { name: `R${round} L${lane} #${i}` });
              if (reply.status === 200) acknowledged.add(reply.body.id);
              if (acknowledged.size >= target) reached();
            } catch {
              return; // The process is gone: this write's outcome is unknown, so it is not counted.
            }
          }
        };
        const lanes = [0, 1, 2].map(writer);
        await enoughWrites;
        served.process.child.kill('SIGKILL');
        await served.process.done;
        stop = true;
        await Promise.all(lanes);

        // The file must always parse and hold every acknowledged write.
        const state = await loadStateFile(stateFile);
        const ids = new Set(state?.collections.map((c) => c.id));
        const lost = [...acknowledged].filter((id) => !ids.has(id));
        expect(lost).toEqual([]);
        expect(state?.collections.length).toBeGreaterThanOrEqual(1_500 + acknowledged.size);
      }
      expect(acknowledged.size).toBeGreaterThan(0);

      // A restart cleans up temp files a killed writer left behind.
      const last = await serve(['--state', stateFile]);
      last.process.child.kill('SIGTERM');
      await last.process.done;
      expect((await readdir(dir)).sort()).toEqual(['sandbox.json', 'seed.json']);
    });
  });
});
