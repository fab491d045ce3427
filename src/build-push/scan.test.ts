import { describe, expect, test } from 'vitest';
import type { ScanFindings, ScanObservation, StartScanResult } from '../aws/ecr.js';
import { RecordingLogger } from '../runtime/logger.js';
import { ManualClock } from '../../test/support/manual-clock.js';
import { decideScan, SCAN_POLL_MS, waitForScan, type ScanWaitState } from './scan.js';

const clean: ScanFindings = { kind: 'basic', counts: {}, findings: [], truncated: false };
const enhanced: ScanFindings = {
  kind: 'enhanced',
  counts: { HIGH: 1 },
  findings: [{ id: 'CVE-2026-2000', severity: 'HIGH' }],
  truncated: false,
};
const state: ScanWaitState = { scanRequested: true, elapsedMs: 0, timeoutMs: 600_000, pollMs: 5_000 };
const status = (status: string, findings?: ScanFindings, description?: string): ScanObservation => ({
  kind: 'status',
  status,
  ...(findings ? { findings } : {}),
  ...(description ? { description } : {}),
});

describe('deciding what to do with a scan observation', () => {
  test.each<[string, ScanObservation, ScanWaitState, ReturnType<typeof decideScan>]>([
    ['no scan yet: start one', { kind: 'no-scan' }, { ...state, scanRequested: false }, { next: 'start-scan' }],
    ['no scan after asking: wait, never start twice', { kind: 'no-scan' }, state, { next: 'wait', ms: 5_000 }],
    ['basic COMPLETE with findings: done', status('COMPLETE', clean), state, { next: 'done', findings: clean }],
    ['enhanced ACTIVE with findings: done', status('ACTIVE', enhanced), state, { next: 'done', findings: enhanced }],
    ['enhanced ACTIVE without findings yet: wait', status('ACTIVE'), state, { next: 'wait', ms: 5_000 }],
    ['PENDING: wait', status('PENDING'), state, { next: 'wait', ms: 5_000 }],
    ['IN_PROGRESS: wait', status('IN_PROGRESS'), state, { next: 'wait', ms: 5_000 }],
    [
      'IN_PROGRESS 2 s before the deadline: the last wait ends at the deadline',
      status('IN_PROGRESS'),
      { ...state, elapsedMs: 598_000 },
      { next: 'wait', ms: 2_000 },
    ],
  ])('%s', (_name, observation, wait, expected) => {
    expect(decideScan(observation, wait)).toEqual(expected);
  });

  test.each<[string, ScanObservation, RegExp]>([
    ['FAILED', status('FAILED', undefined, 'layer too large'), /^the scan failed: layer too large$/],
    ['UNSUPPORTED_IMAGE', status('UNSUPPORTED_IMAGE'), /ECR cannot scan this image \(UNSUPPORTED_IMAGE\).*provenance/],
    ['FINDINGS_UNAVAILABLE', status('FINDINGS_UNAVAILABLE'), /no findings for this image \(FINDINGS_UNAVAILABLE/],
    ['SCAN_ELIGIBILITY_EXPIRED', status('SCAN_ELIGIBILITY_EXPIRED'), /ended in status SCAN_ELIGIBILITY_EXPIRED/],
    ['COMPLETE without findings', status('COMPLETE'), /COMPLETE but returned no findings/],
  ])('%s is a failure, not a pass', (_name, observation, reason) => {
    const decision = decideScan(observation, state);
    expect(decision.next).toBe('fail');
    expect(decision.next === 'fail' && decision.reason).toMatch(reason);
  });

  test('still in progress at the deadline: a failure that names the timeout and the last status', () => {
    expect(decideScan(status('IN_PROGRESS'), { ...state, elapsedMs: 600_000 })).toEqual({
      next: 'fail',
      reason: 'no scan result within scan-timeout 10m: the scan was still IN_PROGRESS',
    });
  });
});

/** A scripted ECR: one observation per describe call (the last repeats), and a start result. */
function scriptedEcr(observations: ScanObservation[], startResult: StartScanResult = 'started') {
  const calls: string[] = [];
  return {
    calls,
    describeScan: async () => {
      calls.push('describe');
      return observations.length > 1 ? (observations.shift() as ScanObservation) : (observations[0] as ScanObservation);
    },
    startScan: async () => {
      calls.push('start');
      return startResult;
    },
  };
}

const target = { repository: 'orders-api', digest: `sha256:${'b'.repeat(64)}` };

describe('waiting for a scan', () => {
  test('starts a basic scan once, polls on the clock with an explicit delay, and returns its findings', async () => {
    const ecr = scriptedEcr([
      { kind: 'no-scan' },
      status('IN_PROGRESS'),
      status('IN_PROGRESS'),
      status('COMPLETE', clean),
    ]);
    const clock = new ManualClock();
    const outcome = await waitForScan(ecr, target, { timeoutMs: 600_000 }, clock, new RecordingLogger());
    expect(outcome).toEqual({
      result: 'complete',
      findings: clean,
      waitedMs: 2 * SCAN_POLL_MS,
      reusedEarlierScan: false,
    });
    expect(ecr.calls).toEqual(['describe', 'start', 'describe', 'describe', 'describe']);
    expect(clock.sleeps).toEqual([SCAN_POLL_MS, SCAN_POLL_MS]);
  });

  test("once-a-day limit: a digest scanned earlier today reuses that scan's findings", async () => {
    const ecr = scriptedEcr([{ kind: 'no-scan' }, status('COMPLETE', clean)], 'already-scanned');
    const logger = new RecordingLogger();
    const outcome = await waitForScan(ecr, target, { timeoutMs: 600_000 }, new ManualClock(), logger);
    expect(outcome).toMatchObject({ result: 'complete', reusedEarlierScan: true });
    expect(logger.messages('info').join('\n')).toContain('already scanned today');
  });

  test('times out at scan-timeout exactly, having looked one last time at the deadline', async () => {
    const ecr = scriptedEcr([status('IN_PROGRESS')]);
    const clock = new ManualClock();
    const outcome = await waitForScan(ecr, target, { timeoutMs: 12_000 }, clock, new RecordingLogger());
    expect(outcome).toEqual({
      result: 'failed',
      reason: 'no scan result within scan-timeout 12s: the scan was still IN_PROGRESS',
      waitedMs: 12_000,
    });
    expect(clock.sleeps).toEqual([5_000, 5_000, 2_000]);
  });

  test('an image ECR refuses to scan is a failure', async () => {
    const ecr = scriptedEcr([{ kind: 'no-scan' }], 'unsupported-image');
    const outcome = await waitForScan(ecr, target, { timeoutMs: 600_000 }, new ManualClock(), new RecordingLogger());
    expect(outcome).toEqual({
      result: 'failed',
      reason: 'ECR refused to scan this image (UnsupportedImageTypeException)',
      waitedMs: 0,
    });
  });
});
