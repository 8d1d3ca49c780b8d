/**
 * intercom-config as a library: load and validate a config, read a workspace, compute a
 * plan, render it, and apply it — the same functions the CLI uses. Nothing here prints;
 * progress arrives through callbacks.
 */
export * from './errors.js';
export * from './config/index.js';
export * from './client/index.js';
export { TOOL_VERSION } from './version.js';

export { fetchLiveState, managedFamilies, ALL_FAMILIES, type LiveState, type LiveFamilies, type LiveFamily } from './live/live-state.js';
export { createPlan, type Plan, type PlanInput } from './engine/create-plan.js';
export * from './plan/plan-types.js';
export { KINDS, CHANGE_KINDS, type Change, type ChangeKind, type Operation } from './resources/registry.js';
export type { ResourceKind, ChangeKindModule, CreatedObjects, LiveNamed } from './resources/kind.js';
export { serializeSavedPlan, assertFresh } from './plan/saved-plan.js';
export { parseSavedPlan, type SavedPlan } from './engine/saved-plans.js';
export { fingerprintTouched } from './engine/fingerprints.js';
export { applyPlan, type ApplyEvent, type ApplyOptions, type ApplyResult } from './apply/apply-plan.js';
export { CHECK_LISTING_FRESH_MS, CreateConflictError } from './apply/create-checks.js';
export { DuplicateError, type DuplicateReport } from './apply/duplicates.js';
export { nameKey, sameName } from './plan/same-name.js';

export { renderPlanText, summaryLine, type TextRenderOptions } from './render/render-text.js';
export { renderPlanJson, planToJson, type PlanJson, type ChangeJson } from './render/render-json.js';
export { renderPlanMarkdown, markdownMarker, MARKDOWN_LIMIT } from './render/render-markdown.js';
export { renderApplyResult } from './render/render-apply.js';

export { exportResources, type ExportedResources } from './export/export-resources.js';
export { connectWorkspace, type Connection, type ConnectOptions } from './workspace/connect.js';
export { WorkspaceSession, type SessionRequest } from './services/workspace-session.js';
export { validateConfig, type ValidationReport } from './services/validate-config.js';

// The sandbox is a separate entry point, `intercom-config/sandbox`, so this one never loads it.
