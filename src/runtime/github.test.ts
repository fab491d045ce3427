import { ECSServiceException } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../test/support/manual-clock.js';
import { ConfigurationError, OutcomeFailedError } from './errors.js';
import { runAction, type ActionRuntime } from './github.js';
import { RecordingLogger } from './logger.js';

function recordingRuntime(): ActionRuntime & { failures: string[]; logger: RecordingLogger } {
  const failures: string[] = [];
  return {
    readInput: () => '',
    logger: new RecordingLogger(),
    clock: new ManualClock(),
    setOutput: () => undefined,
    writeSummary: () => Promise.resolve(),
    saveState: () => undefined,
    readState: () => '',
    setSecret: () => undefined,
    fail: (message) => failures.push(message),
    failures,
  };
}

describe('how an action ends', () => {
  it('a run that returns normally does not fail the step', async () => {
    const runtime = recordingRuntime();
    await runAction(async () => undefined, runtime);
    expect(runtime.failures).toEqual([]);
  });

  it.each([
    [
      'a configuration error',
      new ConfigurationError([{ input: 'cluster', message: 'is required.' }]),
      '1 input problem (nothing was changed in AWS):\n  - cluster: is required.',
    ],
    [
      'a failed outcome',
      new OutcomeFailedError('Deploy of api:5 failed and was rolled back to api:4'),
      'Deploy of api:5 failed and was rolled back to api:4',
    ],
  ])('%s fails the step with its message and no stack trace', async (_name, error, message) => {
    const runtime = recordingRuntime();
    await runAction(() => Promise.reject(error), runtime);
    expect(runtime.failures).toEqual([message]);
    expect(runtime.logger.messages('error')).toEqual([]);
  });

  it('an error AWS returned says what AWS said, not that we have a bug', async () => {
    const runtime = recordingRuntime();
    const denied = new ECSServiceException({
      name: 'AccessDeniedException',
      message: 'not authorized to perform: ecs:UpdateService',
      $fault: 'client',
      $metadata: {},
    });
    await runAction(() => Promise.reject(denied), runtime);
    expect(runtime.failures[0]).toMatch(
      /^AWS rejected a request: AccessDeniedException: not authorized to perform: ecs:UpdateService\./,
    );
    expect(runtime.logger.messages('error')).toEqual([]);
  });

  it('a connection lost after the SDK’s retries is a network failure, not a bug', async () => {
    const runtime = recordingRuntime();
    // What Node's HTTP client rejects with when the connection drops; the SDK adds $metadata.
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', $metadata: { attempts: 5 } });
    await runAction(() => Promise.reject(reset), runtime);
    expect(runtime.failures[0]).toMatch(
      /^Could not reach AWS: ECONNRESET \(socket hang up\), after the AWS SDK's retries\. This is a network failure/,
    );
    expect(runtime.logger.messages('error')).toEqual([]);
  });

  it('anything else is a bug: the stack is logged, and the step fails', async () => {
    const runtime = recordingRuntime();
    await runAction(() => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'id')")), runtime);
    expect(runtime.failures).toEqual(["Cannot read properties of undefined (reading 'id')"]);
    expect(runtime.logger.messages('error')[0]).toMatch(
      /^Unexpected error \(a bug in trading-actions, please report it\):\nTypeError: Cannot read/,
    );
  });

  it('a thrown non-error still fails the step', async () => {
    const runtime = recordingRuntime();
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the point of the test
    await runAction(() => Promise.reject('plain string'), runtime);
    expect(runtime.failures).toEqual(['plain string']);
  });
});
