// @ts-check
/**
 * Section: loading and validating a 1 MB config costs at most 300 ms of CPU (issue 16).
 * The file is a large workspace as `export` writes it; each load runs in a fresh process
 * (config-load-child.js), so the figure includes cold code, as every CLI run pays it.
 * The same file with one error shows what reporting a located error costs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnTimed } from './cli-run.js';
import { DIST } from './paths.js';
import { median, row, withTempDir } from './measure.js';
import { configText, objectCount, seedFor } from './workload.js';

export const CONFIG_CPU_TARGET_MS = 300;
const MIN_BYTES = 1024 * 1024;
const CHILD = fileURLToPath(new URL('./config-load-child.js', import.meta.url));

/**
 * @param {import('./types.js').SectionOptions} options
 * @returns {Promise<import('./types.js').Section>}
 */
export async function run({ smoke }) {
  const size = smoke
    ? { ticketTypes: 5, attributesPerType: 3, collections: 40 }
    : { ticketTypes: 500, attributesPerType: 10, collections: 3400 };
  const runs = smoke ? 1 : 5;
  const seed = seedFor(size);
  const text = configText('http://127.0.0.1:4010', { ticket_types: seed.ticket_types, help_center: { collections: seed.collections } });
  const bytes = Buffer.byteLength(text);
  if (!smoke && bytes < MIN_BYTES) throw new Error(`the config-load workload is ${bytes} bytes, less than 1 MiB`);
  // The error is on the last line, so locating it takes a full parse of the whole file.
  const broken = `${text}unknown_key: true\n`;

  return withTempDir(async (dir) => {
    const valid = join(dir, 'valid.yaml');
    const invalid = join(dir, 'invalid.yaml');
    await writeFile(valid, text);
    await writeFile(invalid, broken);
    const fast = await readsFast(valid);
    const loads = await measure(valid, runs, dir);
    const errors = await measure(invalid, smoke ? 1 : 3, dir);
    const cpu = median(loads.map((m) => m.cpuMs));
    const range = (/** @type {number[]} */ ms) => (ms.length > 1 ? `; ${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)} over ${ms.length} runs` : '');
    return {
      id: 'config-load',
      title: 'Config loading',
      workload:
        `${size.ticketTypes} ticket types × ${size.attributesPerType} attributes and ${size.collections} collections ` +
        `(${objectCount(size)} objects) as \`export\` writes them: a ${(bytes / (1024 * 1024)).toFixed(2)} MiB file; every load in a fresh process`,
      rows: [
        row(
          'Loading and validating the file (CPU of `loadConfig`, first call)',
          `≤ ${CONFIG_CPU_TARGET_MS} ms`,
          `${cpu.toFixed(0)} ms median${range(loads.map((m) => m.cpuMs))} (wall ${median(loads.map((m) => m.wallMs)).toFixed(0)} ms; warm: ${median(loads.map((m) => m.warmCpuMs)).toFixed(0)} ms)`,
          smoke ? null : cpu <= CONFIG_CPU_TARGET_MS,
        ),
        row('The file is read by the fast YAML reader (no located document built)', 'yes', fast ? 'yes' : 'no', fast),
        row('Outcome', 'loaded', loads[0]?.outcome, loads.every((m) => m.outcome === 'loaded')),
        row('Peak memory of the loading process', 'report', `${median(loads.map((m) => m.peakRssMiB)).toFixed(0)} MiB RSS`),
        row(
          'The same file with an unknown key on its last line: CPU to the located error',
          'located; CPU reported',
          `${median(errors.map((m) => m.cpuMs)).toFixed(0)} ms (${errors[0]?.outcome})`,
          errors.every((m) => m.outcome === '1 located error(s)'),
        ),
      ],
      notes: [
        'CPU is `process.cpuUsage()` around `loadConfig` (reading, decoding, parsing, `${NAME}` interpolation, the ' +
          'cross-value rules and the schema): every thread, so garbage collection and the optimising compiler count. ' +
          '"Warm" is the median of 5 further loads in the same process.',
        'Source positions are computed only when there is something to report: the error row pays for the full YAML ' +
          'parse that locates it.',
      ],
    };
  });
}

/**
 * @typedef {{ outcome: string; cpuMs: number; wallMs: number; warmCpuMs: number; peakRssMiB: number }} LoadMeasure
 */

/**
 * Runs the loading child `runs` times, each in a fresh process.
 * @param {string} file
 * @param {number} runs
 * @param {string} cwd
 * @returns {Promise<LoadMeasure[]>}
 */
async function measure(file, runs, cwd) {
  /** @type {LoadMeasure[]} */
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const child = await spawnTimed(process.execPath, ['--expose-gc', CHILD, file], { cwd });
    if (child.code !== 0) throw new Error(`config-load-child failed: ${child.stderr}`);
    results.push(JSON.parse(child.stdout));
  }
  return results;
}

/**
 * Whether the fast reader accepts the file; if it did not, the figure would measure the slow path.
 * @param {string} file
 * @returns {Promise<boolean>}
 */
async function readsFast(file) {
  const { parseSimpleYaml } = await import(new URL('config/simple-yaml.js', pathToFileURL(DIST)).href);
  return parseSimpleYaml(await readFile(file, 'utf8'), Number.MAX_SAFE_INTEGER) !== undefined;
}
