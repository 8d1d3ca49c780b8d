/**
 * Article Markdown, rendered once per text: every relative link target becomes a token
 * (`intercom-config-link:N`) that the plan later replaces with the target article's URL,
 * so loading (which checks images and links) and planning (which resolves links against
 * the workspace) share one Markdown → HTML conversion.
 */
import { posix } from 'node:path';
import { markdownToHtml, type ImageProblem } from '../../content/index.js';

export interface RenderedBody {
  /** HTML with a token in place of each relative link target. */
  html: string;
  /** Relative link targets as written (decoded), by token number. */
  targets: string[];
  imageProblems: ImageProblem[];
}

const TOKEN_PREFIX = 'intercom-config-link:';
const TOKEN = /href="intercom-config-link:(\d+)"/g;

/** Bodies of a 1,000-article plan fit; a long-running library user does not grow without bound. */
const MAX_CACHED = 5_000;
const cache = new Map<string, RenderedBody>();

export function renderBody(markdown: string): RenderedBody {
  const cached = cache.get(markdown);
  if (cached) return cached;
  const targets: string[] = [];
  const { html, imageProblems } = markdownToHtml(markdown, {
    resolveLink: (target) => {
      targets.push(target);
      return `${TOKEN_PREFIX}${targets.length - 1}`;
    },
  });
  const rendered = { html, targets, imageProblems };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(markdown, rendered);
  return rendered;
}

/** The HTML with each token's href replaced by `hrefOf(token number)` (attribute-escaped here). */
export function replaceLinkTokens(html: string, hrefOf: (index: number) => string): string {
  return html.replace(TOKEN, (_whole, index: string) => `href="${escapeAttribute(hrefOf(Number(index)))}"`);
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link target split into the file it names and its `#fragment` (with the `#`, or ''). */
export function splitTarget(target: string): { path: string; fragment: string } {
  const hash = target.indexOf('#');
  const withoutFragment = hash < 0 ? target : target.slice(0, hash);
  const query = withoutFragment.indexOf('?');
  return { path: query < 0 ? withoutFragment : withoutFragment.slice(0, query), fragment: hash < 0 ? '' : target.slice(hash) };
}

/** A target on the help center's own site (`/en/articles/…`), not a file: written as is. */
export function isSitePath(target: string): boolean {
  return target.trim().startsWith('/');
}

/** A body file's name as links find it: forward slashes, `.` and `..` resolved. */
export function fileKey(bodyFile: string): string {
  return posix.normalize(bodyFile.replace(/\\/g, '/'));
}

/** The body file a relative link in `fromFile` (undefined: an inline body, next to the config) names. */
export function linkedFile(fromFile: string | undefined, targetPath: string): string {
  const base = fromFile === undefined ? '.' : posix.dirname(fileKey(fromFile));
  return posix.normalize(posix.join(base, targetPath.replace(/\\/g, '/')));
}
