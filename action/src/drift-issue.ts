import type { GitHubApi, Issue } from './github-api.js';

export type DriftResult =
  | { action: 'opened' | 'updated'; number: number; url: string | undefined }
  | { action: 'closed'; number: number; url: string | undefined }
  | { action: 'none' };

/** Keeps one open issue per marker while drift lasts; closes it when the workspace matches again. */
export async function syncDriftIssue(
  api: GitHubApi,
  mark: string,
  state: { drift: true; title: string; body: string } | { drift: false; closingComment: string },
): Promise<DriftResult> {
  const open: Issue[] = (await api.listOpenIssues()).filter((issue) => (issue.body ?? '').startsWith(`${mark}\n`));
  const [current, ...duplicates] = open;
  if (state.drift) {
    for (const duplicate of duplicates) await api.updateIssue(duplicate.number, { state: 'closed', state_reason: 'completed' });
    if (current) {
      const updated = await api.updateIssue(current.number, { title: state.title, body: state.body });
      return { action: 'updated', number: current.number, url: updated.html_url };
    }
    const created = await api.createIssue(state.title, state.body);
    return { action: 'opened', number: created.number, url: created.html_url };
  }
  if (!current) return { action: 'none' };
  for (const issue of open) {
    await api.createIssueComment(issue.number, state.closingComment);
    await api.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' });
  }
  return { action: 'closed', number: current.number, url: current.html_url };
}
