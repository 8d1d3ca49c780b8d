/**
 * The sandbox as users run it: `intercom-config sandbox` in its own process. Uses the
 * compiled CLI (`npm run build`, which `npm test` runs first).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStateFile } from '../../src/sandbox/persistence.js';
import { SandboxClient, withTempDir } from './support/sandbox-client.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runJs = join(root, 'bin', 'run.js');
const built = existsSync(join(root, 'dist', 'commands', 'sandbox.js'));

interface Child {
  process: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  stderr: () => string;
}

async function startCli(args: string[]): Promise<Child> {
  const child = spawn(process.execPath, [runJs, 'sandbox', '--port', '0', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /Intercom sandbox listening on (http:\/\/\S+)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`sandbox exited with ${code} before listening:\n${stderr}`)));
  });
  return { process: child, url, exited, stderr: () => stderr };
}

const suiteTitle = `intercom-config sandbox process${built ? '' : ' (skipped: run `npm run build` first, dist/ is missing)'}`;

describe.skipIf(!built)(suiteTitle, () => {
  it('prints where it listens, serves the API and exits cleanly on SIGTERM with its state saved', async () => {
    await withTempDir(async (dir) => {
      const stateFile = join(dir, 'sandbox.json');
      const child = await startCli(['--state', stateFile, '--token', 'cli-secret']);
      const api = new SandboxClient(child.url, 'cli-secret');
      expect(child.stderr()).toContain(`(state: ${stateFile})`);
      expect(child.stderr()).not.toContain('cli-secret');
      expect((await api.get('/ticket_types', { token: 'wrong' })).status).toBe(401);
      const created = (await api.post('/ticket_types', { name: 'From the CLI' })).body;
      child.process.kill('SIGTERM');
      expect(await child.exited).toBe(0);
      expect(child.stderr()).toContain('Intercom sandbox stopped');
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
        const child = await startCli(['--state', stateFile, '--seed', seedFile]);
        const api = new SandboxClient(child.url);
        let stop = false;
        const writer = async (lane: number): Promise<void> => {
          for (let i = 0; !stop; i += 1) {
            try {
              const reply = await api.post('/help_center/collections', { name: `R${round} L${lane} #${i}` });
              if (reply.status === 200) acknowledged.add(reply.body.id);
            } catch {
              return; // The process is gone: this write's outcome is unknown, so it is not counted.
            }
          }
        };
        const lanes = [0, 1, 2].map(writer);
        await new Promise((resolve) => setTimeout(resolve, 150 + round * 100));
        child.process.kill('SIGKILL');
        await child.exited;
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
      const last = await startCli(['--state', stateFile]);
      last.process.kill('SIGTERM');
      await last.exited;
      expect((await readdir(dir)).sort()).toEqual(['sandbox.json', 'seed.json']);
    });
  });
});
