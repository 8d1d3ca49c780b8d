/**
 * Article writes are checked against what was sent (links filled in at write time), not
 * against the plan's Markdown: a body Intercom's editor rewrote is applied, a title it
 * kept is not.
 */
import { describe, expect, test } from 'vitest';
import type { LiveArticle } from '../../src/client/live-types.js';
import { unappliedFields } from '../../src/apply/verify-answer.js';
import type { Change } from '../../src/resources/registry.js';

const change: Change = {
  address: 'article["acme-help"]["Guides"]["Install"]',
  kind: 'article',
  action: 'update',
  name: 'Install',
  id: '7',
  help_center: 'acme-help',
  collection: ['Guides'],
  fields: [{ path: 'body', before: 'Old.', after: 'Install **it**.' }],
};

function answer(overrides: Partial<LiveArticle> = {}): LiveArticle {
  return {
    id: '7',
    title: 'Install',
    description: '',
    body: '<p class="no-margin">Install <b>it</b>.</p>',
    author_id: '12',
    state: 'published',
    url: 'https://help.example.com/en/articles/7-install',
    parent_id: '90',
    parent_type: 'collection',
    ...overrides,
  };
}

describe('article write verification', () => {
  test('a body the editor rewrote, an author id as a number and the parent are applied', () => {
    const sent = { title: 'Install', body: '<p>Install <strong>it</strong>.</p>', author_id: 12, parent_id: 90, parent_type: 'collection' };
    expect(unappliedFields(change, { id: '7', answer: answer(), sent })).toEqual([]);
  });

  test('a title, a translation and a body Intercom did not take are reported as the plan shows them', () => {
    const sent = {
      title: 'Install the app',
      body: '<p>Install it now.</p>',
      translated_content: { fr: { title: 'Installer', state: 'published' as const } },
    };
    const got = answer({ translated_content: { fr: { title: 'Installer', description: '', body: '', author_id: '12', state: 'draft', url: null } } });
    expect(unappliedFields(change, { id: '7', answer: got, sent })).toEqual([
      { path: 'title', sent: 'Install the app', received: 'Install' },
      { path: 'body', sent: 'Install it now.\n', received: 'Install **it**.\n' },
      { path: 'translated_content.fr.state', sent: 'published', received: 'draft' },
    ]);
  });

  test('nothing sent or nothing answered (a delete) is never judged', () => {
    expect(unappliedFields(change, { id: '7' })).toEqual([]);
    expect(unappliedFields(change, { id: '7', answer: answer() })).toEqual([]);
  });
});
