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
    // As many workers from start to end: a pool that shrinks stops idle workers that
    // `isolate: false` still counts on.
    maxWorkers: 4,
    minWorkers: 4,
    projects: [
      {
        extends: true,
        test: {
          name: 'quick',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.process.test.ts'],
          // A worker runs file after file without reloading the sources, the libraries and
          // oclif for each one: that load, not the tests, used to be most of the time.
          // Tests leave nothing behind that the next file could see (the CLI helper puts
          // back the working directory and the network hooks; sandboxes are closed).
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'process', include: ['test/**/*.process.test.ts'], globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
