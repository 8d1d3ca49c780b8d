// @ts-check
/**
 * Section 5: `intercom-config --version` from process start to exit, as a ratio to an empty
 * Node process (`node -e 0`). Runs alternate between the two so machine load hits both alike.
 */
import { BIN, ROOT } from './paths.js';
import { spawnTimed } from './cli-run.js';
import { median, row } from './measure.js';

/**
 * @param {import('./types.js').SectionOptions} options
 * @returns {Promise<import('./types.js').Section>}
 */
export async function run({ smoke }) {
  const runs = smoke ? 2 : 9;
  const cli = [];
  const bare = [];
  const help = [];
  let version = '';
  for (let i = 0; i < runs; i += 1) {
    const node = await spawnTimed(process.execPath, ['-e', '0'], { cwd: ROOT });
    const ours = await spawnTimed(process.execPath, [BIN, '--version'], { cwd: ROOT });
    if (ours.code !== 0) throw new Error(`intercom-config --version failed: ${ours.stderr}`);
    version = ours.stdout.trim();
    const planHelp = await spawnTimed(process.execPath, [BIN, 'plan', '--help'], { cwd: ROOT });
    if (planHelp.code !== 0) throw new Error(`intercom-config plan --help failed: ${planHelp.stderr}`);
    bare.push(node.wallMs);
    cli.push(ours.wallMs);
    help.push(planHelp.wallMs);
  }
  const ratio = median(cli) / median(bare);
  return {
    id: 'cold-start',
    title: 'Cold start',
    workload: `median of ${runs} alternating runs of each, wall time from spawn to exit; prints "${version}"`,
    rows: [
      row('`node -e 0`', 'baseline', `${median(bare).toFixed(0)} ms`),
      row('`intercom-config --version`', 'report', `${median(cli).toFixed(0)} ms`),
      row('Ratio', 'report', `${ratio.toFixed(1)}×`),
      row('`intercom-config plan --help` (oclif loads, one command imported)', 'report', `${median(help).toFixed(0)} ms = ${(median(help) / median(bare)).toFixed(1)}×`),
    ],
    notes: [
      '`bin/run.js` answers --version from package.json before loading oclif. Every other command goes through oclif, ' +
        'which reads the command list from `oclif.manifest.json` (written by `npm run build`) and imports only the command it runs.',
    ],
  };
}
