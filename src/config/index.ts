export * from './config-types.js';
export { SUPPORTED_API_VERSIONS, BUILT_IN_ATTRIBUTE_NAMES, MAX_COLLECTION_DEPTH, type SupportedApiVersion } from './api-versions.js';
export { loadConfig, parseConfig, type LoadedConfig, type LoadConfigOptions, type UnresolvedValue } from './load-config.js';
export { resolveWorkspace, selectForWorkspace, REGION_BASE_URLS, type ResolvedWorkspace } from './resolve-workspace.js';
export { isLoopbackHost } from './loopback-host.js';
export { configSchema } from './schema.js';
export { buildConfigJsonSchema, renderConfigJsonSchema } from './json-schema.js';
export { MAX_CONFIG_BYTES } from './decode-config-text.js';
