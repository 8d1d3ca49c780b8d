/**
 * Loopback hosts are the only ones allowed over plain http: traffic to them never leaves
 * the machine, so the bearer token is not exposed. Takes `URL.hostname` (IPv6 in brackets).
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost') return true;
  if (host === '[::1]' || host === '::1') return true;
  // WHATWG URL parsing already normalises IPv4 shorthands (127.1 → 127.0.0.1).
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

export type BaseUrlProblem = 'invalid' | 'protocol' | 'credentials' | 'query' | 'insecure';

/** Why a workspace `url` cannot be used as an API base URL, if it cannot. */
export function baseUrlProblem(text: string): BaseUrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'protocol';
  if (url.username !== '' || url.password !== '') return 'credentials';
  if (url.search !== '' || url.hash !== '') return 'query';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'insecure';
  return undefined;
}
