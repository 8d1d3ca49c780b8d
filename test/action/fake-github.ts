import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small stand-in for GitHub's REST API: the issue-comment, issue and commit→pull-request
 * endpoints the action calls, with GitHub's body limit, bearer auth and page/per_page
 * paging. State lives in plain arrays the tests read and seed.
 */

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  html_url: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  html_url: string;
  pull_request?: { url: string };
}

export interface FakeGitHub {
  /** Base URL to put in GITHUB_API_URL (with a GitHub Enterprise style /api/v3 prefix). */
  apiUrl: string;
  comments: FakeComment[];
  issues: FakeIssue[];
  /** sha → pull requests GET /commits/{sha}/pulls returns. */
  pullsOfCommit: Map<string, { number: number; merge_commit_sha: string }[]>;
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

/** GitHub refuses longer bodies with 422. */
export const GITHUB_BODY_LIMIT = 65_536;
const PREFIX = '/api/v3';

export async function startFakeGitHub(options: { token: string; owner: string; repo: string }): Promise<FakeGitHub> {
  const state = {
    comments: [] as FakeComment[],
    issues: [] as FakeIssue[],
    pullsOfCommit: new Map<string, { number: number; merge_commit_sha: string }[]>(),
    requests: [] as { method: string; path: string }[],
    nextId: 1000,
  };
  const repoPath = `${PREFIX}/repos/${options.owner}/${options.repo}`;
  const web = `https://github.example/${options.owner}/${options.repo}`;

  const routes: [string, RegExp, (m: RegExpExecArray, body: Record<string, unknown>, q: URLSearchParams) => [number, unknown]][] = [
    ['GET', /^\/issues\/(\d+)\/comments$/, (m, _b, q) => [200, page(state.comments.filter((c) => c.issue_number === Number(m[1])), q)]],
    [
      'POST',
      /^\/issues\/(\d+)\/comments$/,
      (m, b) => {
        const id = (state.nextId += 1);
        const comment = { id, issue_number: Number(m[1]), body: String(b['body']), html_url: `${web}/issues/${m[1]}#issuecomment-${id}` };
        state.comments.push(comment);
        return [201, comment];
      },
    ],
    [
      'PATCH',
      /^\/issues\/comments\/(\d+)$/,
      (m, b) => {
        const comment = state.comments.find((c) => c.id === Number(m[1]));
        if (!comment) return [404, { message: 'Not Found' }];
        comment.body = String(b['body']);
        return [200, comment];
      },
    ],
    [
      'DELETE',
      /^\/issues\/comments\/(\d+)$/,
      (m) => {
        const index = state.comments.findIndex((c) => c.id === Number(m[1]));
        if (index === -1) return [404, { message: 'Not Found' }];
        state.comments.splice(index, 1);
        return [204, undefined];
      },
    ],
    [
      'GET',
      /^\/issues$/,
      (_m, _b, q) => {
        const wanted = q.get('state') ?? 'open';
        const sorted = [...state.issues].sort((a, b) => (q.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
        return [200, page(sorted.filter((i) => wanted === 'all' || i.state === wanted), q)];
      },
    ],
    [
      'POST',
      /^\/issues$/,
      (_m, b) => {
        const number = 100 + state.issues.length; // apart from the pull request numbers tests use
        const issue: FakeIssue = { number, title: String(b['title']), body: String(b['body']), state: 'open', state_reason: null, html_url: `${web}/issues/${number}` };
        state.issues.push(issue);
        return [201, issue];
      },
    ],
    [
      'PATCH',
      /^\/issues\/(\d+)$/,
      (m, b) => {
        const issue = state.issues.find((i) => i.number === Number(m[1]));
        if (!issue) return [404, { message: 'Not Found' }];
        if (typeof b['title'] === 'string') issue.title = b['title'];
        if (typeof b['body'] === 'string') issue.body = b['body'];
        if (b['state'] === 'open' || b['state'] === 'closed') issue.state = b['state'];
        if (typeof b['state_reason'] === 'string') issue.state_reason = b['state_reason'];
        return [200, issue];
      },
    ],
    ['GET', /^\/commits\/([0-9a-f]+)\/pulls$/, (m) => [200, state.pullsOfCommit.get(m[1]!) ?? []]],
  ];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    state.requests.push({ method: req.method ?? '', path: url.pathname });
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    if (req.headers.authorization !== `Bearer ${options.token}`) return send(401, { message: 'Bad credentials' });
    if (!url.pathname.startsWith(repoPath)) return send(404, { message: 'Not Found' });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    if (typeof body['body'] === 'string' && [...body['body']].length > GITHUB_BODY_LIMIT) {
      return send(422, { message: 'Validation Failed', errors: [{ message: `Body is too long (maximum is ${GITHUB_BODY_LIMIT} characters)` }] });
    }
    const rest = url.pathname.slice(repoPath.length);
    for (const [method, pattern, route] of routes) {
      const match = method === req.method ? pattern.exec(rest) : null;
      if (match) return send(...route(match, body, url.searchParams));
    }
    return send(404, { message: 'Not Found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}${PREFIX}`,
    get comments() {
      return state.comments;
    },
    get issues() {
      return state.issues;
    },
    pullsOfCommit: state.pullsOfCommit,
    requests: state.requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function page<T>(items: T[], query: URLSearchParams): T[] {
  const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
  const index = Math.max(Number(query.get('page') ?? 1), 1);
  return items.slice((index - 1) * perPage, index * perPage);
}
