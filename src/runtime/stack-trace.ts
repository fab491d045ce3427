import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Reads `<bundle>.map` beside a bundle; undefined when there is none. */
export type LoadSourceMap = (bundlePath: string) => SourceMapPayload | undefined;

const FRAME_LOCATION = /((?:file:\/\/)?\/[^\s()]+?\.[cm]?js):(\d+):(\d+)/g;

/**
 * Rewrites positions in the bundled `index.js` to the TypeScript sources, so a bug report names
 * `src/ecs-deploy/deploy.ts:120:7` instead of `index.js:1:734512`. It runs only when a bug is
 * reported: registering a source-map shim up front made every cold start ~35 ms slower, because
 * the 4 MB map was parsed before the first AWS request.
 */
export function mapStackTrace(stack: string, loadMap: LoadSourceMap = readMapBesideBundle): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack.replace(FRAME_LOCATION, (whole, file: string, line: string, column: string) => {
    const path = file.startsWith('file://') ? fileURLToPath(file) : file;
    if (!maps.has(path)) {
      const payload = safely(() => loadMap(path));
      maps.set(path, payload ? new SourceMap(payload) : undefined);
    }
    const entry = maps.get(path)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return whole;
    const source = resolve(dirname(path), entry.originalSource.replace(/^webpack:\/\/[^/]*\//, ''));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

function readMapBesideBundle(bundlePath: string): SourceMapPayload | undefined {
  return JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')) as SourceMapPayload;
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    // No map (running from source, or a map was not shipped): keep the frame as it is.
    return undefined;
  }
}
