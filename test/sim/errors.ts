/**
 * Errors the simulated AWS answers with, built as the SDK builds them from a real answer: the
 * service's modelled exception class when it has one (so `instanceof` and `name` checks behave as
 * in production), else the service's base exception with the error code as its name, which is
 * what the SDK does for codes it does not model (`Throttling` on the query protocols).
 */
import * as ecs from '@aws-sdk/client-ecs';
import * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import * as cloudwatch from '@aws-sdk/client-cloudwatch';

export type SimService = 'ecs' | 'elbv2' | 'cloudwatch';

interface ServiceExceptionClass {
  new (options: {
    name: string;
    $fault: 'client' | 'server';
    $metadata: Record<string, unknown>;
    message: string;
  }): Error;
}

const MODULES: Record<SimService, { base: ServiceExceptionClass; exports: Record<string, unknown> }> = {
  ecs: { base: ecs.ECSServiceException, exports: ecs },
  elbv2: {
    base: elb.ElasticLoadBalancingV2ServiceException,
    exports: elb,
  },
  cloudwatch: { base: cloudwatch.CloudWatchServiceException, exports: cloudwatch },
};

let requestCounter = 0;

/** A new request id, as AWS puts in every answer. */
export function requestId(): string {
  requestCounter += 1;
  return `sim-${requestCounter.toString(16).padStart(8, '0')}`;
}

/** An error AWS returned: a modelled exception when the SDK has one for `code`. */
export function awsError(
  service: SimService,
  code: string,
  message: string,
  options: { readonly status?: number; readonly fault?: 'client' | 'server' } = {},
): Error {
  const status = options.status ?? 400;
  const fault = options.fault ?? (status >= 500 ? 'server' : 'client');
  const module = MODULES[service];
  const modelled = modelledClass(service, code);
  const metadata = { httpStatusCode: status, requestId: requestId(), attempts: 1, totalRetryDelay: 0 };
  if (typeof modelled === 'function' && modelled.prototype instanceof (module.base as unknown as typeof Error)) {
    return new (modelled as new (options: { message: string; $metadata: Record<string, unknown> }) => Error)({
      message,
      $metadata: metadata,
    });
  }
  return new module.base({ name: code, $fault: fault, $metadata: metadata, message });
}

const modelledClasses = new Map<string, unknown>();

/** The SDK's exception class for `code`, looked up once (module namespaces are slow to read). */
function modelledClass(service: SimService, code: string): unknown {
  const key = `${service}:${code}`;
  if (!modelledClasses.has(key)) {
    const exports = MODULES[service].exports;
    modelledClasses.set(key, exports[code] ?? exports[queryErrorClass(exports, code) ?? '']);
  }
  return modelledClasses.get(key);
}

/**
 * The exception an error code stands for on the query protocols: ELB and CloudWatch answer
 * `PriorityInUse`, which the SDK's schemas map (their `awsQueryError` trait) to
 * PriorityInUseException, and so must the simulation.
 */
function queryErrorClass(exports: Record<string, unknown>, code: string): string | undefined {
  let classes = queryErrorClasses.get(exports);
  if (!classes) {
    // Built once per SDK module: scanning every export for each fault is most of a faulty run's time.
    classes = new Map();
    for (const [key, schema] of Object.entries(exports)) {
      if (!key.endsWith('$') || !Array.isArray(schema) || schema[0] !== -3) continue;
      const traits = schema[3] as { awsQueryError?: [string, number] } | undefined;
      const queryCode = traits?.awsQueryError?.[0];
      if (queryCode !== undefined && !classes.has(queryCode)) classes.set(queryCode, key.slice(0, -1));
    }
    queryErrorClasses.set(exports, classes);
  }
  return classes.get(code);
}

const queryErrorClasses = new Map<Record<string, unknown>, Map<string, string>>();

/** The throttling code each protocol uses (JSON: ThrottlingException; query: Throttling). */
export const THROTTLING_CODE: Record<SimService, string> = {
  ecs: 'ThrottlingException',
  elbv2: 'Throttling',
  cloudwatch: 'Throttling',
};

/**
 * A connection that dropped without an answer: Node's socket error as the SDK's HTTP handler
 * passes it on (an Error with code ECONNRESET, which the standard retry strategy retries).
 */
export function droppedConnection(): Error {
  return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', $metadata: {} });
}
