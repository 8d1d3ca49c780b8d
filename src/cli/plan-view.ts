import type { Plan } from '../engine/create-plan.js';
import { planToJson } from '../render/render-json.js';
import { renderPlanMarkdown } from '../render/render-markdown.js';
import { renderPlanText } from '../render/render-text.js';
import type { ResultView } from './output.js';

/** What `plan` and `diff` return. */
export interface PlanOutcome {
  plan: Plan;
  /** --detailed-exitcode: exit 2 while changes are pending. */
  detailedExitcode: boolean;
  /** Where `plan --out` saved it. */
  savedTo?: string;
}

export const planView: ResultView<PlanOutcome> = {
  text: ({ plan }, { color }) => renderPlanText(plan, { color }),
  json: ({ plan }) => planToJson(plan),
  markdown: ({ plan }) => renderPlanMarkdown(plan),
  exitCode: ({ plan, detailedExitcode }) => (detailedExitcode && plan.changes.length > 0 ? 2 : 0),
};

/** `diff`: the same plan, titled `from → to`, with a marker of its own in markdown. */
export const diffView: ResultView<PlanOutcome> = {
  ...planView,
  text: ({ plan }, { color }) => renderPlanText(plan, { color, diff: true }),
  markdown: ({ plan }) => renderPlanMarkdown(plan, { diff: true }),
};
