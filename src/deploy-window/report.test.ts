import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../test/support/manual-clock.js';
import { RecordingLogger } from '../runtime/logger.js';
import { checkDeployWindow, DeployWindowClosedError, type CheckDeployWindowOptions } from './check.js';
import { parseDeployWindow } from './policy.js';
import { renderDeployWindowReport, reportFromDecision, reportFromFailure } from './report.js';

const policy = parseDeployWindow('outside XNYS regular; not within 30m of open or close');
const options = (overrides: Partial<CheckDeployWindowOptions> = {}): CheckDeployWindowOptions => ({
  policy,
  onClosedWindow: 'fail',
  overrideReason: undefined,
  waitTimeoutMs: 3_600_000,
  ...overrides,
});
const deps = (iso: string) => ({ clock: new ManualClock(Date.parse(iso)), logger: new RecordingLogger() });

describe('the deploy-window job summary', () => {
  it('shows an open window, when it closes, and what closes it next', async () => {
    const decision = await checkDeployWindow(options(), deps('2026-11-25T22:00:00Z'));
    expect(renderDeployWindowReport(reportFromDecision(policy, decision))).toMatchInlineSnapshot(`
      "## Deploy window: open

      | | |
      | --- | --- |
      | Policy | \`outside XNYS regular; not within 30m of open or close\` |
      | Checked at | 2026-11-25T22:00:00Z (Wed 2026-11-25 17:00 EST) |
      | Window | open: XNYS is closed; it last closed Wed 2026-11-25 16:00 EST and next opens Fri 2026-11-27 09:30 EST. |
      | Closes | 2026-11-27T14:00:00Z (Fri 2026-11-27 09:00 EST) |

      ### Closed periods ahead

      | From | Until | Why |
      | --- | --- | --- |
      | Fri 2026-11-27 09:00 EST | Fri 2026-11-27 13:30 EST | 30m around XNYS open and close; XNYS session (early close at 13:00: day after Thanksgiving) |
      | Mon 2026-11-30 09:00 EST | Mon 2026-11-30 16:30 EST | 30m around XNYS open and close; XNYS session |
      | Tue 2026-12-01 09:00 EST | Tue 2026-12-01 16:30 EST | 30m around XNYS open and close; XNYS session |
      | Wed 2026-12-02 09:00 EST | Wed 2026-12-02 16:30 EST | 30m around XNYS open and close; XNYS session |
      | Thu 2026-12-03 09:00 EST | Thu 2026-12-03 16:30 EST | 30m around XNYS open and close; XNYS session |
      "
    `);
  });

  it('puts an emergency override at the top', async () => {
    const reason = 'INC-4521: hotfix for | rejected orders';
    const decision = await checkDeployWindow(options({ overrideReason: reason }), deps('2026-11-23T15:00:00Z'));
    const markdown = renderDeployWindowReport(reportFromDecision(policy, decision), { heading: '###' });
    expect(markdown).toMatchInlineSnapshot(`
      "### Deploy window: closed, deployed under an emergency override

      > [!WARNING]
      > **Emergency override:** INC-4521: hotfix for | rejected orders

      | | |
      | --- | --- |
      | Policy | \`outside XNYS regular; not within 30m of open or close\` |
      | Checked at | 2026-11-23T15:00:00Z (Mon 2026-11-23 10:00 EST) |
      | Window | **closed**: the XNYS session Mon 2026-11-23 09:30–16:00 EST is in progress |
      | Opens | 2026-11-23T21:30:00Z (Mon 2026-11-23 16:30 EST) |

      #### Closed periods ahead

      | From | Until | Why |
      | --- | --- | --- |
      | Mon 2026-11-23 09:00 EST | Mon 2026-11-23 16:30 EST | 30m around XNYS open and close; XNYS session |
      | Tue 2026-11-24 09:00 EST | Tue 2026-11-24 16:30 EST | 30m around XNYS open and close; XNYS session |
      | Wed 2026-11-25 09:00 EST | Wed 2026-11-25 16:30 EST | 30m around XNYS open and close; XNYS session |
      | Fri 2026-11-27 09:00 EST | Fri 2026-11-27 13:30 EST | 30m around XNYS open and close; XNYS session (early close at 13:00: day after Thanksgiving) |
      | Mon 2026-11-30 09:00 EST | Mon 2026-11-30 16:30 EST | 30m around XNYS open and close; XNYS session |
      "
    `);
  });

  it('says why a deploy was blocked', async () => {
    let error: unknown;
    await checkDeployWindow(options(), deps('2026-11-23T15:00:00Z')).catch((e: unknown) => (error = e));
    if (!(error instanceof DeployWindowClosedError)) throw new Error('expected the window to be closed');
    const markdown = renderDeployWindowReport(reportFromFailure(policy, error));
    expect(markdown.split('\n').slice(0, 4)).toEqual([
      '## Deploy window: closed, deploy blocked',
      '',
      '> [!CAUTION]',
      `> ${error.message}`,
    ]);
  });

  it('says when no window is set', async () => {
    const decision = await checkDeployWindow(options({ policy: undefined }), deps('2026-11-23T15:00:00Z'));
    expect(renderDeployWindowReport(reportFromDecision(undefined, decision))).toContain(
      '| Policy | (none: deploys are not restricted) |',
    );
  });
});
