/**
 * Global setup of the `process` project: its tests run the built CLI (bin/run.js →
 * dist/), so dist/ is rebuilt first whenever a source is newer than the last build — at
 * the start of a run and before each rerun in watch mode. `npx vitest`, watch mode and
 * `npm test` therefore never run stale code. (The `quick` project runs the sources.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = join(import.meta.dirname, '..');
/** What the build reads. */
const INPUTS = ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/generate-manifest.js'];
/** What it writes, the manifest last. */
const OUTPUTS = ['dist/index.js', 'oclif.manifest.json'];

/** Why dist/ cannot be trusted, or undefined when it is at least as new as every input. */
export function staleBuildReason(): string | undefined {
  const missing = OUTPUTS.find((file) => !existsSync(join(ROOT, file)));
  if (missing) return `${missing} is missing`;
  const builtAt = Math.min(...OUTPUTS.map((file) => statSync(join(ROOT, file)).mtimeMs));
  const newer = INPUTS.flatMap((input) => filesBelow(join(ROOT, input))).find((file) => statSync(file).mtimeMs > builtAt);
  return newer ? `${relative(ROOT, newer)} changed since the last build` : undefined;
}

export function buildIfStale(): void {
  const reason = staleBuildReason();
  if (!reason) return;
  const started = Date.now();
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`dist/ is stale (${reason}) and \`npm run build\` failed, so the real-process tests cannot run:\n${build.stdout}${build.stderr}`);
  }
  console.log(`Rebuilt dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s: ${reason}.`);
}

function filesBelow(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesBelow(join(path, entry.name)));
}

export default function setup(project: TestProject): void {
  buildIfStale();
  project.onTestsRerun(() => buildIfStale());
}
