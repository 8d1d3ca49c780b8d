/**
 * Loading articles: each `body_file` is read (relative to the config file) into `body`,
 * then every body's Markdown is checked offline — images must be absolute https URLs
 * (Intercom does not host files through its API) and a relative link must name another
 * declared article's body file. Problems point at the line and column in the Markdown.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FileReadError } from '../../common/read-regular-file.js';
import { markdownToHtml, type ImageProblem, type SourcePosition } from '../../content/index.js';
import { at, type Finding } from '../../config/parts/findings.js';
import type { FileContext } from '../kind.js';
import { contentsOf, type ContentRef } from './contents.js';
import { fileKey, isSitePath, linkedFile, renderBody, splitTarget } from './markdown.js';
import type { DesiredArticle } from './schema.js';

/** Files open at once while loading: enough to overlap disk waits, well under any descriptor limit. */
const PARALLEL_READS = 16;

export async function readArticleFiles(articles: readonly DesiredArticle[] | undefined, context: FileContext): Promise<Finding[]> {
  if (!articles) return [];
  const contents = contentsOf(articles);
  const findings: Finding[] = [];
  const shownAs = (file: string) => (isAbsolute(file) ? file : join(dirname(context.file), file));
  const pending = contents.filter((ref) => ref.content.body_file !== undefined && ref.content.body === undefined);
  const readOne = async (ref: ContentRef): Promise<void> => {
    const file = ref.content.body_file!;
    try {
      const outside = await outsideFolder(context.dir, file);
      if (outside) {
        findings.push(at([...ref.path, 'body_file'], `${outside}; keep article files in the config file's folder or below it (e.g. articles/install.md)`));
        return;
      }
      ref.content.body = await context.read(resolve(context.dir, file));
    } catch (error) {
      if (!(error instanceof FileReadError)) throw error;
      findings.push(at([...ref.path, 'body_file'], `cannot read ${shownAs(file)}: ${error.reason}; write the article's Markdown there, or fix the path (it is relative to the config file)`));
    }
  };
  for (let next = 0; next < pending.length; next += PARALLEL_READS) await Promise.all(pending.slice(next, next + PARALLEL_READS).map(readOne));
  findings.push(...checkBodies(contents, shownAs));
  return findings;
}

/**
 * Why `file` may not be read as an article body: an absolute path, or one that leads out of
 * the config file's folder (through `..` or a symbolic link). A body is shown in plans and
 * published to the help center, so a config file — a pull request's, say — must not be
 * able to name other files on the machine that runs it (`/proc/self/environ`, `~/.npmrc`).
 */
async function outsideFolder(dir: string, file: string): Promise<string | undefined> {
  if (isAbsolute(file)) return `${file} is an absolute path`;
  const target = resolve(dir, file);
  if (!isInside(dir, target)) return `${file} leads out of the config file's folder`;
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return undefined; // missing: the read says so
  }
  return isInside(await realpath(dir), real) ? undefined : `${file} is a link to a file outside the config file's folder`;
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Images and relative links of every body read (or written inline). */
export function checkBodies(contents: readonly ContentRef[], shownAs: (file: string) => string): Finding[] {
  const known = new Set(contents.flatMap((ref) => (ref.content.body_file === undefined ? [] : [fileKey(ref.content.body_file)])));
  const findings: Finding[] = [];
  for (const ref of contents) {
    const markdown = ref.content.body;
    if (markdown === undefined) continue;
    const from = ref.content.body_file;
    const rendered = renderBody(markdown);
    const isKnown = (target: string) => isSitePath(target) || known.has(linkedFile(from, splitTarget(target).path));
    const located = (position: SourcePosition, message: string): Finding =>
      from === undefined
        ? at([...ref.path, 'body'], `line ${position.line} of the body: ${message}`)
        : { ...at([...ref.path, 'body_file'], message), position, file: shownAs(from) };
    for (const problem of rendered.imageProblems) findings.push(located(problem, imageMessage(problem)));
    if (rendered.targets.every(isKnown)) continue;
    // Positions are only worked out for the rare body with a bad link.
    const { unresolvedLinks } = markdownToHtml(markdown, { resolveLink: (target) => (isKnown(target) ? target : undefined) });
    for (const link of unresolvedLinks) {
      findings.push(
        located(
          link,
          `link ${JSON.stringify(link.target)} names no declared article (no article's body_file is ${linkedFile(from, splitTarget(link.target).path)}); ` +
            'link to another article\'s Markdown file, or write an absolute URL',
        ),
      );
    }
  }
  return findings;
}

function imageMessage(problem: ImageProblem): string {
  return problem.reason === 'relative'
    ? `image ${JSON.stringify(problem.src)} is a relative path; Intercom does not host files through its API, so upload the image somewhere public and use its absolute https URL`
    : `image ${JSON.stringify(problem.src)} is not an https URL; Intercom's help center only shows images from absolute https URLs`;
}
