/**
 * What `require('intercom-config')` (or `…/sandbox`) loads: the `require` condition of
 * package.json `exports`. The package is an ES module only; without this file Node's
 * answer would be that the package defines no "exports" main, which reads like a broken
 * install.
 */
const error = new Error(
  'intercom-config is an ES module and cannot be loaded with require(). ' +
    "In an ES module (.mjs, or \"type\": \"module\" in package.json) write `import { loadConfig } from 'intercom-config'`; " +
    "from CommonJS use `const { loadConfig } = await import('intercom-config')`.",
);
Object.assign(error, { code: 'ERR_REQUIRE_ESM' });
throw error;
