import { describe, expect, test } from 'vitest';
import { createPlan, type Plan } from '../../src/engine/create-plan.js';
import { renderPlanJson } from '../../src/render/render-json.js';
import { renderPlanMarkdown } from '../../src/render/render-markdown.js';
import { renderPlanText } from '../../src/render/render-text.js';
import { ADMINS, liveArticle } from '../helpers/article-builders.js';
import { HELP_CENTER, config, liveCollection, planInput } from '../helpers/live-builders.js';

/** Article changes of every shape: a create, a body edit, a move, a second write for links, a blocked prune. */
function articlePlan(): Plan {
  const longBody = Array.from({ length: 40 }, (_, i) => `Line ${i + 1}`).join('\n\n');
  return createPlan(
    planInput(
      config({
        help_center: {
          default_author: 'ada@example.com',
          articles: [
            { title: 'Install the app', collection: ['Guides'], body_file: 'install.md', body: '# Install\n\nRead [the FAQ](faq.md) first.\n', state: 'published' },
            { title: 'FAQ', collection: ['Guides'], body_file: 'faq.md', body: 'Back to [install](install.md).\n' },
            { title: 'Billing', previous_titles: ['Payments'], collection: ['Guides'], body: longBody.replace('Line 20', 'Line twenty') },
          ],
        },
      }),
      {
        helpCenters: [HELP_CENTER],
        collections: [liveCollection({ id: '10', name: 'Guides' }), liveCollection({ id: '11', name: 'Archive' })],
        admins: ADMINS,
        articles: [
          liveArticle({ id: '5', title: 'Payments', parent_id: '11', body: longBody.split('\n\n').map((l) => `<p>${l}</p>`).join('') }),
          liveArticle({ id: '6', title: 'Old notes', parent_id: '10' }),
        ],
      },
      { prune: true },
    ),
  );
}

describe('rendered article plans', () => {
  test('text: a new body is summed up, a changed one is a line diff', async () => {
    await expect(renderPlanText(articlePlan(), { color: false })).toMatchFileSnapshot('__snapshots__/article-plan.txt');
  });

  test('markdown for a pull request: body diffs in short diff blocks', async () => {
    const markdown = renderPlanMarkdown(articlePlan());
    expect(markdown).toContain('```diff');
    await expect(markdown).toMatchFileSnapshot('__snapshots__/article-plan.md');
  });

  test('JSON: kind "article" with help center and collection', async () => {
    const json = JSON.parse(renderPlanJson(articlePlan())) as { changes: Array<Record<string, unknown>> };
    expect(json.changes.map((c) => c['kind'])).toEqual(['article', 'article', 'article', 'article', 'article']);
    expect(json.changes[0]).toMatchObject({ kind: 'article', action: 'create', name: 'Install the app', help_center: 'acme-help', collection: ['Guides'] });
    await expect(renderPlanJson(articlePlan())).toMatchFileSnapshot('__snapshots__/article-plan.json');
  });
});
