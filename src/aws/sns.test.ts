import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSnsPort, snsSubject } from './sns.js';

const sns = mockClient(SNSClient);
beforeEach(() => sns.reset());

describe('the SNS adapter', () => {
  it('publishes with a subject SNS accepts', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const id = await createSnsPort(new SNSClient({ region: 'us-east-1' })).publish(
      'arn:aws:sns:us-east-1:123456789012:cost',
      'cost-alert — alert 🚨\nnew',
      'body',
    );
    expect(id).toBe('m-1');
    expect(sns.commandCalls(PublishCommand)[0]?.args[0].input).toEqual({
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:cost',
      Subject: 'cost-alert - alert  new',
      Message: 'body',
    });
  });

  it('cuts a subject to 100 characters', () => {
    expect(snsSubject('x'.repeat(150))).toHaveLength(100);
  });
});
