// @ts-check
/** Runs the built CLI the way users do (`node bin/run.js …`) and times it from spawn to exit. */
import { spawn } from 'node:child_process';
import { BIN } from './paths.js';

/**
 * @param {string[]} args
 * @param {{ cwd: string; env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<import('./types.js').TimedRun>}
 */
export function runCliTimed(args, { cwd, env = {} }) {
  return spawnTimed(process.execPath, [BIN, ...args], { cwd, env });
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string; env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<import('./types.js').TimedRun>}
 */
export function spawnTimed(command, args, { cwd, env = {} }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (/** @type {string} */ chunk) => (stdout += chunk));
    child.stderr.on('data', (/** @type {string} */ chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, wallMs: performance.now() - started }));
  });
}
