import type { Checkpoint, RestoreOutcome } from './checkpoint.js';
import { describe } from './checkpoint.js';

/** The post step's summary: why it ran, what it did, and where traffic is now. */
export function renderRestoreSummary(
  checkpoint: Checkpoint | undefined,
  outcome: RestoreOutcome | undefined,
  restoredBy: string,
): string {
  const lines: string[] = [];
  if (!outcome) {
    lines.push('## ↩️ canary: restored when the job was stopped', '', restoredBy, '');
    return lines.join('\n');
  }
  const ok = outcome.trafficSafe;
  lines.push(
    `## ${ok ? '↩️' : '❌'} canary: ${ok ? 'restored after an unfinished rollout' : 'restore FAILED'}`,
    '',
    'The main step did not finish (the job was cancelled, timed out or crashed), so the post step put production right.',
    '',
  );
  if (checkpoint) {
    lines.push(
      `- Safe side: **${checkpoint.safe}** (\`${checkpoint.services[checkpoint.safe]}\`)`,
      `- Weights now: ${describe(outcome.weights)}`,
      `- Rollout id: \`${checkpoint.rolloutId}\``,
    );
  }
  if (restoredBy) lines.push(`- Already restored by the main step: ${restoredBy}`);
  lines.push('', '### What was done', '', ...outcome.actions.map((action) => `- ${action}`), '');
  return lines.join('\n');
}
