/** The action's entry (action.yml `runs.main` → action/dist/index.js). */
import { fileURLToPath } from 'node:url';
import { cancellationBySignals } from './cancellation.js';
import { runAction } from './run-action.js';

const cliPath = fileURLToPath(new URL('./cli.js', import.meta.url));
process.exitCode = await runAction(process.env, cliPath, (text) => process.stdout.write(text), cancellationBySignals());
