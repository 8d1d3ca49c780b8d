// Bundles the GitHub Action (action/src) into action/dist, the files a workflow runs with
// no install step: index.js (the action) and cli.js (the CLI it drives).
//   node scripts/bundle-action.js           writes action/dist
//   node scripts/bundle-action.js --outdir D writes D instead (tests compare D with action/dist)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'action/dist' } } });
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// src/version.ts reads ../package.json at run time; the bundle carries the version instead.
const inlineVersion = {
  name: 'inline-version',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
      contents: `export const TOOL_VERSION = ${JSON.stringify(version)};\n`,
      loader: 'ts',
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { index: 'action/src/main.ts', cli: 'action/src/cli.ts' },
  outdir: values.outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // oclif is CommonJS and requires Node built-ins; an ES module needs a `require` for that.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  // oclif loads TypeScript only to run uncompiled plugins in development; none are bundled.
  external: ['typescript'],
  plugins: [inlineVersion],
  legalComments: 'eof',
  logLevel: 'warning',
});
