import { describe, expect, it } from 'vitest';
import type { EcsPort, ServiceSnapshot, StoppedTask } from '../aws/ecs.js';
import { isFailedStop } from '../aws/task-stops.js';
import { evaluateEcsCheck } from './ecs-check.js';

const since = new Date('2026-11-23T13:50:00Z');
const task = (stopCode: string, reason: string, stoppedAt = '2026-11-23T14:00:00Z'): StoppedTask => ({
  taskArn: `arn:aws:ecs:us-east-1:123456789012:task/prod/${reason.length}`,
  taskDefinitionArn: '',
  stoppedReason: reason,
  stopCode,
  stoppedAt: new Date(stoppedAt),
  containers: [{ name: 'router', exitCode: 137 }],
});

function ecs(running: number, desired: number, stopped: StoppedTask[]): EcsPort {
  const service = { runningCount: running, desiredCount: desired, deployments: [{}] } as unknown as ServiceSnapshot;
  return {
    describeService: () => Promise.resolve(service),
    listStoppedTasks: () => Promise.resolve(stopped),
  } as unknown as EcsPort;
}

describe('the ECS health check', () => {
  it.each([
    ['TaskFailedToStart', 'CannotPullContainerError: pull image manifest has been retried 5 time(s)', true],
    ['EssentialContainerExited', 'Essential container in task exited', true],
    ['ServiceSchedulerInitiated', 'Task failed ELB health checks in (target-group arn:aws:...)', true],
    ['ServiceSchedulerInitiated', 'Scaling activity initiated by (deployment ecs-svc/123)', false],
    ['UserInitiated', 'Stopped by user', false],
  ])('treats %s "%s" as a failure: %s', (stopCode, reason, failed) => {
    expect(isFailedStop(task(stopCode, reason))).toBe(failed);
  });

  it('passes when running equals desired and nothing failed in the window', async () => {
    const result = await evaluateEcsCheck(
      { kind: 'ecs', id: 'ecs', cluster: 'prod', service: 'router' },
      ecs(2, 2, [task('ServiceSchedulerInitiated', 'Scaling activity initiated by (deployment ecs-svc/1)')]),
      since,
    );
    expect(result).toMatchObject({ status: 'pass', observed: '2/2 running, 0 failed' });
  });

  it('fails with the stopped reasons of tasks that failed in the window, ignoring older ones', async () => {
    const result = await evaluateEcsCheck(
      { kind: 'ecs', id: 'ecs', cluster: 'prod', service: 'router' },
      ecs(2, 2, [
        task('EssentialContainerExited', 'Essential container in task exited'),
        task('TaskFailedToStart', 'old failure', '2026-11-23T13:00:00Z'),
      ]),
      since,
    );
    expect(result.status).toBe('fail');
    expect(result.reason).toBe('1 task(s) stopped with a failure: Essential container in task exited.');
  });

  it('fails when fewer tasks run than desired', async () => {
    const result = await evaluateEcsCheck(
      { kind: 'ecs', id: 'ecs', cluster: 'prod', service: 'router' },
      ecs(1, 3, []),
      since,
    );
    expect(result).toMatchObject({ status: 'fail', reason: 'router runs 1 of 3 desired tasks.' });
  });
});
