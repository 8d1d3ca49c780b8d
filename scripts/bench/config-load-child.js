// @ts-check
/**
 * Loads one config file with `loadConfig`, first call in this fresh process (cold code
 * included, as a CLI run pays it), then a few more calls. Prints one JSON line.
 * Usage: node --expose-gc config-load-child.js CONFIG.yaml
 */
import { loadLibrary } from './paths.js';
import { median } from './measure.js';

const WARM_RUNS = 5;
const env = { INTERCOM_TOKEN: 'bench' };

const lib = await loadLibrary();
const file = process.argv[2] ?? '';

/**
 * One load: its CPU (every thread, so garbage collection counts), wall time and outcome.
 * @returns {Promise<{ outcome: string; cpuMs: number; wallMs: number }>}
 */
async function load() {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let outcome;
  try {
    await lib.loadConfig(file, { env });
    outcome = 'loaded';
  } catch (error) {
    if (!(error instanceof lib.ConfigError)) throw error;
    outcome = error.issues.every((issue) => issue.location) ? `${error.issues.length} located error(s)` : 'an error without a position';
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { outcome, cpuMs: (cpu.user + cpu.system) / 1000, wallMs };
}

globalThis.gc?.();
const first = await load();
/** @type {number[]} */
const warm = [];
for (let i = 0; i < WARM_RUNS; i += 1) warm.push((await load()).cpuMs);
process.stdout.write(`${JSON.stringify({ ...first, warmCpuMs: median(warm), peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
