import { describe, expect, it } from 'vitest';
import { tdArn } from '../../test/support/ecs-fixtures.js';
import { renderDeployReport, type DeployReport } from './report.js';

const base: DeployReport = {
  mode: 'deploy',
  cluster: 'prod',
  service: 'api',
  region: 'us-east-1',
  result: 'deployed',
  succeeded: true,
  headline: 'Deployed api:5 on api in 2m 5s',
  taskDefinitionArn: tdArn('api', 5),
  previousTaskDefinitionArn: tdArn('api', 4),
  deploymentId: 'ecs-svc/123',
  image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:abc',
  source: { kind: 'file', detail: 'deploy/task-definition.json' },
  registered: true,
  waited: true,
  startedAt: '2026-11-23T14:00:00.000Z',
  durationMs: 125_000,
  verifiedGood: { recorded: true, detail: 'api:5 tagged on the service as the revision to roll back to.' },
  events: [{ at: '2026-11-23T14:02:01.000Z', message: '(service api) has reached a steady state.' }],
  notes: [],
};

describe('the ecs-deploy job summary', () => {
  it('shows service, old and new revision, image, duration and result for a successful deploy', () => {
    expect(renderDeployReport(base)).toMatchInlineSnapshot(`
      "## ✅ ecs-deploy: Deployed api:5 on api in 2m 5s

      | | |
      |---|---|
      | Service | \`api\` in cluster \`prod\` (us-east-1) |
      | Result | **deployed** |
      | New revision | \`api:5\` (registered from \`deploy/task-definition.json\`) |
      | Previous revision | \`api:4\` |
      | Image | \`123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:abc\` |
      | ECS deployment | \`ecs-svc/123\` |
      | Duration | 2m 5s |
      | Verified-good record | api:5 tagged on the service as the revision to roll back to. |

      ### Service events during this run (1)

      | Time (UTC) | Event |
      |---|---|
      | 2026-11-23 14:02:01Z | (service api) has reached a steady state. |
      "
    `);
  });

  it('explains a rolled-back deploy: why, which tasks stopped with their exit codes, and who rolled back', () => {
    const markdown = renderDeployReport({
      ...base,
      result: 'rolled-back',
      succeeded: false,
      headline: 'Deploy of api:5 failed and was rolled back to api:4',
      verifiedGood: undefined,
      failure: {
        cause: 'ecs-rolled-back',
        reason: 'ECS rolled the service back to api:4 (deployment ecs-svc/9) instead of api:5.',
        stoppedTasks: [
          {
            taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/abc123',
            taskDefinitionArn: tdArn('api', 5),
            stoppedReason: 'Essential container in task exited',
            containers: [{ name: 'api', exitCode: 137, reason: 'OutOfMemoryError | killed' }],
          },
        ],
      },
      rollback: { taskDefinitionArn: tdArn('api', 4), by: 'ecs', succeeded: true, detail: 'Steady after 40s.' },
    });
    expect(markdown).toContain('## ⚠️ ecs-deploy: Deploy of api:5 failed and was rolled back to api:4');
    expect(markdown).toContain('| Result | **rolled-back** (step failed) |');
    expect(markdown).toContain('### What went wrong');
    // A pipe inside AWS-supplied text must not split the table cell.
    expect(markdown).toContain(
      '| `abc123` | Essential container in task exited | api: 137 (OutOfMemoryError \\| killed) |',
    );
    expect(markdown).toContain(
      'ECS (its circuit breaker or a deployment alarm) moved the service back to `api:4`, which is running and steady.',
    );
  });

  it('keeps only the newest 20 events and says where the rest are', () => {
    const events = Array.from({ length: 25 }, (_, i) => ({
      at: `2026-11-23T14:${String(i).padStart(2, '0')}:00.000Z`,
      message: `event ${i}`,
    }));
    const markdown = renderDeployReport({ ...base, events });
    expect(markdown).toContain('### Service events during this run (25)');
    expect(markdown).not.toContain('| event 4 |');
    expect(markdown).toContain('| event 5 |');
    expect(markdown).toContain('_5 earlier events are in the log and the `report` output._');
  });

  it('does not let service event text inject HTML into the summary', () => {
    const markdown = renderDeployReport({
      ...base,
      events: [{ at: '2026-11-23T14:00:00.000Z', message: '<img src=x onerror=alert(1)>' }],
    });
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the job summary of a native deployment', () => {
  it('shows the strategy, the service deployment and a timeline of stages, weights and gate verdicts', () => {
    const report: DeployReport = {
      ...base,
      result: 'rolled-back',
      succeeded: false,
      headline: 'Deploy of api:5 failed (gate-failed); api is back on api:4',
      strategy: 'linear',
      serviceDeploymentArn: 'arn:aws:ecs:us-east-1:123456789012:service-deployment/prod/api/x1',
      events: [],
      verifiedGood: undefined,
      timeline: [
        {
          at: '2026-11-23T14:03:00.000Z',
          stage: 'POST_TEST_TRAFFIC_SHIFT',
          status: 'IN_PROGRESS',
          productionWeight: 0,
          testWeight: 100,
        },
        {
          at: '2026-11-23T14:09:00.000Z',
          stage: 'PRE_PRODUCTION_TRAFFIC_SHIFT',
          status: 'IN_PROGRESS',
          productionWeight: 25,
          testWeight: 100,
          gate: { verdict: 'fail', reason: 'failed: green-5xx (40; expected < 5).', action: 'ROLLBACK' },
        },
        {
          at: '2026-11-23T14:10:05.000Z',
          stage: 'PRE_PRODUCTION_TRAFFIC_SHIFT',
          status: 'ROLLBACK_SUCCESSFUL',
          productionWeight: 0,
          testWeight: 0,
        },
      ],
    };
    const summary = renderDeployReport(report);
    expect(summary).toContain('| Strategy | linear |');
    expect(summary).toContain(
      '| Service deployment | `arn:aws:ecs:us-east-1:123456789012:service-deployment/prod/api/x1` |',
    );
    expect(summary.slice(summary.indexOf('### Timeline'))).toMatchInlineSnapshot(`
      "### Timeline

      | Time (UTC) | Stage | Status | Production | Test | Gate |
      |---|---|---|---|---|---|
      | 2026-11-23 14:03:00Z | POST_TEST_TRAFFIC_SHIFT | IN_PROGRESS | 0% | 100% |  |
      | 2026-11-23 14:09:00Z | PRE_PRODUCTION_TRAFFIC_SHIFT | IN_PROGRESS | 25% | 100% | ❌ fail → ROLLBACK: failed: green-5xx (40; expected &lt; 5). |
      | 2026-11-23 14:10:05Z | PRE_PRODUCTION_TRAFFIC_SHIFT | ROLLBACK_SUCCESSFUL | 0% | 0% |  |
      "
    `);
  });
});
