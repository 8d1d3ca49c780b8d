import type { LiveAdmin, LiveArticle, LiveArticleContent } from '../../src/client/live-types.js';

export const ADMINS: LiveAdmin[] = [
  { id: '501', name: 'Ada Lovelace', email: 'ada@example.com' },
  { id: '502', name: 'Grace Hopper', email: 'grace@example.com' },
];

export const HELP_URL = 'https://acme-help.help.test';

/** A live article as the client normalises it, in the default help center's collection `parent_id`. */
export function liveArticle(overrides: Partial<LiveArticle> & { id: string; title: string }): LiveArticle {
  const slug = overrides.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    description: '',
    body: '',
    author_id: '501',
    state: 'draft',
    url: `${HELP_URL}/en/articles/${overrides.id}-${slug}`,
    parent_id: null,
    parent_type: null,
    ...overrides,
  };
}

export function translation(overrides: Partial<LiveArticleContent> & { title: string; url: string }): LiveArticleContent {
  return { description: '', body: '', author_id: '501', state: 'draft', ...overrides };
}
