// Bundles each action's entry with ncc into dist/<action>/index.js (minified, with a source map).
// Run by `npm run build`; CI runs it and fails when the committed dist/ differs.
import ncc from '@vercel/ncc';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

const actions = (await readdir(join(root, 'actions'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'main.ts')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

for (const action of actions) {
  const started = Date.now();
  const { code, map, assets } = await ncc(join(root, 'actions', action, 'main.ts'), {
    minify: true,
    sourceMap: true,

    // Bundles a small source-map-support shim so a bug's stack trace names our .ts files.
    sourceMapRegister: true,
    quiet: true,
    target: 'es2022',
  });
  const out = join(root, 'dist', action);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.js'), code);
  if (map) await writeFile(join(out, 'index.js.map'), map);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    await mkdir(dirname(join(out, name)), { recursive: true });
    await writeFile(join(out, name), asset.source);
  }
  console.log(`dist/${action}/index.js  ${(code.length / 1024).toFixed(0)} KiB  (${Date.now() - started} ms)`);
}
