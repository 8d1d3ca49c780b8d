// @ts-check
/** The machine a benchmark ran on, for the report. */
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';

/** @returns {import('./types.js').Machine} */
export function describeMachine() {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${osType()} ${release()} (${process.platform}/${process.arch})`,
    date: new Date().toISOString(),
    loadAverage: loadavg().map((l) => l.toFixed(2)).join(' / '),
  };
}
