// The package.json that goes into the tarball, without `prepare`.
//
// `prepare` builds dist/ on `npm ci` in a clone and on an install from a Git tag, which
// ship sources only. A tarball ships dist/ already, and an install-time script in it only
// earns a warning from npm. So `npm pack` (prepack) builds, then writes package.json
// without `prepare`; postpack puts the original back.
//   node scripts/pack-manifest.js strip     before packing (a leftover backup is restored first)
//   node scripts/pack-manifest.js restore   after packing
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const manifest = fileURLToPath(new URL('../package.json', import.meta.url));
const backup = `${manifest}.before-pack`;
const action = process.argv[2];

if (action === 'strip') {
  // A pack that failed half-way left the stripped file: start from the original.
  if (existsSync(backup)) renameSync(backup, manifest);
  const text = readFileSync(manifest, 'utf8');
  const data = JSON.parse(text);
  writeFileSync(backup, text);
  delete data.scripts.prepare;
  writeFileSync(manifest, `${JSON.stringify(data, null, 2)}\n`);
} else if (action === 'restore') {
  if (existsSync(backup)) renameSync(backup, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.js strip|restore');
  process.exit(2);
}
