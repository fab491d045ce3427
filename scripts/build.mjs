// Bundles each action's entry with ncc into dist/<action>/index.js (minified, with a source map).
// Run by `npm run build`; CI runs it and fails when the committed dist/ differs.
import ncc from '@vercel/ncc';
import { minify } from 'terser';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A lazily loaded chunk ncc writes beside an entry: `<id>.index.js`. */
const LAZY_CHUNK = /^\d+\.index\.js$/;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

const actions = (await readdir(join(root, 'actions'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'index.ts')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

// Each action has a main entry (actions/<action>/index.ts, which runs main.ts → dist/<action>/index.js)
// and may have a post step (post-index.ts, which runs post.ts → dist/<action>/post/index.js: its own
// folder, so the two bundles' lazily loaded chunks cannot overwrite each other).
for (const action of actions) {
  await rm(join(root, 'dist', action), { recursive: true, force: true });
  for (const [entry, folder] of [
    ['index.ts', join(root, 'dist', action)],
    ['post-index.ts', join(root, 'dist', action, 'post')],
  ]) {
    if (!existsSync(join(root, 'actions', action, entry))) continue;
    await writeBundle(action, entry, folder);
  }
}

async function writeBundle(action, entry, out) {
  const started = Date.now();
  const { code, map, assets } = await bundle(action, entry);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.js'), code);
  if (map) await writeFile(join(out, 'index.js.map'), relocateSources(map, out));
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'index.js.map') continue; // ncc repeats the map as an asset; ours is relocated
    if (name.endsWith('.index.js.map')) continue; // written with its minified chunk below
    await mkdir(dirname(join(out, name)), { recursive: true });
    if (!LAZY_CHUNK.test(name)) {
      await writeFile(join(out, name), asset.source);
      continue;
    }
    // Lazily loaded chunks (`<id>.index.js`): ncc minifies only the entry, so they are minified
    // here, their maps carried through so a bug's stack still maps to the .ts sources.
    const chunk = await minifyChunk(name, String(asset.source), String(assets[`${name}.map`]?.source ?? ''));
    await writeFile(join(out, name), chunk.code);
    await writeFile(join(out, `${name}.map`), relocateSources(chunk.map, out));
  }
  const shown = relative(root, join(out, 'index.js'));
  console.log(`${shown}  ${(code.length / 1024).toFixed(0)} KiB  (${Date.now() - started} ms)`);
}

/** Minifies one ESM chunk, composing its source map with the one ncc made. */
async function minifyChunk(name, code, map) {
  const result = await minify(code, {
    module: true,
    compress: true,
    mangle: true,
    sourceMap: { content: map || undefined, url: `${name}.map` },
  });
  if (result.code === undefined || typeof result.map !== 'string')
    throw new Error(`terser produced nothing for ${name}`);
  return { code: result.code, map: result.map };
}

/** ncc's errors embed its whole minified source; show only the compiler's message. */
async function bundle(action, entry) {
  try {
    return await ncc(join(root, 'actions', action, entry), {
      minify: true,
      sourceMap: true,
      // No source-map-support shim: it parsed the 4 MB map before the first AWS request (~35 ms
      // of cold start). src/runtime/stack-trace.ts maps a bug's stack trace when one happens.
      sourceMapRegister: false,
      quiet: true,
      target: 'es2022',
    });
  } catch (error) {
    const message = String(error?.message ?? error)
      .split('\n')
      .filter((line) => !line.includes('index.js.cache.js'))
      .join('\n');
    console.error(`Building ${action}/${entry} failed:\n${message}`);
    process.exit(1);
  }
}

/**
 * ncc writes source paths relative to a folder one level below the repository root; make them
 * relative to the map's real folder (dist/<action>/) so tools and our stack-trace mapper resolve
 * them to the files in this repository.
 */
function relocateSources(map, out) {
  const payload = JSON.parse(map);
  payload.sources = payload.sources.map((source) =>
    relative(out, resolve(root, 'dist', source.replace(/^webpack:\/\/\/?/, ''))),
  );
  return JSON.stringify(payload);
}
