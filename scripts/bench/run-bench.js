#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: runs every benchmark section against the sandbox, each in its own
 * process, and writes BENCHMARKS.md. Needs a build (`npm run build`).
 *
 *   node scripts/bench/run-bench.js [--smoke] [--out FILE]
 *
 * --smoke runs tiny workloads and checks no timing (CI uses it to prove the benchmark
 * still runs); --out writes the report elsewhere. Exits 1 when a check fails.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './machine.js';
import { ROOT } from './paths.js';
import { failures, renderReport } from './report.js';

const SECTIONS = ['noop-plan', 'read-fan-out', 'apply-writes', 'throughput', 'plan-cpu', 'config-load', 'cold-start', 'articles-noop-plan'];
const RUNNER = fileURLToPath(new URL('./run-section.js', import.meta.url));

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const outIndex = args.indexOf('--out');
const outArg = outIndex >= 0 ? args[outIndex + 1] : undefined;
const out = outArg ? resolve(outArg) : resolve(ROOT, 'BENCHMARKS.md');

const machine = describeMachine();
const started = performance.now();
/** @type {import('./types.js').Section[]} */
const sections = [];
for (const name of SECTIONS) {
  process.stderr.write(`bench: ${name}…\n`);
  const sectionStarted = performance.now();
  sections.push(await runSection(name));
  process.stderr.write(`bench: ${name} done in ${((performance.now() - sectionStarted) / 1000).toFixed(1)} s\n`);
}
await writeFile(out, renderReport({ machine, sections, smoke, totalMs: performance.now() - started }));
process.stderr.write(`bench: wrote ${out}\n`);

const failed = failures(sections);
if (failed.length > 0) {
  process.stderr.write(`bench: ${failed.length} check(s) failed:\n${failed.map((f) => `  - ${f}\n`).join('')}`);
  process.exitCode = 1;
}

/**
 * @param {string} name
 * @returns {Promise<import('./types.js').Section>}
 */
function runSection(name) {
  return new Promise((resolveSection, reject) => {
    const child = spawn(process.execPath, [RUNNER, name, ...(smoke ? ['--smoke'] : [])], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (/** @type {string} */ chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench section ${name} exited with ${code}`));
      else resolveSection(JSON.parse(stdout));
    });
  });
}
