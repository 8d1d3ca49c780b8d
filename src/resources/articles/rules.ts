import type { ConfigPath, Finding } from '../../config/parts/findings.js';
import { at } from '../../config/parts/findings.js';
import { isRecord, lineOf, records, scopeOf, scopesOverlap, text, texts, type Loose, type RuleContext } from '../../config/parts/loose.js';
import { findNameClashes } from '../../config/parts/name-clashes.js';
import type { DeclaredObject } from '../kind.js';
import { fileKey } from './markdown.js';

const ARTICLE_TITLES = { noun: 'article', key: 'title', previousKey: 'previous_titles' };

/**
 * Articles: titles unique within one collection of one help center (the title identifies
 * the article there), one body per content (`body_file` or `body`), and no body file
 * shared by two contents (a link to it would be ambiguous).
 */
export function checkArticles(data: Loose, context: RuleContext): Finding[] {
  const helpCenter = data['help_center'];
  if (!isRecord(helpCenter)) return [];
  const path: ConfigPath = ['help_center', 'articles'];
  const articles = records(helpCenter['articles']);
  const findings: Finding[] = [];
  const siblings = new Map<string, Array<[number, Loose]>>();
  for (const entry of articles) {
    const [, article] = entry;
    const key = `${text(article['help_center']) ?? ''}\u0000${JSON.stringify(texts(article['collection']).map(([, name]) => name))}`;
    siblings.set(key, [...(siblings.get(key) ?? []), entry]);
  }
  for (const group of siblings.values()) findings.push(...findNameClashes(group, path, ARTICLE_TITLES, context));

  const files = new Map<string, { path: ConfigPath; scope: string[] | undefined }>();
  for (const [index, article] of articles) {
    const scope = scopeOf(article);
    const contents: Array<[ConfigPath, Loose]> = [[[...path, index], article]];
    const translations = article['translated_content'];
    if (isRecord(translations)) {
      for (const [locale, content] of Object.entries(translations)) if (isRecord(content)) contents.push([[...path, index, 'translated_content', locale], content]);
    }
    for (const [contentPath, content] of contents) {
      if (content['body_file'] !== undefined && content['body'] !== undefined) {
        findings.push(at([...contentPath, 'body'], 'write the body once: either body_file (a Markdown file) or body (inline Markdown), not both', 'key'));
      }
      const file = text(content['body_file']);
      if (file === undefined) continue;
      const earlier = files.get(fileKey(file));
      if (earlier && scopesOverlap(earlier.scope, scope)) {
        findings.push(
          at(
            [...contentPath, 'body_file'],
            `${JSON.stringify(file)} is already the body of another article or translation (line ${lineOf(context, earlier.path)}); ` +
              'give each its own file, so that a link to the file names one article',
          ),
        );
      } else {
        files.set(fileKey(file), { path: [...contentPath, 'body_file'], scope });
      }
    }
  }
  return findings;
}

/** Every declared article. */
export function declaredArticles(data: Loose): DeclaredObject[] {
  const helpCenter = data['help_center'];
  if (!isRecord(helpCenter)) return [];
  return records(helpCenter['articles']).map(([i, value]) => ({
    kind: 'article',
    path: ['help_center', 'articles', i],
    value,
    // `ignore:` matches an article by its collection path and title.
    namePath: [...texts(value['collection']).map(([, name]) => name), text(value['title']) ?? ''],
  }));
}
