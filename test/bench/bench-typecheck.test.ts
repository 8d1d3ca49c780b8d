import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const BENCH = join(import.meta.dirname, '../../scripts/bench');

test('every benchmark script is type-checked by `npm run typecheck` (// @ts-check, JSDoc types)', () => {
  const unchecked = readdirSync(BENCH)
    .filter((file) => file.endsWith('.js'))
    .filter((file) => !/^(#!.*\n)?\/\/ @ts-check\n/.test(readFileSync(join(BENCH, file), 'utf8')));
  expect(unchecked).toEqual([]);
});
