import { join, relative, resolve, sep } from 'node:path';
import type { ExportedResources } from './export-resources.js';
import { writeFileAtomic } from '../util/write-file-atomic.js';

/**
 * `export --articles-dir DIR`: each exported article body (one per article and language)
 * is written to DIR as Markdown, and its config entry keeps only `body_file`, relative to
 * the directory of the config file being written. Links between articles are already
 * relative links between these files, so the result can be applied to another workspace.
 * Returns the files written.
 */
export async function writeArticleFiles(resources: ExportedResources, articlesDir: string, configDir: string): Promise<string[]> {
  const dir = resolve(articlesDir);
  const written: string[] = [];
  for (const article of resources.help_center?.articles ?? []) {
    for (const content of [article, ...Object.values(article.translated_content ?? {})]) {
      if (!content || content.body_file === undefined || content.body === undefined) continue;
      const file = join(dir, content.body_file);
      await writeFileAtomic(file, content.body);
      written.push(file);
      content.body_file = relative(configDir, file).split(sep).join('/');
      delete content.body;
    }
  }
  return written;
}
