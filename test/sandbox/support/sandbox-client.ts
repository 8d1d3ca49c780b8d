/** Test helpers: start a sandbox and talk to it over real HTTP with global fetch. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, test } from 'vitest';
import { startSandbox } from '../../../src/sandbox/index.js';
import type { RunningSandbox, SandboxOptions } from '../../../src/sandbox/index.js';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: T;
}

export interface CallOptions {
  token?: string | null;
  version?: string | null;
  headers?: Record<string, string>;
  /** Sent as is (not JSON-encoded). */
  rawBody?: string;
}

export class SandboxClient {
  constructor(
    readonly url: string,
    private readonly defaultToken = 'test-token',
  ) {}

  async call<T = any>(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    const token = options.token === undefined ? this.defaultToken : options.token;
    if (token !== null) headers['Authorization'] = `Bearer ${token}`;
    if (options.version !== null) headers['Intercom-Version'] = options.version ?? '2.14';
    let payload: string | undefined = options.rawBody;
    if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(`${this.url}${path}`, { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Keep the raw text (HTML fault pages).
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  get<T = any>(path: string, options?: CallOptions): Promise<Reply<T>> {
    return this.call<T>('GET', path, undefined, options);
  }

  post<T = any>(path: string, body?: unknown, options?: CallOptions): Promise<Reply<T>> {
    return this.call<T>('POST', path, body, options);
  }

  put<T = any>(path: string, body?: unknown, options?: CallOptions): Promise<Reply<T>> {
    return this.call<T>('PUT', path, body, options);
  }

  delete<T = any>(path: string, options?: CallOptions): Promise<Reply<T>> {
    return this.call<T>('DELETE', path, undefined, options);
  }
}

export interface TestSandbox {
  sandbox: RunningSandbox;
  api: SandboxClient;
}

/** Starts an in-memory sandbox unless options say otherwise; `close()` it in afterEach/afterAll. */
export async function openSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox(options);
  return { sandbox, api: new SandboxClient(sandbox.url, options.token ?? 'test-token') };
}

export interface SandboxOpener {
  /** Starts a sandbox with these options and returns its client. */
  open(options?: SandboxOptions): Promise<SandboxClient>;
  /** The sandbox opened last. */
  readonly current: RunningSandbox;
  close(): Promise<void>;
}

/** For tests that start sandboxes with options of their own; the last one is closed after each test. */
export function sandboxOpener(): SandboxOpener {
  let sandbox: RunningSandbox | undefined;
  const close = async () => {
    await sandbox?.close();
    sandbox = undefined;
  };
  afterEach(close);
  return {
    open: async (options = {}) => {
      const opened = await openSandbox(options);
      sandbox = opened.sandbox;
      return opened.api;
    },
    get current() {
      if (!sandbox) throw new Error('No sandbox is open');
      return sandbox;
    },
    close,
  };
}

export interface SandboxFixtures {
  /** A fresh sandbox for the test, closed after it. */
  sandbox: RunningSandbox;
  /** A client for that sandbox, with the sandbox's token. */
  api: SandboxClient;
}

/** `it` with a sandbox fixture: a test that names `sandbox` or `api` gets its own, started with `options`. */
export function sandboxTestWith(options: SandboxOptions) {
  return test.extend<SandboxFixtures>({
    // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
    sandbox: async ({}, use) => {
      const sandbox = await startSandbox(options);
      try {
        await use(sandbox);
      } finally {
        await sandbox.close();
      }
    },
    api: async ({ sandbox }, use) => {
      await use(new SandboxClient(sandbox.url, options.token ?? 'test-token'));
    },
  });
}

/** The sandbox fixture with default options (in memory, any token). */
export const sandboxTest = sandboxTestWith({});

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'intercom-sandbox-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
