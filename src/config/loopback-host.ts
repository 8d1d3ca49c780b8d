import { isLoopbackHost } from '../common/loopback-host.js';

export { isLoopbackHost };

export type BaseUrlProblem = 'invalid' | 'protocol' | 'credentials' | 'query' | 'trailing-dot' | 'insecure';

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
  if (url.hostname.endsWith('.')) return 'trailing-dot';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'insecure';
  return undefined;
}
