/**
 * Matches a method and path against the route table. A known path with an unsupported
 * method is reported separately so the server can answer 404 as Intercom does.
 */
import { adminRoutes } from './routes/admins.js';
import { articleRoutes } from './routes/articles.js';
import { collectionRoutes } from './routes/collections.js';
import { dataAttributeRoutes } from './routes/data-attributes.js';
import { helpCenterRoutes } from './routes/help-centers.js';
import type { Route } from './routes/route-types.js';
import { ticketStateRoutes } from './routes/ticket-states.js';
import { ticketTypeAttributeRoutes } from './routes/ticket-type-attributes.js';
import { ticketTypeRoutes } from './routes/ticket-types.js';

export const API_ROUTES: readonly Route[] = [
  ...ticketTypeRoutes,
  ...ticketTypeAttributeRoutes,
  ...ticketStateRoutes,
  ...helpCenterRoutes,
  ...collectionRoutes,
  ...dataAttributeRoutes,
  ...articleRoutes,
  ...adminRoutes,
];

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed' }
  | { kind: 'unknown' };

/** `:name` segments match one path segment made of digits (all Intercom ids here are numeric). */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const segments = splitPath(path);
  let pathKnown = false;
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (!params) continue;
    pathKnown = true;
    if (route.method === method) return { kind: 'found', route, params };
  }
  return pathKnown ? { kind: 'method-not-allowed' } : { kind: 'unknown' };
}

function splitPath(path: string): string[] {
  return path.replace(/\/+$/, '').split('/').filter((s) => s.length > 0);
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = splitPath(pattern);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) {
      if (!/^\d+$/.test(segment)) return undefined;
      params[part.slice(1)] = segment;
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}
