import { ECSServiceException } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { describeAwsError, isAwsServiceError } from './errors.js';

function awsError(name: string, message: string, fault: 'client' | 'server' = 'client'): ECSServiceException {
  return new ECSServiceException({
    name,
    message,
    $fault: fault,
    $metadata: { httpStatusCode: 400, requestId: 'req-1' },
  });
}

describe('errors AWS returned', () => {
  it('are told apart from bugs in our code', () => {
    expect(isAwsServiceError(awsError('ClusterNotFoundException', 'Cluster not found.'))).toBe(true);
    expect(isAwsServiceError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isAwsServiceError('a string')).toBe(false);
  });

  it('say what AWS said, which request, and what to check', () => {
    expect(
      describeAwsError(awsError('AccessDeniedException', 'User is not authorized to perform: ecs:UpdateService')),
    ).toBe(
      'AWS rejected a request: AccessDeniedException: User is not authorized to perform: ecs:UpdateService (request req-1). The credentials lack a permission this step needs; the README lists the IAM actions each action uses.',
    );
    expect(describeAwsError(awsError('InternalFailure', 'oops', 'server'))).toContain(
      'AWS had an internal error; retry the step.',
    );
    expect(describeAwsError(awsError('InvalidParameterException', 'Bad'))).toBe(
      'AWS rejected a request: InvalidParameterException: Bad (request req-1).',
    );
  });
});
