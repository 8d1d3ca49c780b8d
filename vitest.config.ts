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
    // worker threads cannot do: each test file runs in a child process.
    pool: 'forks',
    // Most tests wait on sockets and child processes, so two files per core keep the CPU busy.
    // As many workers from start to end: a pool that shrinks stops idle workers that
    // `isolate: false` still counts on.
    maxWorkers: 4,
    minWorkers: 4,
    // Vitest makes one pool of child processes for all projects, and only this root setting
    // decides whether a child is reused for the next file: left at its default, every file
    // paid for a new process that loaded the sources, the libraries and oclif again — half
    // the CPU of a run. Children are reused within a project and replaced between projects;
    // each project says below whether the modules are loaded afresh for each file.
    poolOptions: { forks: { isolate: false } },
    projects: [
      {
        extends: true,
        test: {
          name: 'quick',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.process.test.ts'],
          // A child runs file after file without loading the modules again. Tests leave
          // nothing behind that the next file could see: the CLI helper puts back the
          // working directory and the network hooks, sandboxes are closed, and the umask
          // test restores the umask.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'process',
          include: ['test/**/*.process.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // These files are few and spend their time in other processes: fresh modules
          // for each costs little and keeps one file's state from another.
          poolOptions: { forks: { isolate: true } },
        },
      },
    ],
  },
});
