import type { ArticleBody, ArticleContentBody, LiveArticle, LiveArticleContent } from '../../client/live-types.js';
import { htmlToMarkdown } from '../../content/index.js';
import type { UnappliedField } from '../../plan/plan-types.js';
import type { Written } from '../kind.js';
import { ARTICLE_CONTENT_FIELDS } from './fields.js';

/**
 * What an article write sent that its answer does not show. The plan shows bodies as
 * Markdown and authors by email, and a body's links to articles created in the same apply
 * are filled in only when it is sent: so the request as sent (`Written.sent`) is compared
 * with the answer, each field by its own equality (bodies by meaning). Paths and values
 * are reported as the plan shows them, so the next plan recognises a field that is stuck.
 */
export function articleUnapplied(written: Written): UnappliedField[] {
  const sent = written.sent as ArticleBody | undefined;
  const answer = written.answer as LiveArticle | undefined;
  if (sent === undefined || answer === undefined) return [];
  const out = unappliedContent('', sent, answer);
  for (const [locale, content] of Object.entries(sent.translated_content ?? {})) {
    out.push(...unappliedContent(`translated_content.${locale}.`, content, answer.translated_content?.[locale]));
  }
  if (sent.parent_id !== undefined && String(sent.parent_id ?? '') !== String(answer.parent_id ?? '')) {
    out.push({ path: 'collection', sent: sent.parent_id === null ? 'no collection' : `collection id ${sent.parent_id}`, received: answer.parent_id === null ? 'no collection' : `collection id ${answer.parent_id}` });
  }
  return out;
}

function unappliedContent(prefix: string, sent: ArticleContentBody, received: LiveArticleContent | undefined): UnappliedField[] {
  const out: UnappliedField[] = [];
  for (const name of ARTICLE_CONTENT_FIELDS.names) {
    const value = sent[name];
    if (value === undefined) continue;
    const got = received?.[name];
    if (ARTICLE_CONTENT_FIELDS.same(name, value, got)) continue;
    if (name === 'body') out.push({ path: `${prefix}body`, sent: htmlToMarkdown(String(value)), received: got === undefined ? undefined : htmlToMarkdown(String(got)) });
    else if (name === 'author_id') out.push({ path: `${prefix}author`, sent: `admin id ${String(value)}`, received: got === undefined ? undefined : `admin id ${String(got)}` });
    else out.push({ path: `${prefix}${name}`, sent: value, received: got });
  }
  return out;
}
