/**
 * The few GitHub REST calls the action makes, over Node's own `fetch`. Eight endpoints do
 * not justify bundling Octokit into a file every workflow downloads; this is the whole
 * client, and it never puts the token in a message.
 */

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

export interface Issue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url?: string;
  pull_request?: unknown;
}

export interface PullRequestRef {
  number: number;
  state?: string;
  merge_commit_sha?: string | null;
}

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface GitHubApiOptions {
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
}

/** Listing more than this many pages (100 items each) is not a config repository's normal. */
const MAX_PAGES = 50;

export class GitHubApi {
  private readonly repoPath: string;

  constructor(private readonly options: GitHubApiOptions) {
    this.repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
  }

  listIssueComments(issue: number): Promise<IssueComment[]> {
    return this.paginate<IssueComment>(`${this.repoPath}/issues/${issue}/comments`);
  }

  createIssueComment(issue: number, body: string): Promise<IssueComment> {
    return this.request<IssueComment>('POST', `${this.repoPath}/issues/${issue}/comments`, { body });
  }

  updateIssueComment(id: number, body: string): Promise<IssueComment> {
    return this.request<IssueComment>('PATCH', `${this.repoPath}/issues/comments/${id}`, { body });
  }

  async deleteIssueComment(id: number): Promise<void> {
    await this.request('DELETE', `${this.repoPath}/issues/comments/${id}`);
  }

  /** Open issues, oldest first, without pull requests (the issues API lists both). */
  async listOpenIssues(): Promise<Issue[]> {
    const items = await this.paginate<Issue>(`${this.repoPath}/issues`, { state: 'open', sort: 'created', direction: 'asc' });
    return items.filter((item) => item.pull_request === undefined);
  }

  createIssue(title: string, body: string): Promise<Issue> {
    return this.request<Issue>('POST', `${this.repoPath}/issues`, { title, body });
  }

  updateIssue(issue: number, fields: { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: 'completed' }): Promise<Issue> {
    return this.request<Issue>('PATCH', `${this.repoPath}/issues/${issue}`, fields);
  }

  /** Pull requests a commit belongs to: after a merge, the one that was merged. */
  pullRequestsOfCommit(sha: string): Promise<PullRequestRef[]> {
    return this.request<PullRequestRef[]>('GET', `${this.repoPath}/commits/${encodeURIComponent(sha)}/pulls`);
  }

  private async paginate<T>(path: string, query: Record<string, string> = {}): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const batch = await this.request<T[]>('GET', `${path}?${new URLSearchParams({ ...query, per_page: '100', page: String(page) })}`);
      items.push(...batch);
      if (batch.length < 100) break;
    }
    return items;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = `${this.options.apiUrl}${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.options.token}`,
          'user-agent': 'intercom-config-action',
          'x-github-api-version': '2022-11-28',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        redirect: 'error',
      });
    } catch (error) {
      throw new GitHubApiError(`${method} ${path.split('?')[0]} could not reach ${this.options.apiUrl}: ${(error as Error).message}`, 0);
    }
    const text = await response.text();
    if (!response.ok) {
      throw new GitHubApiError(`${method} ${path.split('?')[0]} answered ${response.status}: ${githubMessage(text)}${permissionHint(response.status)}`, response.status);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

function githubMessage(text: string): string {
  try {
    const data = JSON.parse(text) as { message?: unknown; errors?: { message?: unknown }[] };
    const details = (data.errors ?? []).map((e) => e.message).filter((m): m is string => typeof m === 'string');
    if (typeof data.message === 'string') return [data.message, ...details].join('; ');
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 200);
}

function permissionHint(status: number): string {
  return status === 401 || status === 403 || status === 404
    ? ' (does the `github-token` have `pull-requests: write` for comments and `issues: write` for drift issues? A pull request from a fork gets a read-only token)'
    : '';
}
