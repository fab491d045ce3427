/**
 * Posts a message to a Slack incoming webhook. The webhook URL is itself the credential: callers
 * mask it before this runs, and nothing here puts it into an error message or a log line.
 */
export async function postSlackMessage(webhookUrl: string, text: string, doFetch: typeof fetch = fetch): Promise<void> {
  let response: Response;
  try {
    response = await doFetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
  } catch (error) {
    // fetch errors can quote the URL; keep only the cause's code.
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? 'network error';
    throw new SlackError(`the Slack webhook could not be reached (${cause})`);
  }
  if (!response.ok) {
    const said = (await response.text()).slice(0, 100).replace(/https?:\/\/\S+/g, '<url>');
    throw new SlackError(`the Slack webhook answered ${response.status}${said ? ` (${said})` : ''}`);
  }
}

export class SlackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlackError';
  }
}
