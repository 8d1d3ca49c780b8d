import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { TOOL_VERSION } from '../../src/version.js';

test('tool version is the version in package.json', () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
  expect(TOOL_VERSION).toBe(version);
});
