/**
 * intercom-config as a library: load and validate a config, read a workspace, compute a
 * plan, render it, and apply it — the same functions the CLI uses. Nothing here prints;
 * progress arrives through callbacks.
 */
export * from './errors.js';
export * from './config/index.js';
export * from './client/index.js';
export { TOOL_VERSION } from './version.js';

export { fetchLiveState, managedFamilies, ALL_FAMILIES, type LiveState, type LiveFamilies } from './live/live-state.js';
export { createPlan } from './plan/create-plan.js';
export type { PlanInput } from './plan/plan-context.js';
export * from './plan/plan-types.js';
export { parseSavedPlan, serializeSavedPlan, assertFresh, type SavedPlan } from './plan/saved-plan.js';
export { fingerprintTouched } from './plan/fingerprints.js';
export { applyPlan, type ApplyEvent, type ApplyOptions, type ApplyResult } from './apply/apply-plan.js';

export { renderPlanText, summaryLine, type TextRenderOptions } from './render/render-text.js';
export { renderPlanJson, planToJson, type PlanJson, type ChangeJson } from './render/render-json.js';
export { renderPlanMarkdown, markdownMarker, MARKDOWN_LIMIT } from './render/render-markdown.js';
export { renderApplyResult } from './render/render-apply.js';

export { exportResources, type ExportedResources } from './export/export-resources.js';
export { connectWorkspace, type Connection, type ConnectOptions } from './workspace/connect.js';
export { WorkspaceSession, type SessionRequest } from './services/workspace-session.js';
export { validateConfig, type ValidationReport } from './services/validate-config.js';

export { startSandbox } from './sandbox/index.js';
export type { SandboxOptions, RunningSandbox, SandboxSeed, FaultRule } from './sandbox/index.js';
