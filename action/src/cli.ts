import { runBundledCli } from './cli-main.js';

await runBundledCli(process.argv.slice(2));
