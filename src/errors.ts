/**
 * Error taxonomy. A UserError is something the user can fix (bad config, bad token,
 * stale plan, Intercom refusing a request); its message says what to do next and the
 * CLI prints it without a stack trace. A BugError means intercom-config itself is wrong.
 */
import { shellWord } from './util/shell-word.js';

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export class UserError extends Error {
  override name = 'UserError';
  /** What the user should do next, printed under the message. */
  readonly hint?: string;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.hint !== undefined) this.hint = options.hint;
  }
}

export interface ConfigIssue {
  /** Where the offending value is; absent only when the file could not be read at all. */
  location?: SourceLocation;
  /** Path of the value inside the document, e.g. ["ticket_types", 0, "name"]. */
  path: (string | number)[];
  message: string;
}

/** One or more problems in the config file, each pointing at file:line:col. */
export class ConfigError extends UserError {
  override name = 'ConfigError';
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    super(formatIssues(issues));
    this.issues = issues;
  }
}

export function formatIssue(issue: ConfigIssue): string {
  const where = issue.location
    ? `${issue.location.file}:${issue.location.line}:${issue.location.column}`
    : undefined;
  return where ? `${where}: ${issue.message}` : issue.message;
}

function formatIssues(issues: ConfigIssue[]): string {
  const head = issues.length === 1 ? 'The config has 1 error:' : `The config has ${issues.length} errors:`;
  return [head, ...issues.map((i) => `  ${formatIssue(i)}`)].join('\n');
}

/**
 * The config file does not exist: most often a first run, so the hint is the command that
 * writes a starter file. `command` is how the user runs the CLI (`npx intercom-config`
 * from a project's node_modules); the CLI knows it, the library assumes the bare name.
 */
export class ConfigFileMissingError extends UserError {
  override name = 'ConfigFileMissingError';
  /** The path as the user gave it (-c). */
  readonly file: string;

  constructor(file: string, options: { cause?: unknown } = {}) {
    super(`Cannot read the config file ${file}: it does not exist`, { hint: missingConfigHint(file, 'intercom-config'), ...options });
    this.file = file;
  }
}

/** "Create it with `intercom-config init`…", naming the file unless it is the default one. */
export function missingConfigHint(file: string, command: string): string {
  const target = file === 'intercom.config.yaml' ? '' : ` -c ${shellWord(file)}`;
  return `Create it with \`${command} init${target}\`, or pass the right file with --config FILE.`;
}


/** Intercom answered with an error (or an unusable response). */
export class IntercomApiError extends UserError {
  override name = 'IntercomApiError';
  readonly status: number;
  /** Intercom's error code, e.g. "unauthorized", "parameter_not_found". */
  readonly code: string;
  readonly requestId: string | undefined;
  readonly method: string;
  /** Path and query only, never the full URL with credentials. */
  readonly path: string;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string | undefined;
    method: string;
    path: string;
    hint?: string;
  }) {
    const rid = init.requestId ? ` (request id ${init.requestId})` : '';
    super(`Intercom refused ${init.method} ${init.path}: ${init.status} ${init.code}: ${init.message}${rid}`, {
      ...(init.hint !== undefined ? { hint: init.hint } : {}),
    });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
  }
}

/**
 * A write whose outcome is unknown: the request may or may not have been performed
 * (timeout, connection reset, 5xx after sending). Intercom has no idempotency keys, so
 * the caller must re-read and match by name before deciding to send it again.
 */
export class UnknownOutcomeError extends UserError {
  override name = 'UnknownOutcomeError';
  readonly method: string;
  readonly path: string;
  /** What did arrive (a 5xx, a 408, a page that is not JSON), for reports and support requests. */
  readonly received: { status: number; code: string; requestId: string | undefined } | undefined;

  constructor(method: string, path: string, cause: unknown, received?: { status: number; code: string; requestId: string | undefined }) {
    // The first line names no status on purpose: whatever answered could not say what happened to the write.
    const detail = received
      ? `\n    The only answer was ${received.status} ${received.code}${received.requestId ? ` (request id ${received.requestId})` : ''}, which does not say whether the write was done.`
      : '';
    super(`No answer from Intercom for ${method} ${path}; the write may or may not have happened${detail}`, {
      hint: 'Run plan again: it re-reads the workspace and shows what is still missing.',
      cause,
    });
    this.method = method;
    this.path = path;
    this.received = received;
  }
}

/** Network-level failure that never reached a usable answer (DNS, refused, repeated timeouts). */
export class NetworkError extends UserError {
  override name = 'NetworkError';
}

/**
 * The config and the live workspace cannot be reconciled (e.g. a data_type change, two
 * live objects matching one declared object). Each issue points at the config when it can.
 */
export class PlanError extends UserError {
  override name = 'PlanError';
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    const head = issues.length === 1 ? 'Cannot plan: 1 problem' : `Cannot plan: ${issues.length} problems`;
    super([`${head}:`, ...issues.map((i) => `  ${formatIssue(i)}`)].join('\n'));
    this.issues = issues;
  }
}

/** A saved plan no longer matches the workspace, or cannot be trusted. */
export class StalePlanError extends UserError {
  override name = 'StalePlanError';
}

/** intercom-config itself is wrong; the message asks the user to report it. */
export class BugError extends Error {
  override name = 'BugError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
