import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';

/** Re-exported so an entry that loads this adapter lazily gets client and port in one chunk. */
export { SNSClient } from '@aws-sdk/client-sns';

export interface SnsPort {
  /** Publishes one message; returns its message id. */
  publish(topicArn: string, subject: string, message: string): Promise<string>;
}

export function createSnsPort(client: SNSClient): SnsPort {
  return {
    async publish(topicArn, subject, message) {
      const out = await client.send(
        new PublishCommand({ TopicArn: topicArn, Subject: snsSubject(subject), Message: message }),
      );
      return out.MessageId ?? '';
    },
  };
}

/**
 * SNS refuses a subject over 100 characters or with line breaks or non-ASCII characters
 * (email subscribers see it as the mail's subject); anything else is made to fit.
 */
export function snsSubject(subject: string): string {
  const ascii = subject
    .replace(/[\r\n]+/g, ' ')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7E]/g, '')
    .trim();
  return ascii.length <= 100 ? ascii : `${ascii.slice(0, 97)}...`;
}
