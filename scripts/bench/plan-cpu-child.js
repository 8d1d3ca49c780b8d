// @ts-check
/**
 * Measures `createPlan` once, in a fresh process (run with --expose-gc): the first call is
 * what a `plan` command pays, cold code included. Prints one JSON line.
 * Usage: node --expose-gc plan-cpu-child.js INPUT.json
 */
import { readFile } from 'node:fs/promises';
import { loadLibrary } from './paths.js';
import { median, mib } from './measure.js';

const WARM_RUNS = 5;

const lib = await loadLibrary();
const inputFile = process.argv[2];
if (inputFile === undefined) throw new Error('usage: node --expose-gc plan-cpu-child.js INPUT.json');
const input = JSON.parse(await readFile(inputFile, 'utf8'));
const planInput = { config: input.config, workspace: 'bench', apiVersion: '2.14', live: input.live, options: input.options };

globalThis.gc?.();
const before = process.memoryUsage();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const plan = lib.createPlan(planInput);
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const after = process.memoryUsage();

const warm = [];
for (let i = 0; i < WARM_RUNS; i += 1) {
  const start = process.cpuUsage();
  lib.createPlan(planInput);
  const used = process.cpuUsage(start);
  warm.push((used.user + used.system) / 1000);
}

process.stdout.write(
  `${JSON.stringify({
    changes: plan.changes.length,
    summary: plan.summary,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    warmCpuMs: median(warm),
    heapGrowthMiB: mib(after.heapUsed - before.heapUsed),
    rssMiB: mib(after.rss),
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
