export * from './errors.js';
export * from './config/config-types.js';
export type * from './client/live-types.js';
export { TOOL_VERSION } from './version.js';
