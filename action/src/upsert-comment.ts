import type { GitHubApi, IssueComment } from './github-api.js';

export interface UpsertResult {
  action: 'created' | 'updated';
  id: number;
  url: string | undefined;
}

const hasMarker = (mark: string) => (comment: IssueComment) => (comment.body ?? '').startsWith(`${mark}\n`) || comment.body === mark;

/**
 * One comment per marker on a pull request: the oldest one is updated; a new one is
 * created only when none exists. Two runs racing may both create: the re-read after a
 * create keeps the oldest and deletes the rest, so the thread ends with exactly one.
 */
export async function upsertComment(api: GitHubApi, pullRequest: number, mark: string, body: string): Promise<UpsertResult> {
  const existing = (await api.listIssueComments(pullRequest)).filter(hasMarker(mark)).sort((a, b) => a.id - b.id);
  const [oldest, ...extra] = existing;
  if (oldest) {
    const updated = await api.updateIssueComment(oldest.id, body);
    for (const duplicate of extra) await api.deleteIssueComment(duplicate.id);
    return { action: 'updated', id: oldest.id, url: updated.html_url };
  }
  const created = await api.createIssueComment(pullRequest, body);
  const after = (await api.listIssueComments(pullRequest)).filter(hasMarker(mark)).sort((a, b) => a.id - b.id);
  const keep = after[0];
  if (keep && keep.id !== created.id) {
    // Another run created one first: that one stays and carries the newest body.
    await api.updateIssueComment(keep.id, body);
    for (const duplicate of after.slice(1)) await api.deleteIssueComment(duplicate.id);
    return { action: 'updated', id: keep.id, url: keep.html_url };
  }
  return { action: 'created', id: created.id, url: created.html_url };
}
