import type { SourceMapPayload } from 'node:module';
import { describe, expect, it } from 'vitest';
import { mapStackTrace } from './stack-trace.js';

// Generated line 1: column 0 maps to deploy.ts line 1 col 1; column 10 maps to line 43 col 7.
// ("AAAA" = [0,0,0,0]; "UA0CM" = [+10 cols, same source, +42 lines, +6 cols].)
const payload: SourceMapPayload = {
  file: 'index.js',
  version: 3,
  sources: ['../../src/ecs-deploy/deploy.ts'],
  sourcesContent: [],
  names: [],
  mappings: 'AAAA,UA0CM',
  sourceRoot: '',
};

describe('bug reports from the bundle', () => {
  it('name the TypeScript source and line instead of a position in the minified bundle', () => {
    const stack = [
      'TypeError: boom',
      '    at planDeploy (file:///runner/_actions/org/trading-actions/v1/dist/ecs-deploy/index.js:1:11)',
      '    at async main (/runner/_actions/org/trading-actions/v1/dist/ecs-deploy/index.js:1:1)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
    ].join('\n');

    const mapped = mapStackTrace(stack, () => payload);

    expect(mapped.split('\n')).toEqual([
      'TypeError: boom',
      '    at planDeploy (/runner/_actions/org/trading-actions/v1/src/ecs-deploy/deploy.ts:43:7)',
      '    at async main (/runner/_actions/org/trading-actions/v1/src/ecs-deploy/deploy.ts:1:1)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
    ]);
  });

  it('leave frames alone when there is no source map', () => {
    const stack = 'Error: x\n    at f (/app/dist/a/index.js:1:5)';
    expect(
      mapStackTrace(stack, () => {
        throw new Error('ENOENT');
      }),
    ).toBe(stack);
  });
});
