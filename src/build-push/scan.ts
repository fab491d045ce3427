import type { EcrPort, ScanFindings, ScanObservation } from '../aws/ecr.js';
import { formatDuration } from '../runtime/duration.js';
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';

/** Time between DescribeImageScanFindings calls: explicit, because SDK waiters back off to minutes. */
export const SCAN_POLL_MS = 5_000;

/** Where the wait stands; everything decideScan needs besides the latest observation. */
export interface ScanWaitState {
  readonly scanRequested: boolean;
  readonly elapsedMs: number;
  readonly timeoutMs: number;
  readonly pollMs: number;
}

export type ScanDecision =
  | { readonly next: 'start-scan' }
  | { readonly next: 'wait'; readonly ms: number }
  | { readonly next: 'done'; readonly findings: ScanFindings }
  | { readonly next: 'fail'; readonly reason: string };

/**
 * The pure decision behind waiting for a scan. Basic scanning ends in COMPLETE; enhanced
 * scanning (Inspector) never completes but reports ACTIVE, which with findings means done —
 * the SDK's waitUntilImageScanComplete does not know that. Everything that is neither done nor
 * in progress is a failure: an image nobody could scan is not a clean image.
 */
export function decideScan(observation: ScanObservation, state: ScanWaitState): ScanDecision {
  if (observation.kind === 'no-scan') {
    if (!state.scanRequested) return { next: 'start-scan' };
    return waitOrTimeOut(state, 'no scan had been registered for the image');
  }
  const { status, description, findings } = observation;
  const said = description ? `: ${description}` : '';
  switch (status) {
    case 'COMPLETE':
      return findings
        ? { next: 'done', findings }
        : { next: 'fail', reason: `ECR reported the scan COMPLETE but returned no findings${said}` };
    case 'ACTIVE':
      return findings ? { next: 'done', findings } : waitOrTimeOut(state, 'enhanced scanning had no findings yet');
    case 'PENDING':
    case 'IN_PROGRESS':
      return waitOrTimeOut(state, `the scan was still ${status}`);
    case 'UNSUPPORTED_IMAGE':
      return {
        next: 'fail',
        reason: `ECR cannot scan this image (UNSUPPORTED_IMAGE${said}). An image index with attestations is one cause; keep provenance false, or set scan: none and scan it another way`,
      };
    case 'FINDINGS_UNAVAILABLE':
      return { next: 'fail', reason: `ECR has no findings for this image (FINDINGS_UNAVAILABLE${said})` };
    case 'FAILED':
      return { next: 'fail', reason: `the scan failed${said}` };
    default:
      return { next: 'fail', reason: `the scan ended in status ${status}${said}` };
  }
}

function waitOrTimeOut(state: ScanWaitState, situation: string): ScanDecision {
  const left = state.timeoutMs - state.elapsedMs;
  if (left <= 0) {
    return {
      next: 'fail',
      reason: `no scan result within scan-timeout ${formatDuration(state.timeoutMs)}: ${situation}`,
    };
  }
  // The last wait is shortened so the final look happens at the deadline, not after it.
  return { next: 'wait', ms: Math.min(state.pollMs, left) };
}

export type ScanOutcome =
  | {
      readonly result: 'complete';
      readonly findings: ScanFindings;
      readonly waitedMs: number;
      /** The digest had been scanned before (today's basic scan was used up); its findings were reused. */
      readonly reusedEarlierScan: boolean;
    }
  | { readonly result: 'failed'; readonly reason: string; readonly waitedMs: number };

/** Observes, decides, acts and sleeps on the injected clock until the scan is done or failed. */
export async function waitForScan(
  ecr: Pick<EcrPort, 'describeScan' | 'startScan'>,
  target: { readonly repository: string; readonly digest: string },
  limits: { readonly timeoutMs: number; readonly pollMs?: number },
  clock: Clock,
  logger: Logger,
): Promise<ScanOutcome> {
  const started = clock.now();
  let scanRequested = false;
  let reusedEarlierScan = false;
  let lastSituation = '';
  for (;;) {
    const observation = await ecr.describeScan(target.repository, target.digest);
    const decision = decideScan(observation, {
      scanRequested,
      elapsedMs: clock.now() - started,
      timeoutMs: limits.timeoutMs,
      pollMs: limits.pollMs ?? SCAN_POLL_MS,
    });
    const waitedMs = clock.now() - started;
    switch (decision.next) {
      case 'done':
        return { result: 'complete', findings: decision.findings, waitedMs, reusedEarlierScan };
      case 'fail':
        return { result: 'failed', reason: decision.reason, waitedMs };
      case 'start-scan': {
        scanRequested = true;
        const started = await ecr.startScan(target.repository, target.digest);
        if (started === 'unsupported-image')
          return {
            result: 'failed',
            reason: 'ECR refused to scan this image (UnsupportedImageTypeException)',
            waitedMs,
          };
        if (started === 'already-scanned') {
          reusedEarlierScan = true;
          logger.info(
            `${target.digest} was already scanned today (ECR allows one basic scan per image a day); using that scan's findings.`,
          );
        } else if (started === 'not-startable') {
          logger.info('ECR does not take manual scans here (enhanced scanning); waiting for its continuous scan.');
        } else logger.info(`Started an ECR image scan of ${target.digest}.`);
        break;
      }
      case 'wait': {
        const situation = observation.kind === 'status' ? observation.status : 'waiting for the scan to appear';
        if (situation !== lastSituation)
          logger.info(`Scan status: ${situation}; checking every ${formatDuration(decision.ms)}.`);
        lastSituation = situation;
        await clock.sleep(decision.ms);
        break;
      }
    }
  }
}
