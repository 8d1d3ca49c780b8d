/** Shapes shared by the benchmark scripts (JavaScript, type-checked through JSDoc). */
import type * as Library from '../../src/index.js';
import type * as SandboxLibrary from '../../src/sandbox/index.js';

/** The library as the benchmark loads it: dist/, compiled from these sources. */
export type Lib = typeof Library;

export type RequestLogEntry = SandboxLibrary.RequestLogEntry;

/** One line of a section's table; `pass` is null for figures that are reported, not checked. */
export interface Row {
  measure: string;
  target: string | number;
  result: string;
  pass: boolean | null;
}

export interface Section {
  id: string;
  title: string;
  workload: string;
  rows: Row[];
  notes: string[];
}

export interface SectionOptions {
  smoke: boolean;
  /** Only this scenario of a section (throughput), for trying one out. */
  only?: number;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  date: string;
  loadAverage: string;
}

export interface TimedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

export interface WorkloadSize {
  ticketTypes?: number;
  attributesPerType?: number;
  collections?: number;
}
