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
  ExpiredTokenException: 'The credentials expired; assume the role again (or raise its session duration).',
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
