import { dirname, join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig, type LoadedConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/errors.js';
import { fixtureCases } from './fixture-cases.js';

/** What a valid case is expected to load as; tokens replaced so no secret-looking value is snapshotted. */
function normalized(loaded: LoadedConfig): string {
  const workspaces = Object.fromEntries(
    Object.entries(loaded.config.workspaces).map(([name, ws]) => [name, ws.token === undefined ? ws : { ...ws, token: '<redacted>' }]),
  );
  const view = { workspace: loaded.workspace, unresolved: loaded.unresolved, config: { ...loaded.config, workspaces } };
  return `${JSON.stringify(view, null, 2)}\n`;
}

const valid = fixtureCases('valid');
const invalid = fixtureCases('invalid');

describe('valid config fixtures', () => {
  test.each(valid.map((c) => [c.name, c]))('%s loads', async (_name, fixture) => {
    const loaded = await loadConfig(fixture.file, { env: fixture.env });
    expect(loaded.config.version).toBe(1);
    await expect(normalized(loaded)).toMatchFileSnapshot(join(fixture.dir, 'expected-config.json'));
  });
});

describe('invalid config fixtures', () => {
  test('the corpus covers at least 40 cases', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(40);
  });

  test.each(invalid.map((c) => [c.name, c]))('%s is refused with located messages', async (_name, fixture) => {
    const error = await loadConfig(fixture.file, { env: fixture.env }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.issues.length).toBeGreaterThan(0);
    for (const issue of configError.issues) {
      expect(issue.location, issue.message).toBeDefined();
      // Problems inside an article's Markdown point at that file, next to the config.
      if (issue.location?.file !== fixture.file) expect(issue.location?.file.startsWith(`${dirname(fixture.file)}${sep}`), issue.message).toBe(true);
    }
    for (const [name, value] of Object.entries(fixture.env)) {
      if (/TOKEN/.test(name) && value.trim() !== '') expect(configError.message).not.toContain(value.trim());
    }
    await expect(`${configError.message}\n`).toMatchFileSnapshot(join(fixture.dir, 'expected-errors.txt'));
  });
});
