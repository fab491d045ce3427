import { ConfigurationError } from '../runtime/errors.js';

/** Sent in every request's user agent, so AWS-side logs show which tool made a call. */
export const USER_AGENT: [string, string] = ['trading-actions', '0.1.0'];

/** Settings shared by every AWS SDK client this suite builds. */
export interface AwsClientSettings {
  readonly region: string;
  readonly maxAttempts: number;
  readonly retryMode: 'standard';
  readonly customUserAgent: [string, string][];
}

/**
 * Resolves the region from the action input, else AWS_REGION, else AWS_DEFAULT_REGION (what
 * aws-actions/configure-aws-credentials exports). Credentials come from the SDK's default chain
 * and the endpoint from AWS_ENDPOINT_URL when set, both read by the SDK itself; retries are
 * explicit so a throttled describe call does not fail a deploy.
 */
export function awsClientSettings(regionInput: string | undefined, env: NodeJS.ProcessEnv): AwsClientSettings {
  const region = regionInput || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) {
    throw new ConfigurationError([
      {
        input: 'aws-region',
        message:
          'no region: set the aws-region input, or run aws-actions/configure-aws-credentials first (it sets AWS_REGION).',
      },
    ]);
  }
  return { region, maxAttempts: 5, retryMode: 'standard', customUserAgent: [USER_AGENT] };
}

/** AWS region names look like `us-east-1` or `eu-central-2`; checked before any call. */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;
