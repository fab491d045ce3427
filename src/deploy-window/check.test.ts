import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../test/support/manual-clock.js';
import { ConfigurationError } from '../runtime/errors.js';
import { RecordingLogger } from '../runtime/logger.js';
import {
  checkDeployWindow,
  DeployWindowClosedError,
  WAIT_HEARTBEAT_MS,
  type CheckDeployWindowOptions,
} from './check.js';
import { parseDeployWindow } from './policy.js';

// Monday 23 November 2026, 10:00 in New York: the NYSE is trading until 16:00 (21:00 UTC).
const MID_SESSION = Date.parse('2026-11-23T15:00:00Z');
const AT_CLOSE = Date.parse('2026-11-23T21:00:00Z');

const options = (overrides: Partial<CheckDeployWindowOptions> = {}): CheckDeployWindowOptions => ({
  policy: parseDeployWindow('outside XNYS regular'),
  onClosedWindow: 'fail',
  overrideReason: undefined,
  waitTimeoutMs: 8 * 3_600_000,
  ...overrides,
});

async function closedError(promise: Promise<unknown>): Promise<DeployWindowClosedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeployWindowClosedError) return error;
    throw error;
  }
  throw new Error('the check passed');
}

describe('checkDeployWindow', () => {
  it('lets a deploy through an open window without waiting', async () => {
    const clock = new ManualClock(AT_CLOSE + 60_000);
    const logger = new RecordingLogger();
    const decision = await checkDeployWindow(options(), { clock, logger });
    expect(decision.outcome).toBe('open');
    expect(clock.sleeps).toEqual([]);
    expect(logger.messages('info')[0]).toMatch(/^Deploy window open \(outside XNYS regular\): XNYS is closed;/);
  });

  it('fails a closed window, saying when it opens and how to get through', async () => {
    const clock = new ManualClock(MID_SESSION);
    const error = await closedError(checkDeployWindow(options(), { clock, logger: new RecordingLogger() }));
    expect(error.message).toBe(
      'The deploy window (outside XNYS regular) is closed: the XNYS session Mon 2026-11-23 09:30–16:00 EST is in progress. ' +
        'It opens at 2026-11-23T21:00:00Z (Mon 2026-11-23 16:00 EST, in 6h). ' +
        'Set on-closed-window: wait to wait for it, or override-reason to deploy through it in an emergency.',
    );
    expect(error.evaluation.nextOpen).toBe(AT_CLOSE);
    expect(clock.sleeps).toEqual([]);
  });

  it('waits on the clock until the window opens, saying when that is', async () => {
    const clock = new ManualClock(MID_SESSION);
    const logger = new RecordingLogger();
    const decision = await checkDeployWindow(options({ onClosedWindow: 'wait' }), { clock, logger });
    expect(decision).toMatchObject({ outcome: 'opened-after-wait', waitedMs: 6 * 3_600_000 });
    expect(clock.now()).toBe(AT_CLOSE);
    // Six hours in 15-minute heartbeats, each logged, so a long wait does not look hung.
    expect(clock.sleeps).toHaveLength(24);
    expect(clock.sleeps.every((ms) => ms === WAIT_HEARTBEAT_MS)).toBe(true);
    expect(logger.messages('info')[0]).toBe(
      'The deploy window (outside XNYS regular) is closed: the XNYS session Mon 2026-11-23 09:30–16:00 EST is in progress. ' +
        'Waiting until it opens at 2026-11-23T21:00:00Z (Mon 2026-11-23 16:00 EST, in 6h).',
    );
    expect(logger.messages('info').at(-1)).toMatch(/^Deploy window open after waiting 6h: XNYS is closed;/);
  });

  it('does not wait when the window opens after the timeout', async () => {
    const clock = new ManualClock(MID_SESSION);
    const error = await closedError(
      checkDeployWindow(options({ onClosedWindow: 'wait', waitTimeoutMs: 3_600_000 }), {
        clock,
        logger: new RecordingLogger(),
      }),
    );
    expect(error.message).toMatch(
      /It opens at 2026-11-23T21:00:00Z .* That is after the wait timeout of 1h, so not waiting\.$/,
    );
    expect(clock.sleeps).toEqual([]);
  });

  it('lets an emergency override through a closed window, with a warning that records the reason', async () => {
    const clock = new ManualClock(MID_SESSION);
    const logger = new RecordingLogger();
    const reason = 'INC-4521: hotfix for rejected orders, approved by the desk head';
    const decision = await checkDeployWindow(options({ overrideReason: reason, onClosedWindow: 'wait' }), {
      clock,
      logger,
    });
    expect(decision).toMatchObject({ outcome: 'overridden', overrideReason: reason, evaluation: { open: false } });
    expect(clock.sleeps).toEqual([]);
    expect(logger.messages('warning')).toEqual([
      `Deploying through a closed deploy window under an emergency override: "${reason}". ` +
        'The window (outside XNYS regular) is closed: the XNYS session Mon 2026-11-23 09:30–16:00 EST is in progress.',
    ]);
  });

  it('does not use the override when the window is open', async () => {
    const decision = await checkDeployWindow(options({ overrideReason: 'INC-1: not needed after all' }), {
      clock: new ManualClock(AT_CLOSE),
      logger: new RecordingLogger(),
    });
    expect(decision.outcome).toBe('open');
  });

  it('reports a closed window without failing when asked to continue', async () => {
    const decision = await checkDeployWindow(options({ onClosedWindow: 'continue' }), {
      clock: new ManualClock(MID_SESSION),
      logger: new RecordingLogger(),
    });
    expect(decision).toMatchObject({ outcome: 'closed', evaluation: { open: false, nextOpen: AT_CLOSE } });
  });

  it('is unrestricted without a policy', async () => {
    const decision = await checkDeployWindow(options({ policy: undefined }), {
      clock: new ManualClock(MID_SESSION),
      logger: new RecordingLogger(),
    });
    expect(decision.outcome).toBe('unrestricted');
  });

  it('fails a freeze at once, even when asked to wait', async () => {
    const error = await closedError(
      checkDeployWindow(options({ policy: parseDeployWindow('never'), onClosedWindow: 'wait' }), {
        clock: new ManualClock(MID_SESSION),
        logger: new RecordingLogger(),
      }),
    );
    expect(error.message).toMatch(/It does not open\. Only override-reason gets a deploy through\.$/);
  });

  it('calls a policy whose clauses exclude each other a configuration error', async () => {
    // Two clauses must both allow a deploy: Saturdays only and Sundays only never agree.
    const policy = parseDeployWindow('Sat 10:00-12:00 UTC; Sun 10:00-12:00 UTC');
    await expect(
      checkDeployWindow(options({ policy }), { clock: new ManualClock(MID_SESSION), logger: new RecordingLogger() }),
    ).rejects.toThrow(ConfigurationError);
    await expect(
      checkDeployWindow(options({ policy }), { clock: new ManualClock(MID_SESSION), logger: new RecordingLogger() }),
    ).rejects.toThrow(
      /deploy-window: 'Sat 10:00-12:00 UTC; Sun 10:00-12:00 UTC' is not open at any time in the next 14 days/,
    );
  });
});
