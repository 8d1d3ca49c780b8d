/**
 * Where the token may go. The config file is often changed by pull requests that CI then
 * plans with a production token, so the file alone must not be able to send that token to
 * a host of its choosing: any host other than Intercom's API hosts and loopback needs an
 * opt-in from outside the file — `--allow-url HOST` or INTERCOM_CONFIG_ALLOW_URL.
 */
import { isLoopbackHost } from '../common/loopback-host.js';

/** The official API hosts, one per data-hosting region (us, eu, au). */
export const INTERCOM_API_HOSTS: readonly string[] = ['api.intercom.io', 'api.eu.intercom.io', 'api.au.intercom.io'];

/** Hosts (or host:port, or URLs) allowed besides Intercom's, separated by commas or spaces. */
export const ALLOW_URL_ENV = 'INTERCOM_CONFIG_ALLOW_URL';

/** `HOST`, `HOST:PORT` or a URL, as written in the flag or the variable, normalised. */
export function parseAllowedHosts(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/[\s,]+/)
    .filter((entry) => entry !== '')
    .map((entry) => {
      try {
        return new URL(entry.includes('://') ? entry : `https://${entry}`).host.toLowerCase();
      } catch {
        return entry.toLowerCase();
      }
    });
}

/** Whether the token may be sent to `url` without an opt-in, or with one of `allowed`. */
export function isAllowedApiUrl(url: URL, allowed: readonly string[]): boolean {
  const hostname = url.hostname.toLowerCase();
  if (url.protocol === 'https:' && INTERCOM_API_HOSTS.includes(hostname) && url.port === '') return true;
  if (isLoopbackHost(hostname)) return true;
  // `host` alone allows any port of it; `host:port` only that port.
  return allowed.includes(hostname) || allowed.includes(url.host.toLowerCase());
}

/** The environment with `hosts` added to INTERCOM_CONFIG_ALLOW_URL (how `--allow-url` reaches the library). */
export function withAllowedUrls(env: Record<string, string | undefined>, hosts: readonly string[]): Record<string, string | undefined> {
  if (hosts.length === 0) return env;
  const existing = env[ALLOW_URL_ENV];
  return { ...env, [ALLOW_URL_ENV]: [existing, ...hosts].filter((h) => h !== undefined && h !== '').join(',') };
}
