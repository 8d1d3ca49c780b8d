// @ts-check
/**
 * Runs one benchmark section in this (fresh) process and prints its result as JSON on
 * stdout: `node scripts/bench/run-section.js noop-plan [--smoke]`. Each section gets its
 * own process so that timings and memory figures do not carry over between sections.
 */
const [name, ...flags] = process.argv.slice(2);
const section = await import(`./section-${name}.js`);
const result = await section.run({ smoke: flags.includes('--smoke') });
process.stdout.write(`${JSON.stringify(result)}\n`);
