import { REGION_PATTERN } from '../aws/client-config.js';
import { ConfigurationError } from '../runtime/errors.js';
import { InputReader, type ReadInput } from '../runtime/inputs.js';
import type { ChecksDocument } from './checks.js';
import { parseChecks } from './checks-schema.js';
import type { GatePolicy } from './gate.js';

export interface HealthGateInputs {
  readonly checks: ChecksDocument;
  readonly policy: GatePolicy;
  readonly onFailure: 'fail' | 'warn';
  readonly dryRun: boolean;
  readonly awsRegion: string | undefined;
}

/** Reads and validates every health-gate input, the checks document included; all problems at once. */
export function parseHealthGateInputs(read: ReadInput): HealthGateInputs {
  const reader = new InputReader(read);
  const inputs = readHealthGateInputs(reader);
  reader.throwIfProblems();
  return inputs as HealthGateInputs;
}

/** The reading half, exposed so a test can compare the inputs read with action.yml. */
export function readHealthGateInputs(
  reader: InputReader,
): Omit<HealthGateInputs, 'checks'> & { checks?: ChecksDocument } {
  const checksText = reader.string('checks', { required: true });
  const windowMs = reader.duration('window', '0', { min: 0, max: 6 * 3_600_000 });
  const intervalMs = reader.duration('interval', '30s', { min: 1_000, max: 3_600_000 });
  const failureLimit = reader.integer('failure-limit', 0, { min: 0, max: 1000 });
  const inconclusiveLimit = reader.integer('inconclusive-limit', 0, { min: 0, max: 1000 });
  const notBefore = readTimestamp(reader, 'not-before');
  const metricsDelayMs = reader.duration('metrics-delay', '5m', { min: 0, max: 3_600_000 });
  const onFailure = reader.choice('on-failure', ['fail', 'warn'] as const, 'fail');
  const dryRun = reader.boolean('dry-run', false);
  const awsRegion = reader.string('aws-region');
  if (awsRegion !== undefined && !REGION_PATTERN.test(awsRegion)) {
    reader.problem('aws-region', `'${awsRegion}' is not an AWS region name; expected something like us-east-1.`);
  }

  let checks: ChecksDocument | undefined;
  if (checksText !== undefined) {
    try {
      checks = parseChecks(checksText);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      for (const problem of error.problems) reader.problem(problem.input, problem.message);
    }
  }
  return {
    checks,
    policy: { windowMs, intervalMs, failureLimit, inconclusiveLimit, notBefore, metricsDelayMs },
    onFailure,
    dryRun,
    awsRegion,
  };
}

/** An ISO 8601 instant with a time zone (`2026-11-23T14:05:00Z`); undefined when empty. */
function readTimestamp(reader: InputReader, name: string): number | undefined {
  const text = reader.string(name);
  if (text === undefined) return undefined;
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(at)) {
    reader.problem(name, `'${text}' is not an ISO 8601 time with a zone, like 2026-11-23T14:05:00Z.`);
    return undefined;
  }
  return at;
}
