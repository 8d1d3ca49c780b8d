/**
 * Serializes the state for the state file. Collections and articles dominate a large
 * state (thousands of them, articles with whole HTML bodies) and few change between two
 * writes, so each record's JSON is cached and reused while its `seq` is unchanged; every
 * change bumps `seq` (`touchCollection`, `updateArticle`, or a new record on create).
 */
import type { SandboxState } from './state.js';

export type StateSerializer = (state: SandboxState) => string;

const CACHED_LISTS = new Set(['collections', 'articles']);

interface Sequenced {
  seq: number;
}

export function createStateSerializer(): StateSerializer {
  const cache = new WeakMap<Sequenced, { seq: number; json: string }>();
  const list = (records: readonly Sequenced[]): string =>
    records
      .map((record) => {
        let entry = cache.get(record);
        if (entry?.seq !== record.seq) {
          entry = { seq: record.seq, json: JSON.stringify(record) };
          cache.set(record, entry);
        }
        return entry.json;
      })
      .join(',');
  // Same text as JSON.stringify(state): the keys in their order, two lists from the cache.
  return (state) => {
    const parts: string[] = [];
    for (const [key, value] of Object.entries(state)) {
      if (value === undefined) continue;
      const json = CACHED_LISTS.has(key) && Array.isArray(value) ? `[${list(value as Sequenced[])}]` : JSON.stringify(value);
      parts.push(`${JSON.stringify(key)}:${json}`);
    }
    return `{${parts.join(',')}}`;
  };
}
