/**
 * Errors that AWS itself returned (access denied, not found, throttled after all retries) are
 * about the account or the request, not bugs in this suite. They carry `$metadata` and `$fault`
 * from the SDK; this turns them into a message that says what to check.
 */
export interface AwsServiceError {
  readonly name: string;
  readonly message: string;
  readonly $fault: 'client' | 'server';
  readonly $metadata: { readonly httpStatusCode?: number; readonly requestId?: string };
}

export function isAwsServiceError(error: unknown): error is AwsServiceError {
  return (
    error instanceof Error &&
    typeof (error as Partial<AwsServiceError>).$metadata === 'object' &&
    ((error as Partial<AwsServiceError>).$fault === 'client' || (error as Partial<AwsServiceError>).$fault === 'server')
  );
}

const HINTS: Record<string, string> = {
  AccessDeniedException:
    'The credentials lack a permission this step needs; the README lists the IAM actions each action uses.',
  UnrecognizedClientException: 'The credentials are not valid in this region or partition.',
  ExpiredTokenException:
    'The credentials expired; assume the role again (or raise role-duration-seconds and the role’s maximum session duration).',
  ExpiredToken:
    'The credentials expired; assume the role again (or raise role-duration-seconds and the role’s maximum session duration).',
  ClusterNotFoundException: 'Check the cluster name and the region.',
  ServiceNotFoundException: 'Check the service name, the cluster and the region.',
  ServiceNotActiveException: 'The service is being deleted or was deleted.',
  ThrottlingException: 'AWS throttled the requests even after retries; try again, or raise poll-interval.',
};

/** One line for the log: what AWS said, which request, and what to check. */
export function describeAwsError(error: AwsServiceError): string {
  const hint = HINTS[error.name] ?? (error.$fault === 'server' ? 'AWS had an internal error; retry the step.' : '');
  const request = error.$metadata.requestId ? ` (request ${error.$metadata.requestId})` : '';
  return `AWS rejected a request: ${error.name}: ${error.message}${request}.${hint ? ` ${hint}` : ''}`;
}

/**
 * Errors of the connection rather than of AWS: the request or its answer was lost (reset, timed
 * out, refused, name lookup failed) and the SDK's retries ran out. Node's socket errors carry a
 * `code`; the SDK's own timeouts are named TimeoutError.
 */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

export function isNetworkError(error: unknown): error is Error & { readonly code?: string } {
  if (!(error instanceof Error) || isAwsServiceError(error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && NETWORK_CODES.has(code)) || error.name === 'TimeoutError';
}

/** One line for the log: the connection failed, not AWS and not this suite. */
export function describeNetworkError(error: Error & { readonly code?: string }): string {
  const code = error.code ?? error.name;
  return `Could not reach AWS: ${code} (${error.message}), after the AWS SDK's retries. This is a network failure (the runner's connection, a proxy, or the endpoint), not a bug; a re-run takes over where this run stopped.`;
}

/** What went wrong, in the words above for AWS's answers and lost connections, else the error's message. */
export function describeFailure(error: unknown): string {
  if (isAwsServiceError(error)) return describeAwsError(error);
  if (isNetworkError(error)) return describeNetworkError(error);
  return error instanceof Error ? error.message : String(error);
}
