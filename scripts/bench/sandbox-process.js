// @ts-check
/**
 * The sandbox as users run it (`intercom-config sandbox`), in its own process, so that the
 * client under measurement never shares an event loop with the server it talks to. Rate
 * limit, latency and the request log are driven through the sandbox's admin routes.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BIN, ROOT } from './paths.js';

export const BENCH_TOKEN = 'bench-token';

/**
 * Starts `intercom-config sandbox --port 0` seeded with `seed` (written to `dir`), and
 * resolves once it listens.
 * @param {{ dir: string; seed: unknown; perPageMax?: number; articleHtml?: 'verbatim' | 'editor' }} options
 */
export async function startSandboxProcess({ dir, seed, perPageMax, articleHtml }) {
  const seedFile = join(dir, 'seed.json');
  await writeFile(seedFile, JSON.stringify(seed));
  const args = [BIN, 'sandbox', '--port', '0', '--seed', seedFile, '--token', BENCH_TOKEN];
  if (perPageMax !== undefined) args.push('--per-page-max', String(perPageMax));
  if (articleHtml !== undefined) args.push('--switch', `article_html=${articleHtml}`);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  /** @type {Promise<number | string | null>} */
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  /** @type {string} */
  const url = await new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (/** @type {string} */ chunk) => {
      stderr += chunk;
      const match = /Intercom sandbox listening on (http:\/\/\S+)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${stderr}`)));
  });
  return new SandboxProcess(child, url, exited);
}

export class SandboxProcess {
  /**
   * @param {import('node:child_process').ChildProcess} child
   * @param {string} url
   * @param {Promise<unknown>} exited
   */
  constructor(child, url, exited) {
    this.child = child;
    this.url = url;
    this.exited = exited;
  }

  /**
   * @param {string} method
   * @param {string} route
   * @param {unknown} [body]
   * @returns {Promise<any>} the admin route's JSON answer
   */
  async #admin(method, route, body) {
    const response = await fetch(`${this.url}/__sandbox/${route}`, {
      method,
      headers: { Authorization: `Bearer ${BENCH_TOKEN}`, 'Content-Type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`sandbox admin ${method} ${route}: HTTP ${response.status}`);
    return response.json();
  }

  /**
   * Every API request the sandbox received since the last clear, in arrival order.
   * @returns {Promise<import('./types.js').RequestLogEntry[]>}
   */
  async requests() {
    return (await this.#admin('GET', 'requests')).requests;
  }

  clearRequests() {
    return this.#admin('DELETE', 'requests');
  }

  /**
   * `limit` calls per 10-second window; null turns rate limiting off.
   * @param {number | null} limit
   */
  setRateLimit(limit) {
    return this.#admin('PUT', 'rate-limit', limit === null ? null : { limit });
  }

  /** @param {number} ms */
  setLatency(ms) {
    return this.#admin('PUT', 'latency', { ms });
  }

  async stop() {
    this.child.kill('SIGTERM');
    await this.exited;
  }
}
