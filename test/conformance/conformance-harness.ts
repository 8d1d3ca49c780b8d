/**
 * Shared by the conformance suites: send one request to the sandbox, check its status,
 * validate the answer (and, on success paths, the request body) against the 2.14
 * schemas, and count what was covered per operation and status.
 */
import { expect } from 'vitest';
import type { CallOptions, SandboxClient } from '../sandbox/support/sandbox-client.js';
import { loadExtract, OpenApiValidator } from './openapi-validator.js';

/** Both suites' options: a multilingual default help center and a single-language one. */
export const CONFORMANCE_SANDBOX = {
  token: 'conformance-token',
  perPageMax: 50,
  helpCenters: [
    { identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr', 'de'], default: true },
    { identifier: 'internal', display_name: 'Internal', locales: ['en'], custom_domain: 'docs.acme.test' },
  ],
};

export interface Exchange {
  status: number;
  body?: unknown;
  /** The body is deliberately outside the request schema (error cases). */
  invalidRequest?: boolean;
  call?: CallOptions;
}

export class ConformanceHarness {
  readonly validator = new OpenApiValidator();
  private readonly tally = new Map<string, { documented: boolean; count: number }>();
  private client: SandboxClient | undefined;

  use(client: SandboxClient): void {
    this.client = client;
  }

  /** Sends one request, checks the status, validates the response against the schema. */
  async exchange(template: string, method: string, path: string, spec: Exchange): Promise<any> {
    const { validator } = this;
    if (spec.body !== undefined && !spec.invalidRequest) {
      const validateRequest = validator.request(template, method);
      expect(validateRequest, `${method} ${template} takes no body`).toBeDefined();
      if (validateRequest && !validateRequest(spec.body)) {
        throw new Error(`Request body outside the schema for ${method} ${template}: ${validator.errorsText(validateRequest)}`);
      }
    }
    if (!this.client) throw new Error('ConformanceHarness.use(client) first');
    const reply = await this.client.call(method, path, spec.body, spec.call);
    expect(reply.status, `${method} ${path} → ${JSON.stringify(reply.body).slice(0, 400)}`).toBe(spec.status);
    const response = validator.response(template, method, reply.status);
    const valid = response.validate(reply.body);
    expect(valid, `${method} ${path} ${reply.status}:\n${validator.errorsText(response.validate)}\n${JSON.stringify(reply.body)}`).toBe(true);
    const key = `${response.operationId} ${reply.status}`;
    const entry = this.tally.get(key) ?? { documented: response.documented, count: 0 };
    entry.count += 1;
    this.tally.set(key, entry);
    return reply.body;
  }

  /** Documented statuses of the operations under `templates` that no exchange produced. */
  missing(templates: readonly string[]): string[] {
    const paths = loadExtract().paths;
    const out: string[] = [];
    for (const template of templates) {
      for (const op of Object.values(paths[template] ?? {})) {
        for (const status of Object.keys(op.responses)) {
          if (!this.tally.get(`${op.operationId} ${status}`)?.count) out.push(`${op.operationId} ${status}`);
        }
      }
    }
    return out;
  }

  report(title: string): string {
    const rows = [...this.tally.entries()].sort(([a], [b]) => a.localeCompare(b));
    const total = rows.reduce((sum, [, e]) => sum + e.count, 0);
    const lines = rows.map(([key, e]) => `  ${key.padEnd(38)} ${String(e.count).padStart(3)}${e.documented ? '' : '  (undocumented status → error schema)'}`);
    return `${title}: ${total} responses validated against the 2.14 schemas\n${lines.join('\n')}`;
  }
}
