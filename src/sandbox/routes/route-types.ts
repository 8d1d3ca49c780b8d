/** What a route handler receives and returns. Handlers are synchronous and never do I/O. */
import type { ApiVersion } from '../api-version.js';
import type { SandboxSwitches } from '../switches.js';
import type { Workspace } from '../workspace.js';

export interface ApiSettings {
  perPageDefault: number;
  perPageMax: number;
  /** How the sandbox settles what no public source does (switches.ts). */
  switches: SandboxSwitches;
  /** Cap on live custom data attributes; what it counts is the `data_attribute_limit` switch. */
  dataAttributeMax: number;
}

export type ArticleHtmlMode = SandboxSwitches['article_html'];

export interface RouteRequest {
  ws: Workspace;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON object body; `{}` when the request had none. */
  body: Record<string, unknown>;
  version: ApiVersion;
  settings: ApiSettings;
}

export interface RouteResponse {
  status: number;
  body: unknown;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with `:name` segments, e.g. `/ticket_types/:id`. */
  pattern: string;
  /** Oldest Intercom-Version that has this endpoint. */
  minVersion?: string;
  handle(request: RouteRequest): RouteResponse;
}

export function ok(body: unknown): RouteResponse {
  return { status: 200, body };
}
