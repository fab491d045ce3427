/**
 * What the committed bundles ship. ncc gives every dynamic import its own chunk with its own
 * copy of the modules it uses, so two lazy imports that share a module ship it twice; and ncc
 * minifies only the entry file, so scripts/build.mjs minifies the lazily loaded chunks. Both are
 * read from the committed dist/ and its source maps.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every bundle folder: dist/<action> and, for actions with a post step, dist/<action>/post. */
const folders = readdirSync(DIST).flatMap((action) =>
  [join(DIST, action), join(DIST, action, 'post')].filter((dir) => existsSync(join(dir, 'index.js'))),
);

function sourcesByFile(dir: string): Map<string, string[]> {
  const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
  return new Map(
    files.map((file) => {
      const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as { sources: string[] };
      return [file, map.sources];
    }),
  );
}

/** Source modules found in more than one file of a bundle folder, with the files. */
export function sharedSources(byFile: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const [file, sources] of byFile)
    for (const source of sources) seen.set(source, [...(seen.get(source) ?? []), file]);
  return new Map([...seen].filter(([, files]) => files.length > 1));
}

describe('the committed bundles', () => {
  it('finds the bundle folders, so nothing below passes vacuously', () => {
    expect(folders.length).toBeGreaterThanOrEqual(7);
  });

  it.each(folders.map((dir) => [dir.slice(DIST.length)]))('%s ships each source module once', (name) => {
    const duplicated = sharedSources(sourcesByFile(join(DIST, name)));
    expect(
      Object.fromEntries(duplicated),
      'load these through one dynamic import (see src/ecs-deploy/native/lazy.ts)',
    ).toEqual({});
  });

  it.each(folders.map((dir) => [dir.slice(DIST.length)]))('%s: every lazily loaded chunk is minified', (name) => {
    const chunks = readdirSync(join(DIST, name)).filter((file) => /^\d+\.index\.js$/.test(file));
    // Unminified output is indented; minified code has no indentation at all. Licence comments
    // (`/*! … */`, `@license`), which are kept, are left out of the count.
    const indentedLines = (text: string): number =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .filter((line) => /^\s+\S/.test(line)).length;
    const unminified = chunks.filter((file) => indentedLines(readFileSync(join(DIST, name, file), 'utf8')) > 0);
    expect(unminified, 'run npm run build').toEqual([]);
  });

  it('the duplicate check catches a module in two chunks', () => {
    const byFile = new Map([
      ['1.index.js', ['../../src/gate/metric-check.ts', '../../src/gate/gate.ts']],
      ['2.index.js', ['../../src/gate/metric-check.ts', '../../src/gate/compare-check.ts']],
    ]);
    expect(Object.fromEntries(sharedSources(byFile))).toEqual({
      '../../src/gate/metric-check.ts': ['1.index.js', '2.index.js'],
    });
  });
});
