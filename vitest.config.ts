import { defineConfig } from 'vitest/config';

/**
 * Two projects, by cost:
 * - quick: everything that runs in-process from the sources (the CLI included, see
 *   test/helpers/cli.ts) — `npm run test:quick`, seconds;
 * - process: what needs real processes (the binary, signals, kill -9, the tarball, the
 *   benchmark) — it runs dist/, which its global setup rebuilds whenever it is stale.
 * `npm test` runs both.
 */
export default defineConfig({
  test: {
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // In-process CLI runs change the working directory (test/helpers/cli.ts), which
    // worker threads cannot do: each test file gets a child process.
    pool: 'forks',
    // Most tests wait on sockets and child processes, so two files per core keep the CPU busy.
    maxWorkers: 4,
    projects: [
      {
        extends: true,
        test: { name: 'quick', include: ['test/**/*.test.ts'], exclude: ['test/**/*.process.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'process', include: ['test/**/*.process.test.ts'], globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
