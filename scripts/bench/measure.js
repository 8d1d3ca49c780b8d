// @ts-check
/** Small measuring helpers shared by the benchmark sections. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `work` and returns its result with the wall time and this process's CPU time (ms).
 * @template T
 * @param {() => Promise<T> | T} work
 * @returns {Promise<{ value: T; wallMs: number; cpuMs: number }>}
 */
export async function timed(work) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * One no-op plan through the library, each step timed: opening the session (loading and
 * validating the config), reading the workspace, computing the plan.
 * @param {import('./types.js').Lib} lib
 * @param {string} configFile
 * @param {Record<string, string | undefined>} env
 */
export async function timedPlan(lib, configFile, env) {
  const opened = await timed(() => lib.WorkspaceSession.open({ configFile, env }));
  const session = opened.value;
  try {
    const read = await timed(() => session.readLive());
    const planned = await timed(() => session.planFrom(read.value));
    return { opened, read, planned };
  } finally {
    await session.close();
  }
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ i) => sorted[i] ?? Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export const mib = (/** @type {number} */ bytes) => bytes / (1024 * 1024);

/**
 * Runs `work(dir)` in a fresh temporary directory, removed afterwards.
 * @template T
 * @param {(dir: string) => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function withTempDir(work) {
  const dir = await mkdtemp(join(tmpdir(), 'icfg-bench-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'DELETE']);

/**
 * Reads and writes in a sandbox request log, and how many were refused with 429.
 * @param {import('./types.js').RequestLogEntry[]} requests
 */
export function tally(requests) {
  const writes = requests.filter((r) => WRITE_METHODS.has(r.method));
  return {
    total: requests.length,
    reads: requests.length - writes.length,
    // A GET of one object (a path ending in its id), as opposed to a listing.
    objectReads: requests.filter((r) => r.method === 'GET' && /\/\d+$/.test(r.path)).length,
    writes: writes.length,
    writesOk: writes.filter((r) => r.status >= 200 && r.status < 300).length,
    rateLimited: requests.filter((r) => r.status === 429).length,
    writesRateLimited: writes.filter((r) => r.status === 429).length,
  };
}

/**
 * One line of a section's table; `pass` is null for figures that are reported, not checked.
 * @param {string} measure
 * @param {string | number} target
 * @param {unknown} result
 * @param {boolean | null} [pass]
 * @returns {import('./types.js').Row}
 */
export function row(measure, target, result, pass = null) {
  return { measure, target, result: String(result), pass };
}
