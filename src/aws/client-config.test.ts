import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../runtime/errors.js';
import { awsClientSettings, USER_AGENT } from './client-config.js';

describe('AWS client settings', () => {
  it('take the region from the input first, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const env = { AWS_REGION: 'eu-west-2', AWS_DEFAULT_REGION: 'ap-southeast-2' };
    expect(awsClientSettings('us-east-2', env).region).toBe('us-east-2');
    expect(awsClientSettings(undefined, env).region).toBe('eu-west-2');
    expect(awsClientSettings(undefined, { AWS_DEFAULT_REGION: 'ap-southeast-2' }).region).toBe('ap-southeast-2');
  });

  it('without any region, name the input and how configure-aws-credentials provides it', () => {
    expect(() => awsClientSettings(undefined, {})).toThrow(ConfigurationError);
    expect(() => awsClientSettings(undefined, {})).toThrow(
      /aws-region: no region: set the aws-region input, or run aws-actions\/configure-aws-credentials/,
    );
  });

  it('retry explicitly and name this suite and its version in the user agent', () => {
    const settings = awsClientSettings('us-east-1', {});
    expect(settings).toMatchObject({ maxAttempts: 5, retryMode: 'standard' });
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(settings.customUserAgent).toEqual([['trading-actions', version]]);
    expect(USER_AGENT[1]).toBe(version);
  });
});
