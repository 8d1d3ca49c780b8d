/**
 * `npm run bench` still runs: the benchmark in its --smoke form (tiny workloads, no timing
 * checks) against the built package. It proves every section runs and reports, not how
 * fast anything is. Needs `npm run build` (which `npm test` runs first).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(join(root, 'dist', 'index.js'));

function runBench(out: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/bench/run-bench.js'), '--smoke', '--out', out], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe.skipIf(!built)(`the benchmark (--smoke)${built ? '' : ' (skipped: run `npm run build` first)'}`, () => {
  test('runs every section against the sandbox and writes a report with the machine and every figure', { timeout: 180_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'icfg-bench-smoke-'));
    try {
      const out = join(dir, 'BENCHMARKS.md');
      const run = await runBench(out);
      expect(run.code, run.stderr).toBe(0);
      const report = await readFile(out, 'utf8');

      expect(report).toContain('Smoke run (`--smoke`)');
      expect(report).toMatch(/- CPU: .+, \d+ cores/);
      expect(report).toMatch(/- Node v\d+\.\d+\.\d+, /);
      expect(report).toMatch(/- Date: \d{4}-\d{2}-\d{2}T/);
      const headings = [...report.matchAll(/^## \d\. (.+)$/gm)].map((m) => m[1]);
      expect(headings).toEqual([
        'No-op plan: API calls',
        'Reads at network speed',
        'Apply: one write per changed object, no read after a write',
        'Throughput at the rate limit',
        'Plan computation',
        'Config loading',
        'Cold start',
        'Articles: no-op plan',
      ]);
      // Call counts and write safety are checked even in the smoke run; they all hold.
      expect(report).toMatch(/\| Calls made by a no-op plan \(library\) \| = (\d+) \(physical minimum\) \| \1 \| ✅ \|/);
      // Every later page went out together; the wall-time rows are reported, not checked, in a smoke run.
      expect(report).toMatch(/\| Reads in flight at once \(most\) \| ≥ \d+ \(every later page together\) \| \d+ \| ✅ \|/);
      expect(report).toMatch(/\| \(a\) No-op plan after start-up \(read the workspace, compute the plan\), wall ÷ latency \| ≤ 2\.5 round trips \| [\d.]+ \(/);
      expect(report).toMatch(/\| \(c\) `intercom-config plan` end to end \(wall, spawn to exit\) \| report \| \d+ ms = [\d.]+× `node -e 0`/);
      expect(report).toMatch(/\| \(d\) Terraform-style refresh: one GET per object, 10 at a time \(wall\) \| report \| [\d.]+ s for \d+ calls = \d+× the no-op plan \(a\) \|/);
      expect(report).toMatch(/\| Reads \(GET\) during apply \| 0 \| 0 \| ✅ \|/);
      expect(report).toMatch(/time for \d+ writes \| .+ \| [\d.]+ s = [\d.]+× ideal \|/);
      expect(report).toMatch(/CPU of createPlan, first call \(\d+ changes\) \| < 300 ms \| \d+ ms/);
      expect(report).toMatch(/\| Loading and validating the file \(CPU of `loadConfig`, first call\) \| ≤ 300 ms \| \d+ ms median/);
      // The small smoke file must take the fast reader too, or the full-size figure would measure another path.
      expect(report).toMatch(/\| The file is read by the fast YAML reader \(no located document built\) \| yes \| yes \| ✅ \|/);
      expect(report).toMatch(/\| `intercom-config --version` \| report \| \d+ ms \|/);
      expect(report).toMatch(/\| Calls made by a no-op plan of the articles \(library\) \| = (\d+) \(the listings\) \| \1 \| ✅ \|/);
      expect(report).not.toContain('❌');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
