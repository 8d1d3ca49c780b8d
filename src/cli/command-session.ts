import { withAllowedUrls } from '../config/api-hosts.js';
import type { Plan } from '../engine/create-plan.js';
import { renderPlanJson } from '../render/render-json.js';
import { renderPlanMarkdown } from '../render/render-markdown.js';
import { renderPlanText } from '../render/render-text.js';
import { shouldColor } from '../render/style.js';
import type { SessionRequest } from '../services/workspace-session.js';
import { debugLine } from './progress.js';

interface SessionFlags {
  config: string;
  workspace?: string | undefined;
  prune?: boolean;
  'allow-delete'?: boolean;
  'allow-url'?: string[] | undefined;
  target?: string[] | undefined;
  exclude?: string[] | undefined;
  from?: string | undefined;
  debug: boolean;
}

/** The session request shared by commands; `--debug` traces go to stderr. */
export function sessionRequest(flags: SessionFlags): SessionRequest {
  return {
    configFile: flags.config,
    workspace: flags.workspace,
    prune: flags.prune ?? false,
    allowDelete: flags['allow-delete'] ?? false,
    ...(flags.target?.length || flags.exclude?.length ? { selection: { target: flags.target ?? [], exclude: flags.exclude ?? [] } } : {}),
    ...(flags.from !== undefined ? { from: flags.from } : {}),
    ...(flags['allow-url']?.length ? { env: withAllowedUrls(process.env, flags['allow-url']) } : {}),
    ...(flags.debug ? { onClientEvent: (e) => process.stderr.write(`${debugLine(e)}\n`) } : {}),
  };
}

export type PlanFormat = 'text' | 'json' | 'markdown';

/** A plan on stdout in the chosen format (`plan` and `diff`). */
export function writePlan(plan: Plan, format: PlanFormat, color: boolean | undefined): void {
  if (format === 'json') process.stdout.write(renderPlanJson(plan));
  else if (format === 'markdown') process.stdout.write(renderPlanMarkdown(plan));
  else process.stdout.write(renderPlanText(plan, { color: shouldColor(process.stdout, process.env, color) }));
}
