import { describe, expect, it } from 'vitest';
import type { ServiceSnapshot } from '../../aws/ecs.js';
import type { NativeStrategyInputs } from '../inputs.js';
import { buildDeploymentConfiguration, nativeReadinessProblems, PAUSE_STAGES } from './configuration.js';

function native(overrides: Partial<NativeStrategyInputs> = {}): NativeStrategyInputs {
  return {
    strategy: 'linear',
    canaryPercent: 5,
    linearStepPercent: 20,
    stepBakeMinutes: 3,
    bakeMinutes: 15,
    checks: { http: [], metrics: [], alarms: [], ecs: [] },
    gatePolicy: { windowMs: 0, intervalMs: 30_000, failureLimit: 0, inconclusiveLimit: 0 },
    onInconclusive: 'rollback',
    hookTimeoutMinutes: 30,
    hookTimeoutAction: 'rollback',
    alarms: [],
    ...overrides,
  };
}

describe('the deployment configuration', () => {
  it('linear: strategy, step and bake times, one PAUSE hook on the three judging stages', () => {
    expect(buildDeploymentConfiguration(native(), undefined)).toEqual({
      strategy: 'LINEAR',
      bakeTimeInMinutes: 15,
      linearConfiguration: { stepPercent: 20, stepBakeTimeInMinutes: 3 },
      lifecycleHooks: [
        {
          targetType: 'PAUSE',
          lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT'],
          timeoutConfiguration: { timeoutInMinutes: 30, action: 'ROLLBACK' },
        },
      ],
    });
  });

  it('never pauses on the stages ECS forbids for PAUSE hooks', () => {
    expect(PAUSE_STAGES).not.toContain('TEST_TRAFFIC_SHIFT');
    expect(PAUSE_STAGES).not.toContain('PRODUCTION_TRAFFIC_SHIFT');
  });

  it('canary with alarms and hook-timeout-action continue', () => {
    const built = buildDeploymentConfiguration(
      native({
        strategy: 'canary',
        canaryPercent: 2.5,
        alarms: ['5xx'],
        hookTimeoutAction: 'continue',
        hookTimeoutMinutes: 12,
      }),
      undefined,
    );
    expect(built).toMatchObject({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 2.5, canaryBakeTimeInMinutes: 3 },
      alarms: { alarmNames: ['5xx'], enable: true, rollback: true },
      lifecycleHooks: [{ timeoutConfiguration: { timeoutInMinutes: 12, action: 'CONTINUE' } }],
    });
    expect(built.linearConfiguration).toBeUndefined();
  });

  it('keeps what it does not own: percentages, circuit breaker, alarms, Lambda hooks; replaces old PAUSE hooks', () => {
    const lambda = {
      targetType: 'AWS_LAMBDA' as const,
      hookTargetArn: 'arn:aws:lambda:us-east-1:123456789012:function:smoke',
      roleArn: 'arn:aws:iam::123456789012:role/hooks',
      lifecycleStages: ['POST_SCALE_UP' as const],
    };
    const built = buildDeploymentConfiguration(native({ strategy: 'blue-green' }), {
      strategy: 'ROLLING',
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      alarms: { alarmNames: ['team-alarm'], enable: true, rollback: false },
      lifecycleHooks: [lambda, { targetType: 'PAUSE', lifecycleStages: ['PRE_SCALE_UP'] }],
    });
    expect(built).toMatchObject({
      strategy: 'BLUE_GREEN',
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      alarms: { alarmNames: ['team-alarm'], enable: true, rollback: false },
    });
    expect(built.lifecycleHooks).toEqual([
      lambda,
      expect.objectContaining({ targetType: 'PAUSE', lifecycleStages: [...PAUSE_STAGES] }),
    ]);
  });

  it('without checks but with a deploy window it still pauses, so the window is re-checked before each shift', () => {
    const hooks = buildDeploymentConfiguration(
      native({ checks: undefined, pauseForWindow: true }),
      undefined,
    ).lifecycleHooks;
    expect(hooks).toEqual([
      {
        targetType: 'PAUSE',
        lifecycleStages: [...PAUSE_STAGES],
        timeoutConfiguration: { timeoutInMinutes: 30, action: 'ROLLBACK' },
      },
    ]);
  });

  it('without checks there is no PAUSE hook: nobody would answer it', () => {
    expect(buildDeploymentConfiguration(native({ checks: undefined }), undefined).lifecycleHooks).toEqual([]);
  });
});

describe('readiness of the service', () => {
  const base = { name: 'order-router', deploymentController: 'ECS' } as unknown as ServiceSnapshot;
  const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/router-blue/1a2b';

  it('a load balancer with a complete advancedConfiguration is ready', () => {
    const service = {
      ...base,
      loadBalancers: [
        {
          targetGroupArn: tg,
          advancedConfiguration: { alternateTargetGroupArn: 'g', productionListenerRule: 'r', roleArn: 'role' },
        },
      ],
    };
    expect(nativeReadinessProblems(service, 'canary')).toEqual([]);
  });

  it('names exactly the advancedConfiguration fields that are missing', () => {
    const service = {
      ...base,
      loadBalancers: [{ targetGroupArn: tg, advancedConfiguration: { alternateTargetGroupArn: 'g' } }],
    };
    const [problem] = nativeReadinessProblems(service, 'linear');
    expect(problem?.input).toBe('strategy');
    expect(problem?.message).toContain('productionListenerRule');
    expect(problem?.message).toContain('roleArn');
    expect(problem?.message).not.toContain('alternateTargetGroupArn');
  });

  it('no load balancer: fine with Service Connect, otherwise says to add one', () => {
    expect(nativeReadinessProblems({ ...base, loadBalancers: [], serviceConnectEnabled: true }, 'canary')).toEqual([]);
    expect(nativeReadinessProblems({ ...base, loadBalancers: [] }, 'canary')[0]?.message).toContain('no load balancer');
  });
});
