// Writes oclif.manifest.json after the build, so each run of the CLI loads only the
// command it runs instead of importing every command to list them.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Plugin } from '@oclif/core';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = new Plugin({ root, type: 'core', ignoreManifest: true, errorOnManifestCreate: true });
await plugin.load();
await writeFile(new URL('../oclif.manifest.json', import.meta.url), `${JSON.stringify(plugin.manifest, null, 2)}\n`);
console.error(`wrote oclif.manifest.json (${Object.keys(plugin.manifest.commands).length} commands)`);
