import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// action/src/main.ts
import { fileURLToPath } from "node:url";

// action/src/run-action.ts
import { relative as relative2, resolve as resolve4, sep as sep2 } from "node:path";

// action/src/apply-mode.ts
import { resolve as resolve2 } from "node:path";

// src/plan/plan-types.ts
var CHANGE_KINDS = ["ticket_type", "ticket_type_attribute", "ticket_state", "collection"];
var CHANGE_ACTIONS = ["create", "update", "archive", "unarchive", "delete", "manual", "blocked"];

// src/render/describe-change.ts
function describeChange(change) {
  switch (change.kind) {
    case "ticket_type":
      return `ticket type "${change.name}"`;
    case "ticket_type_attribute":
      return `attribute "${change.ticket_type ?? "?"}" \u203A "${change.name}"`;
    case "ticket_state":
      return `ticket state "${change.name}"`;
    case "collection":
      return `collection ${change.help_center ? `${change.help_center}: ` : ""}"${(change.path ?? [change.name]).join(" / ")}"`;
  }
}
function formatValue(value) {
  if (value === void 0) return "(unset)";
  if (typeof value === "string") return JSON.stringify(value);
  return JSON.stringify(value);
}

// src/render/style.ts
var ACTION_SYMBOLS = {
  create: "+",
  update: "~",
  archive: "-",
  unarchive: "^",
  delete: "x",
  manual: "!",
  blocked: "#"
};

// src/render/render-markdown.ts
var MARKDOWN_LIMIT = 65e3;
function markdownMarker(workspace) {
  return `<!-- intercom-config-plan workspace=${JSON.stringify(workspace)} -->`;
}
function renderPlanMarkdown(plan, options = {}) {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const head = [
    markdownMarker(plan.workspace),
    `### intercom-config plan for \`${escapeCode(plan.workspace)}\``,
    ""
  ];
  if (plan.changes.length === 0) {
    head.push("**No changes.** The workspace matches the configuration.", "");
    return `${head.join("\n")}
`;
  }
  head.push(`| ${CHANGE_ACTIONS.join(" | ")} |`, `|${CHANGE_ACTIONS.map(() => "---:").join("|")}|`);
  head.push(`| ${CHANGE_ACTIONS.map((a) => String(plan.summary[a])).join(" | ")} |`, "");
  const footer = `
<sub>Intercom API ${plan.api_version} \xB7 intercom-config ${plan.tool_version}</sub>
`;
  let body = "";
  let shown = 0;
  for (const change of plan.changes) {
    const block = renderDetails(change);
    const note = truncationNote(plan.changes.length - shown - 1);
    if (head.join("\n").length + body.length + block.length + note.length + footer.length > limit) break;
    body += block;
    shown += 1;
  }
  const omitted = plan.changes.length - shown;
  return `${head.join("\n")}
${body}${omitted > 0 ? truncationNote(omitted) : ""}${footer}`;
}
function renderDetails(change) {
  const title = `<code>${ACTION_SYMBOLS[change.action]}</code> <b>${change.action}</b> ${escapeHtml(describeChange(change))}${change.id ? ` <sub>id ${escapeHtml(change.id)}</sub>` : ""}`;
  const lines = ["<details>", `<summary>${title}</summary>`, ""];
  if (change.fields?.length) {
    lines.push("| field | before | after |", "|---|---|---|");
    for (const field of change.fields) {
      const before = "before" in field ? cell(formatValue(field.before)) : "";
      lines.push(`| \`${escapeCode(field.path)}\` | ${before} | ${cell(formatValue(field.after))} |`);
    }
    lines.push("");
  }
  if (change.reason) lines.push(`> ${escapeHtml(change.reason)}`, "");
  lines.push("</details>", "");
  return `${lines.join("\n")}
`;
}
function truncationNote(omitted) {
  return omitted > 0 ? `
> [!NOTE]
> ${omitted} more change(s) are not shown to keep this comment under GitHub's size limit. Run \`intercom-config plan\` for the full plan.
` : "";
}
function cell(text) {
  const short = text.length > 500 ? `${text.slice(0, 497)}...` : text;
  return `<code>${escapeHtml(short).replace(/\|/g, "&#124;").replace(/\n/g, " ")}</code>`;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeCode(text) {
  return text.replace(/`/g, "'");
}

// action/src/comment-body.ts
var COMMENT_LIMIT = 65e3;
var FRAME_RESERVE = 2e3;
function marker(kind, key) {
  return `<!-- intercom-config-action:${kind} workspace=${encodeURIComponent(key.workspace)} config=${encodeURIComponent(key.config)} -->`;
}
function planSection(plan, runUrl, limit = COMMENT_LIMIT) {
  const rendered = renderPlanMarkdown(plan, { limit: limit - FRAME_RESERVE });
  const body = rendered.replace(/^<!--.*-->\n/, "");
  const shown = body.split("\n").filter((line) => line === "<details>").length;
  const omitted = plan.changes.length - shown;
  const note = omitted > 0 ? `
**${omitted} of ${plan.changes.length} changes are not shown here.** The full plan is in [the run's log](${runUrl}).
` : "";
  return `${body}${note}`;
}
function planComment(mark, plan, runUrl) {
  return fit(`${mark}
${planSection(plan, runUrl)}
${runLink(runUrl)}`, runUrl);
}
function failureComment(mark, what, workspace, error, runUrl) {
  return fit(
    [
      mark,
      `### \u274C intercom-config ${what} failed for \`${code(workspace)}\``,
      "",
      `No plan is shown because the latest ${what} failed; the error is below. Fix it and push again.`,
      "",
      fenced(error),
      "",
      runLink(runUrl)
    ].join("\n"),
    runUrl
  );
}
var HEADINGS = {
  applied: "### \u2705 Applied to `%`",
  failed: "### \u274C Apply to `%` failed",
  "not-attempted": "### \u23F9\uFE0F Apply to `%` was not attempted"
};
function applyComment(mark, report, runUrl) {
  const lines = [mark, HEADINGS[report.outcome].replace("%", code(report.workspace)), "", applySummary(report), ""];
  const result = report.result;
  if (result) {
    lines.push(...changeList("Applied", result.applied, (c) => c.id ? ` (id ${inline(c.id)})` : ""));
    lines.push(...changeList("Failed", result.failed, (c) => ` \u2014 ${inline(c.error)}`));
    lines.push(...changeList("Not attempted", result.not_attempted, () => ""));
    lines.push(...changeList("Manual steps remaining", result.remaining, (c) => c.reason ? ` \u2014 ${inline(c.reason)}` : ""));
  }
  if (report.error) lines.push(fenced(report.error), "");
  if (report.plan && report.plan.changes.length > 0) {
    lines.push("<details>", "<summary>The plan that was applied</summary>", "", planSection(report.plan, runUrl, COMMENT_LIMIT / 2), "</details>", "");
  }
  lines.push(runLink(runUrl));
  return fit(lines.join("\n"), runUrl);
}
function applySummary(report) {
  const r = report.result;
  if (!r) return "intercom-config reported no apply result; its error is below.";
  const total = r.applied.length + r.failed.length + r.not_attempted.length;
  if (total === 0 && r.remaining.length === 0) return "No changes: the workspace already matched.";
  const parts = [`${r.applied.length} applied`, `${r.failed.length} failed`, `${r.not_attempted.length} not attempted`];
  if (r.remaining.length > 0) parts.push(`${r.remaining.length} manual step(s) remaining`);
  return `Apply: ${parts.join(", ")}.`;
}
function changeList(title, changes, suffix) {
  if (changes.length === 0) return [];
  return [`**${title} (${changes.length})**`, "", ...changes.map((c) => `- ${c.action} ${c.kind.replace(/_/g, " ")} ${inline(describe(c))}${suffix(c)}`), ""];
}
function describe(change) {
  if (change.path) return `${change.help_center ? `${change.help_center}: ` : ""}${change.path.join(" / ")}`;
  if (change.ticket_type) return `${change.ticket_type} \u203A ${change.name}`;
  return change.name;
}
function fit(body, runUrl, limit = COMMENT_LIMIT) {
  if (body.length <= limit) return body;
  const note = `

> [!NOTE]
> This comment was cut to stay under GitHub's size limit. Everything is in [the run](${runUrl}).
`;
  let cut = body.slice(0, limit - note.length - 20);
  cut = cut.slice(0, Math.max(cut.lastIndexOf("\n"), 0));
  const fence = openFence(cut);
  return `${cut}${fence ? `
${fence}` : ""}${note}`;
}
function openFence(text) {
  let open;
  for (const line of text.split("\n")) {
    const match = /^(`{3,})/.exec(line);
    if (!match) continue;
    if (open === void 0) open = match[1];
    else if (match[1].length >= open.length && line.trim() === match[1]) open = void 0;
  }
  return open;
}
function runLink(runUrl) {
  return `<sub>[Workflow run](${runUrl}) \xB7 intercom-config action</sub>
`;
}
function fenced(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text
${text.replace(/\n+$/, "")}
${fence}`;
}
function inline(text) {
  return `<code>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/[\r\n]+/g, " ")}</code>`;
}
function code(text) {
  return text.replace(/`/g, "'").replace(/[\r\n]+/g, " ");
}

// action/src/mode-context.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
  /** What the user should do next, printed under the message. */
  hint;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    if (options.hint !== void 0) this.hint = options.hint;
  }
};
var StalePlanError = class extends UserError {
  name = "StalePlanError";
};

// src/version.ts
var TOOL_VERSION = "0.1.0";

// src/plan/fingerprints.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : v
  );
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}

// src/plan/saved-plan.ts
var SAVED_PLAN_KIND = "intercom-config-saved-plan";
function parseSavedPlan(text, file) {
  const refuse = (why) => new StalePlanError(`The plan file ${file} cannot be used: ${why}.`, {
    hint: "Make a new one with `intercom-config plan --out FILE`; nothing was written."
  });
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw refuse("it is not valid JSON");
  }
  if (!isRecord(data) || data["kind"] !== SAVED_PLAN_KIND) throw refuse("it is not a plan saved by intercom-config plan --out");
  if (data["format_version"] !== 1) throw refuse(`its format_version ${String(data["format_version"])} is not supported`);
  const { checksum, ...body } = data;
  if (typeof checksum !== "string" || checksum !== sha256(canonicalJson(body))) {
    throw refuse("its checksum does not match its contents (it was edited or damaged)");
  }
  const saved = data;
  if (!isPlanShape(saved.plan)) throw refuse("its plan section is malformed");
  if (saved.tool_version !== TOOL_VERSION) {
    throw refuse(`it was made by intercom-config ${saved.tool_version}, this is ${TOOL_VERSION}`);
  }
  return saved;
}
function isPlanShape(plan) {
  if (!isRecord(plan) || !Array.isArray(plan["changes"])) return false;
  return plan["changes"].every(
    (c) => isRecord(c) && typeof c["address"] === "string" && CHANGE_KINDS.includes(c["kind"]) && CHANGE_ACTIONS.includes(c["action"])
  );
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// action/src/github-context.ts
import { readFile } from "node:fs/promises";

// action/src/inputs.ts
var ACTION_COMMANDS = ["plan", "apply", "drift"];
var InputError = class extends Error {
};
var RESERVED_FLAGS = {
  "-c": "the `config` input",
  "--config": "the `config` input",
  "-w": "the `workspace` input",
  "--workspace": "the `workspace` input",
  "--out": "the `plan-file` input",
  "--json": "nothing: the action reads the result itself",
  "--format": "nothing: the action renders the comment and the job summary itself",
  "--detailed-exitcode": "nothing: the action always passes it to plan (see the `exit-code` output)",
  "--auto-approve": "nothing: apply in the action never prompts"
};
function readInputs(env) {
  const input = (name) => (env[`INPUT_${name.toUpperCase()}`] ?? "").trim();
  const command = input("command") || "plan";
  if (!ACTION_COMMANDS.includes(command)) {
    throw new InputError(`command: "${command}" is not one of ${ACTION_COMMANDS.join(", ")}`);
  }
  const comment = input("comment").toLowerCase() || "true";
  if (comment !== "true" && comment !== "false") throw new InputError(`comment: write true or false, not "${comment}"`);
  const args = splitArgs(input("args"));
  for (const arg of args) {
    const flag = arg.startsWith("--") ? arg.split("=")[0] : arg.startsWith("-") ? arg.slice(0, 2) : void 0;
    if (flag !== void 0 && Object.hasOwn(RESERVED_FLAGS, flag)) {
      throw new InputError(`args: ${flag} is set by the action; use ${RESERVED_FLAGS[flag]}`);
    }
  }
  return {
    command,
    workspace: input("workspace"),
    config: input("config") || "intercom.config.yaml",
    workingDirectory: input("working-directory") || ".",
    comment: comment === "true",
    githubToken: input("github-token"),
    planFile: input("plan-file"),
    args
  };
}
function splitArgs(text) {
  const args = [];
  let current = "";
  let started = false;
  let quote;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = void 0;
      else if (ch === "\\" && quote === '"' && (text[i + 1] === '"' || text[i + 1] === "\\")) current += text[i += 1];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += ch === "\\" && i + 1 < text.length ? text[i += 1] : ch;
      started = true;
    }
  }
  if (quote) throw new InputError(`args: a ${quote} quote is not closed`);
  if (started) args.push(current);
  return args;
}

// action/src/github-context.ts
async function readContext(env) {
  const repository = env["GITHUB_REPOSITORY"] ?? "";
  const [owner = "", repo = ""] = repository.split("/");
  const serverUrl = (env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/+$/, "");
  const runId = env["GITHUB_RUN_ID"] ?? "";
  const attempt = env["GITHUB_RUN_ATTEMPT"];
  const runUrl = runId ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}` : `${serverUrl}/${repository}/actions`;
  return {
    apiUrl: (env["GITHUB_API_URL"] ?? "https://api.github.com").replace(/\/+$/, ""),
    owner,
    repo,
    eventName: env["GITHUB_EVENT_NAME"] ?? "",
    event: await readEvent(env["GITHUB_EVENT_PATH"]),
    sha: env["GITHUB_SHA"] ?? "",
    runUrl,
    workspaceDir: env["GITHUB_WORKSPACE"] ?? process.cwd(),
    outputFile: env["GITHUB_OUTPUT"] || void 0,
    summaryFile: env["GITHUB_STEP_SUMMARY"] || void 0,
    tempDir: env["RUNNER_TEMP"] || void 0
  };
}
async function readEvent(file) {
  if (!file) return {};
  try {
    const data = JSON.parse(await readFile(file, "utf8"));
    return data !== null && typeof data === "object" ? data : {};
  } catch (error) {
    throw new InputError(`cannot read the event payload ${file}: ${error.message}`);
  }
}
function pullRequestOfEvent(context) {
  const pr = record(context.event["pull_request"]);
  if (typeof pr?.["number"] === "number") return pr["number"];
  const issue = record(context.event["issue"]);
  if (issue?.["pull_request"] && typeof issue["number"] === "number") return issue["number"];
  return void 0;
}
function record(value) {
  return value !== null && typeof value === "object" ? value : void 0;
}

// action/src/github-api.ts
var GitHubApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
};
var MAX_PAGES = 50;
var GitHubApi = class {
  constructor(options) {
    this.options = options;
    this.repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
  }
  repoPath;
  listIssueComments(issue) {
    return this.paginate(`${this.repoPath}/issues/${issue}/comments`);
  }
  createIssueComment(issue, body) {
    return this.request("POST", `${this.repoPath}/issues/${issue}/comments`, { body });
  }
  updateIssueComment(id, body) {
    return this.request("PATCH", `${this.repoPath}/issues/comments/${id}`, { body });
  }
  async deleteIssueComment(id) {
    await this.request("DELETE", `${this.repoPath}/issues/comments/${id}`);
  }
  /** Open issues, oldest first, without pull requests (the issues API lists both). */
  async listOpenIssues() {
    const items = await this.paginate(`${this.repoPath}/issues`, { state: "open", sort: "created", direction: "asc" });
    return items.filter((item) => item.pull_request === void 0);
  }
  createIssue(title, body) {
    return this.request("POST", `${this.repoPath}/issues`, { title, body });
  }
  updateIssue(issue, fields) {
    return this.request("PATCH", `${this.repoPath}/issues/${issue}`, fields);
  }
  /** Pull requests a commit belongs to: after a merge, the one that was merged. */
  pullRequestsOfCommit(sha) {
    return this.request("GET", `${this.repoPath}/commits/${encodeURIComponent(sha)}/pulls`);
  }
  async paginate(path, query = {}) {
    const items = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const batch = await this.request("GET", `${path}?${new URLSearchParams({ ...query, per_page: "100", page: String(page) })}`);
      items.push(...batch);
      if (batch.length < 100) break;
    }
    return items;
  }
  async request(method, path, body) {
    const url = `${this.options.apiUrl}${path}`;
    let response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${this.options.token}`,
          "user-agent": "intercom-config-action",
          "x-github-api-version": "2022-11-28",
          ...body !== void 0 ? { "content-type": "application/json" } : {}
        },
        ...body !== void 0 ? { body: JSON.stringify(body) } : {},
        redirect: "error"
      });
    } catch (error) {
      throw new GitHubApiError(`${method} ${path.split("?")[0]} could not reach ${this.options.apiUrl}: ${error.message}`, 0);
    }
    const text = await response.text();
    if (!response.ok) {
      throw new GitHubApiError(`${method} ${path.split("?")[0]} answered ${response.status}: ${githubMessage(text)}${permissionHint(response.status)}`, response.status);
    }
    return text ? JSON.parse(text) : void 0;
  }
};
function githubMessage(text) {
  try {
    const data = JSON.parse(text);
    const details = (data.errors ?? []).map((e) => e.message).filter((m) => typeof m === "string");
    if (typeof data.message === "string") return [data.message, ...details].join("; ");
  } catch {
  }
  return text.slice(0, 200);
}
function permissionHint(status) {
  return status === 401 || status === 403 || status === 404 ? " (does the `github-token` have `pull-requests: write` for comments and `issues: write` for drift issues? A pull request from a fork gets a read-only token)" : "";
}

// action/src/upsert-comment.ts
var hasMarker = (mark) => (comment) => (comment.body ?? "").startsWith(`${mark}
`) || comment.body === mark;
async function upsertComment(api, pullRequest, mark, body) {
  const existing = (await api.listIssueComments(pullRequest)).filter(hasMarker(mark)).sort((a, b) => a.id - b.id);
  const [oldest, ...extra] = existing;
  if (oldest) {
    const updated = await api.updateIssueComment(oldest.id, body);
    for (const duplicate of extra) await api.deleteIssueComment(duplicate.id);
    return { action: "updated", id: oldest.id, url: updated.html_url };
  }
  const created = await api.createIssueComment(pullRequest, body);
  const after = (await api.listIssueComments(pullRequest)).filter(hasMarker(mark)).sort((a, b) => a.id - b.id);
  const keep = after[0];
  if (keep && keep.id !== created.id) {
    await api.updateIssueComment(keep.id, body);
    for (const duplicate of after.slice(1)) await api.deleteIssueComment(duplicate.id);
    return { action: "updated", id: keep.id, url: keep.html_url };
  }
  return { action: "created", id: created.id, url: created.html_url };
}

// action/src/mode-context.ts
function targetArgs(context) {
  const { inputs } = context;
  return ["--config", inputs.config, ...inputs.workspace ? ["--workspace", inputs.workspace] : []];
}
function planFilePath(context) {
  if (context.inputs.planFile) return resolve(context.cwd, context.inputs.planFile);
  const slug = context.key.workspace.replace(/[^A-Za-z0-9_.-]+/g, "_");
  const hash = createHash2("sha256").update(context.key.config).digest("hex").slice(0, 8);
  return join(context.github.tempDir ?? tmpdir(), `intercom-config-${slug}-${hash}.plan`);
}
async function readSavedPlan(file) {
  try {
    return parseSavedPlan(await readFile2(file, "utf8"), file).plan;
  } catch {
    return void 0;
  }
}
function firstLine(text) {
  return text.split("\n").find((line) => line.trim() !== "") ?? text;
}
async function commentOnPullRequest(context, pullRequest, body) {
  const { api, report, inputs } = context;
  if (!inputs.comment) return;
  if (pullRequest === void 0) {
    report.log("No pull request for this run; no comment posted.");
    return;
  }
  if (!api) {
    report.annotate("warning", "intercom-config: no comment", "No github-token (or GITHUB_REPOSITORY), so the pull request gets no comment.");
    return;
  }
  try {
    const result = await upsertComment(api, pullRequest, marker("plan", context.key), body);
    report.log(`${result.action === "created" ? "Created" : "Updated"} the comment on pull request #${pullRequest}${result.url ? `: ${result.url}` : ""}`);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    report.annotate("warning", "intercom-config: comment not posted", error.message);
  }
}
async function pullRequestOfRun(context) {
  const fromEvent = pullRequestOfEvent(context.github);
  if (fromEvent !== void 0 || !context.api || !context.github.sha || !context.inputs.comment) return fromEvent;
  try {
    const pulls = await context.api.pullRequestsOfCommit(context.github.sha);
    return (pulls.find((p) => p.merge_commit_sha === context.github.sha) ?? pulls[0])?.number;
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    context.report.annotate("warning", "intercom-config: pull request not found", error.message);
    return void 0;
  }
}

// action/src/run-cli.ts
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
var WITHHELD = /^(INPUT_.*|GITHUB_STEP_SUMMARY|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_ENV|GITHUB_PATH)$/i;
function childEnv(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) if (!WITHHELD.test(key)) out[key] = value;
  out["NO_COLOR"] = "1";
  return out;
}
function cliRunner(cliPath2, env, log) {
  return (args, cwd) => new Promise((resolve5, reject) => {
    const token = randomUUID();
    log(`::stop-commands::${token}
`);
    let lastChar = "\n";
    let finished = false;
    const finish = () => {
      if (finished) return false;
      finished = true;
      log(`${lastChar === "\n" ? "" : "\n"}::${token}::
`);
      return true;
    };
    const show = (text) => {
      if (text === "") return;
      log(text);
      lastChar = text.at(-1);
    };
    const child = spawn(process.execPath, [cliPath2, ...args], { cwd, env: childEnv(env), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text) => {
      stdout += text;
      show(text);
    });
    child.stderr.setEncoding("utf8").on("data", (text) => {
      stderr += text;
      show(text);
    });
    child.on("error", (error) => {
      if (finish()) reject(error);
    });
    child.on("close", (code2) => {
      if (finish()) resolve5({ code: code2 ?? 1, stdout, stderr });
    });
  });
}
function errorText(stderr) {
  const lines = stderr.replace(/\n+$/, "").split("\n");
  const start = lines.findLastIndex((line) => line.startsWith("Error: "));
  const picked = start === -1 ? lines.slice(-20) : lines.slice(start);
  const text = picked.join("\n").trim();
  return text === "" ? "intercom-config exited with an error and printed nothing." : text;
}

// action/src/apply-mode.ts
async function applyMode(context) {
  const { inputs, report, github, key } = context;
  const planFile = inputs.planFile ? resolve2(context.cwd, inputs.planFile) : void 0;
  const plan = planFile ? await readSavedPlan(planFile) : void 0;
  const run = await context.cli(
    ["apply", ...planFile ? [planFile] : [], ...targetArgs(context), "--auto-approve", "--json", ...inputs.args],
    context.cwd
  );
  const result = parseResult(run.stdout);
  const applyReport = {
    outcome: !result ? "not-attempted" : run.code === 0 && result.failed.length === 0 ? "applied" : "failed",
    workspace: key.workspace,
    ...result ? { result } : {},
    // When apply ran, its lists say what happened; otherwise the CLI's error says why not.
    ...!result ? { error: errorText(run.stderr) } : {},
    ...plan ? { plan } : {}
  };
  if (!result) report.configErrors(run.stdout, context.cwd);
  const summary = applyReport.outcome === "not-attempted" ? `Apply not attempted: ${firstLine(applyReport.error ?? "")}` : applySummary(applyReport);
  if (applyReport.outcome === "applied") report.annotate("notice", `intercom-config apply (${key.workspace})`, summary);
  else report.annotate("error", `intercom-config apply ${applyReport.outcome === "failed" ? "failed" : "not attempted"} (${key.workspace})`, applyReport.error ?? summary);
  const changed = result ? result.applied.length + result.failed.length + result.not_attempted.length + result.remaining.length > 0 : plan?.changes.length;
  await report.outputs({
    "exit-code": String(run.code),
    ...changed !== void 0 ? { "has-changes": String(Boolean(changed)) } : {},
    ...planFile ? { "plan-file": planFile } : {},
    summary
  });
  const body = applyComment(marker("plan", key), applyReport, github.runUrl);
  await report.summary(body);
  await commentOnPullRequest(context, await pullRequestOfRun(context), body);
  return run.code === 0 && applyReport.outcome === "applied" ? 0 : 1;
}
function parseResult(stdout) {
  const start = stdout.indexOf("{");
  if (start === -1) return void 0;
  try {
    const data = JSON.parse(stdout.slice(start));
    const lists = [data.applied, data.failed, data.not_attempted, data.remaining];
    return data.format_version === 1 && lists.every(Array.isArray) ? data : void 0;
  } catch {
    return void 0;
  }
}

// src/render/render-text.ts
var SUMMARY_WORDS = {
  create: (n) => `${n} to create`,
  update: (n) => `${n} to update`,
  archive: (n) => `${n} to archive`,
  unarchive: (n) => `${n} to unarchive`,
  delete: (n) => `${n} to delete`,
  manual: (n) => `${n} manual ${n === 1 ? "step" : "steps"}`,
  blocked: (n) => `${n} blocked`
};
function summaryLine(summary) {
  const parts = CHANGE_ACTIONS.filter((a) => summary[a] > 0).map((a) => SUMMARY_WORDS[a](summary[a]));
  return parts.length === 0 ? "No changes." : `Plan: ${parts.join(", ")}.`;
}

// action/src/drift-issue.ts
async function syncDriftIssue(api, mark, state) {
  const open = (await api.listOpenIssues()).filter((issue) => (issue.body ?? "").startsWith(`${mark}
`));
  const [current, ...duplicates] = open;
  if (state.drift) {
    for (const duplicate of duplicates) await api.updateIssue(duplicate.number, { state: "closed", state_reason: "completed" });
    if (current) {
      const updated = await api.updateIssue(current.number, { title: state.title, body: state.body });
      return { action: "updated", number: current.number, url: updated.html_url };
    }
    const created = await api.createIssue(state.title, state.body);
    return { action: "opened", number: created.number, url: created.html_url };
  }
  if (!current) return { action: "none" };
  for (const issue of open) {
    await api.createIssueComment(issue.number, state.closingComment);
    await api.updateIssue(issue.number, { state: "closed", state_reason: "completed" });
  }
  return { action: "closed", number: current.number, url: current.html_url };
}

// action/src/plan-mode.ts
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
var SUMMARY_LIMIT = 2e5;
async function runPlan(context) {
  const planFile = planFilePath(context);
  await mkdir(dirname(planFile), { recursive: true });
  const run = await context.cli(["plan", ...targetArgs(context), "--out", planFile, "--detailed-exitcode", ...context.inputs.args], context.cwd);
  if (run.code === 0 || run.code === 2) {
    const plan = await readSavedPlan(planFile);
    if (plan) return { ok: true, code: run.code, plan, planFile };
    return { ok: false, code: 1, error: `intercom-config plan exited ${run.code} but its plan file ${planFile} cannot be read.` };
  }
  context.report.configErrors(run.stdout, context.cwd);
  return { ok: false, code: run.code === 0 ? 1 : run.code, error: errorText(run.stderr) };
}
async function planMode(context) {
  const { report, github, key } = context;
  const result = await runPlan(context);
  const pullRequest = await pullRequestOfRun(context);
  if (!result.ok) {
    report.annotate("error", `intercom-config plan failed (${key.workspace})`, result.error);
    await report.outputs({ "exit-code": String(result.code), summary: firstLine(result.error) });
    const body = failureComment(marker("plan", key), "plan", key.workspace, result.error, github.runUrl);
    await report.summary(body);
    await commentOnPullRequest(context, pullRequest, body);
    return 1;
  }
  const { plan } = result;
  const summary = summaryLine(plan.summary);
  report.annotate("notice", `intercom-config plan (${plan.workspace})`, summary);
  await report.outputs({
    "exit-code": String(result.code),
    "has-changes": String(plan.changes.length > 0),
    "plan-file": result.planFile,
    summary
  });
  await report.summary(planSection(plan, github.runUrl, SUMMARY_LIMIT));
  await commentOnPullRequest(context, pullRequest, planComment(marker("plan", key), plan, github.runUrl));
  return 0;
}

// action/src/drift-mode.ts
async function driftMode(context) {
  const { report, github, key, api } = context;
  if (!api) {
    report.annotate("error", "intercom-config drift", "drift needs a github-token with `issues: write` (and GITHUB_REPOSITORY) to open and close issues.");
    return 1;
  }
  const result = await runPlan(context);
  if (!result.ok) {
    report.annotate("error", `intercom-config drift check failed (${key.workspace})`, result.error);
    await report.outputs({ "exit-code": String(result.code), summary: firstLine(result.error) });
    await report.summary(`### \u274C intercom-config drift check failed for \`${key.workspace}\`

The drift issue was left as it is.
`);
    return 1;
  }
  const { plan } = result;
  const summary = summaryLine(plan.summary);
  const drifted = result.code === 2;
  const mark = marker("drift", key);
  const where = `\`${key.config}\``;
  const issue = await syncDriftIssue(
    api,
    mark,
    drifted ? {
      drift: true,
      title: `intercom-config: workspace "${plan.workspace}" has drifted from ${key.config}`,
      body: fit(
        `${mark}
The live workspace \`${plan.workspace}\` no longer matches ${where} as of [this run](${github.runUrl}) (commit ${github.sha.slice(0, 12) || "unknown"}). Applying the config would make these changes; or change the config to match.

This issue is updated on every check and closed when the workspace matches again.

${planSection(plan, github.runUrl)}`,
        github.runUrl
      )
    } : { drift: false, closingComment: `The live workspace \`${plan.workspace}\` matches ${where} again as of [this run](${github.runUrl}). Closing.` }
  );
  if (issue.action !== "none") report.log(`Drift issue #${issue.number} ${issue.action}${issue.url ? `: ${issue.url}` : ""}`);
  if (drifted) report.annotate("warning", `intercom-config drift (${plan.workspace})`, `${summary} See the drift issue${issue.action === "none" ? "" : ` #${issue.number}`}.`);
  await report.outputs({
    "exit-code": String(result.code),
    "has-changes": String(drifted),
    "plan-file": result.planFile,
    summary
  });
  await report.summary(drifted ? planSection(plan, github.runUrl, SUMMARY_LIMIT) : `### intercom-config drift check for \`${plan.workspace}\`

No drift: ${summary}
`);
  return 0;
}

// action/src/reporter.ts
import { relative, resolve as resolve3, sep } from "node:path";

// action/src/workflow-commands.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { appendFile } from "node:fs/promises";
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotation(level, message, properties = {}) {
  const props = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${level}${props ? ` ${props}` : ""}::${escapeData(message)}
`;
}
function verbatim(text, token = randomUUID2()) {
  if (text === "") return "";
  const body = text.endsWith("\n") ? text : `${text}
`;
  return `::stop-commands::${token}
${body}::${token}::
`;
}
function outputLines(outputs) {
  let text = "";
  for (const [name, value] of Object.entries(outputs)) {
    if (value === void 0) continue;
    let delimiter = `ghadelimiter_${randomUUID2()}`;
    while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID2()}`;
    text += `${name}<<${delimiter}
${value}
${delimiter}
`;
  }
  return text;
}
async function writeOutputs(file, outputs) {
  if (file) await appendFile(file, outputLines(outputs));
}
async function appendSummary(file, markdown) {
  if (file) await appendFile(file, markdown.endsWith("\n") ? markdown : `${markdown}
`);
}
var CLI_ERROR_LINE = /^::error file=([^,:\r\n]*),line=(\d+),col=(\d+)::([^\r\n]*)$/;
function parseCliAnnotations(output) {
  const found = [];
  for (const line of output.split("\n")) {
    const match = CLI_ERROR_LINE.exec(line);
    if (!match) continue;
    found.push({ file: unescapeProperty(match[1]), line: Number(match[2]), col: Number(match[3]), message: unescapeData(match[4]) });
  }
  return found;
}
function unescapeData(text) {
  return text.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
}
function unescapeProperty(text) {
  return unescapeData(text.replace(/%3A/g, ":").replace(/%2C/g, ","));
}

// action/src/reporter.ts
var Reporter = class {
  constructor(write, files) {
    this.write = write;
    this.files = files;
  }
  log(text) {
    this.write(verbatim(text));
  }
  annotate(level, title, message) {
    this.write(annotation(level, message, { title }));
  }
  /**
   * The CLI's located config errors, as annotations on the file. The CLI names files
   * relative to its working directory; GitHub wants them relative to the checkout.
   */
  configErrors(cliStdout, cliCwd) {
    const found = parseCliAnnotations(cliStdout);
    for (const a of found) {
      const file = relative(this.files.workspaceDir, resolve3(cliCwd, a.file)).split(sep).join("/");
      this.write(annotation("error", a.message, { file, line: a.line, col: a.col }));
    }
    return found.length;
  }
  outputs(values) {
    return writeOutputs(this.files.outputFile, values);
  }
  summary(markdown) {
    return appendSummary(this.files.summaryFile, markdown);
  }
};

// action/src/run-action.ts
var MODES = { plan: planMode, apply: applyMode, drift: driftMode };
async function runAction(env, cliPath2, write) {
  try {
    const inputs = readInputs(env);
    const github = await readContext(env);
    const report = new Reporter(write, github);
    const cwd = resolve4(github.workspaceDir, inputs.workingDirectory);
    const context = {
      inputs,
      github,
      api: inputs.githubToken && github.owner && github.repo ? new GitHubApi({ apiUrl: github.apiUrl, token: inputs.githubToken, owner: github.owner, repo: github.repo }) : void 0,
      cli: cliRunner(cliPath2, env, write),
      report,
      cwd,
      key: {
        workspace: inputs.workspace || "default",
        config: relative2(github.workspaceDir, resolve4(cwd, inputs.config)).split(sep2).join("/")
      }
    };
    return await MODES[inputs.command](context);
  } catch (error) {
    const message = error instanceof InputError ? `Invalid input: ${error.message}` : `The action failed unexpectedly: ${error.stack ?? String(error)}`;
    write(annotation("error", message, { title: "intercom-config action" }));
    return 1;
  }
}

// action/src/main.ts
var cliPath = fileURLToPath(new URL("./cli.js", import.meta.url));
process.exitCode = await runAction(process.env, cliPath, (text) => process.stdout.write(text));
