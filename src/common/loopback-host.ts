/**
 * Loopback hosts are the only ones allowed over plain http: traffic to them never leaves
 * the machine, so the bearer token is not exposed. Takes `URL.hostname` (IPv6 in brackets).
 */
export function isLoopbackHost(hostname: string): boolean {
  // `localhost.` is a DNS name that a resolver may send elsewhere: it is not loopback here.
  const host = hostname.toLowerCase();
  if (host === 'localhost') return true;
  if (host === '[::1]' || host === '::1') return true;
  // WHATWG URL parsing already normalises IPv4 shorthands (127.1 → 127.0.0.1).
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}
