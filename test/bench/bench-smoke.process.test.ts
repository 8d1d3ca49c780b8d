/**
 * `npm run bench` still runs: the benchmark in its --smoke form (tiny workloads, no timing
 * checks) against the built package. It proves every section runs and reports, not how
 * fast anything is. The process project's global setup rebuilds a stale dist/ first.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runProcess } from '../helpers/process.js';

function runBench(out: string) {
  return runProcess(process.execPath, [join(ROOT, 'scripts/bench/run-bench.js'), '--smoke', '--out', out], { cwd: ROOT, env: process.env });
}

describe('the benchmark (--smoke)', () => {
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
        'Apply: one write per changed object, no read of one object',
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
      // Apply lists a family before and after its creates (no lock in Intercom), never one object.
      expect(report).toMatch(/\| Reads \(GET\) during apply \| listings only: the checks before and after creates \| \d+ \(0 of one object\) \| ✅ \|/);
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
