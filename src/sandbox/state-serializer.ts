/**
 * Serializes the state for the state file. Collections dominate a large state (thousands
 * of them) and few change between two writes, so each collection's JSON is cached and
 * reused while its `seq` is unchanged; every collection change bumps `seq`
 * (`touchCollection`, or a new record on create).
 */
import type { CollectionRecord, SandboxState } from './state.js';

export type StateSerializer = (state: SandboxState) => string;

export function createStateSerializer(): StateSerializer {
  const cache = new WeakMap<CollectionRecord, { seq: number; json: string }>();
  return (state) => {
    const { collections, ...rest } = state;
    // `collections` is the last key, so the text ends with `"collections":[]}`.
    const head = JSON.stringify({ ...rest, collections: [] });
    const parts = collections.map((record) => {
      let entry = cache.get(record);
      if (entry?.seq !== record.seq) {
        entry = { seq: record.seq, json: JSON.stringify(record) };
        cache.set(record, entry);
      }
      return entry.json;
    });
    return `${head.slice(0, -2)}${parts.join(',')}]}`;
  };
}
