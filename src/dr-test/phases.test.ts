import { describe, expect, it } from 'vitest';
import { decide, type PhaseRun, type RunStatus } from './phases.js';
import type { PhaseName } from './report.js';

const run = (name: PhaseName, status: RunStatus, after: PhaseName[] = []): Pick<PhaseRun, 'spec' | 'status'> => ({
  spec: { name, after, start: async () => undefined, observe: async () => ({ status: 'pending', detail: '' }) },
  status,
});

describe('what the driver does next', () => {
  it('starts phases without predecessors, and holds the smoke probe until both are done', () => {
    const step = decide(
      [
        run('rds-restore', 'waiting'),
        run('service-scale', 'waiting'),
        run('smoke', 'waiting', ['rds-restore', 'service-scale']),
      ],
      0,
      10,
      false,
    );
    expect(step).toEqual({ start: ['rds-restore', 'service-scale'], skip: [], finished: false });
    expect(
      decide(
        [
          run('rds-restore', 'done'),
          run('service-scale', 'running'),
          run('smoke', 'waiting', ['rds-restore', 'service-scale']),
        ],
        0,
        10,
        false,
      ).start,
    ).toEqual([]);
    expect(
      decide(
        [
          run('rds-restore', 'done'),
          run('service-scale', 'done'),
          run('smoke', 'waiting', ['rds-restore', 'service-scale']),
        ],
        0,
        10,
        false,
      ).start,
    ).toEqual(['smoke']);
  });

  it('skips a phase whose predecessor failed', () => {
    expect(decide([run('service-scale', 'failed'), run('smoke', 'waiting', ['service-scale'])], 0, 10, false)).toEqual({
      start: [],
      skip: ['smoke'],
      finished: false,
    });
  });

  it('stops at the deadline or on cancellation, cancellation first', () => {
    expect(decide([run('rds-restore', 'running')], 10, 10, false).stop).toBe('duration');
    expect(decide([run('rds-restore', 'running')], 10, 10, true).stop).toBe('cancelled');
    expect(decide([run('rds-restore', 'running')], 9, 10, false).stop).toBeUndefined();
  });

  it('a drill whose phases all ended is finished, even at the deadline', () => {
    expect(decide([run('rds-restore', 'done'), run('smoke', 'skipped')], 10, 10, true)).toEqual({
      start: [],
      skip: [],
      finished: true,
    });
  });
});
