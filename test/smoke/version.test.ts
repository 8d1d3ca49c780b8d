import { expect, test } from 'vitest';
import { TOOL_VERSION } from '../../src/version.js';

test('tool version comes from package.json', () => {
  expect(TOOL_VERSION).toMatch(/^\d+\.\d+\.\d+/);
});
