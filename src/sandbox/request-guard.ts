/**
 * Requests the sandbox refuses before anything else: those a web browser makes on behalf
 * of some page. A page on any site can make the browser send requests to 127.0.0.1, or
 * rename itself to point there (DNS rebinding); either way the request carries an
 * `Origin` or `Sec-Fetch-Site` header, or a `Host` that is not this machine. Command-line
 * clients (intercom-config, curl) send none of these.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { isLoopbackHost } from '../common/loopback-host.js';

export interface RequestGuard {
  /** Listening on loopback only: then the Host header must name loopback too. */
  loopbackOnly: boolean;
}

/** Why the request is refused, or undefined to let it through. */
export function refusalReason(guard: RequestGuard, headers: IncomingHttpHeaders): string | undefined {
  if (headers.origin !== undefined) {
    return 'The sandbox refuses requests from web browsers (the request has an Origin header).';
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'none' && site !== 'same-origin') {
    return `The sandbox refuses requests from web browsers (Sec-Fetch-Site: ${String(site).slice(0, 40)}).`;
  }
  if (guard.loopbackOnly && !isLoopbackHostHeader(headers.host)) {
    return 'The sandbox listens on loopback only and refuses requests addressed to another host name (Host header).';
  }
  return undefined;
}

function isLoopbackHostHeader(host: string | undefined): boolean {
  if (host === undefined) return true; // HTTP/1.0 clients may omit it; a browser never does
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
  return isLoopbackHost(hostname);
}
