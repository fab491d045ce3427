import { describe, expect, it } from 'vitest';
import { ARN, FakeAlb } from '../../test/support/canary-fakes.js';
import { lockTraffic, RolloutStoppedError } from './traffic-lock.js';

describe('weight writes while the job is being cancelled', () => {
  it('the restore lands after a shift that was in flight, and the rollout cannot write after it', async () => {
    const alb = new FakeAlb();
    const order: string[] = [];
    let finishShift: () => void = () => undefined;
    const slowShift = new Promise<void>((resolve) => (finishShift = resolve));
    const write = alb.writeWeights.bind(alb);
    alb.writeWeights = async (route, weights) => {
      if (weights.get(ARN.greenTg) === 50) await slowShift;
      order.push([...weights.values()].join('/'));
      return write(route, weights);
    };
    const locked = lockTraffic(alb);
    const route = await alb.readRoute('listener', ARN.listener);

    const shift = locked.traffic.writeWeights(
      route,
      new Map([
        [ARN.blueTg, 50],
        [ARN.greenTg, 50],
      ]),
    );
    const frozen = locked.freeze();
    const restore = locked.restoreTraffic.writeWeights(
      route,
      new Map([
        [ARN.blueTg, 100],
        [ARN.greenTg, 0],
      ]),
    );
    finishShift();
    await Promise.all([shift, frozen, restore]);

    expect(order).toEqual(['50/50', '100/0']);
    expect(alb.share(ARN.greenTg)).toBe(0);
    await expect(
      locked.traffic.writeWeights(
        route,
        new Map([
          [ARN.blueTg, 0],
          [ARN.greenTg, 100],
        ]),
      ),
    ).rejects.toBeInstanceOf(RolloutStoppedError);
    expect(alb.share(ARN.greenTg)).toBe(0);
  });

  it('a failed write does not block the ones queued behind it', async () => {
    const alb = new FakeAlb();
    alb.failWrites = 1;
    const locked = lockTraffic(alb);
    const route = await alb.readRoute('listener', ARN.listener);
    await expect(
      locked.traffic.writeWeights(
        route,
        new Map([
          [ARN.blueTg, 90],
          [ARN.greenTg, 10],
        ]),
      ),
    ).rejects.toThrow();
    await locked.restoreTraffic.writeWeights(
      route,
      new Map([
        [ARN.blueTg, 100],
        [ARN.greenTg, 0],
      ]),
    );
    expect(alb.share(ARN.greenTg)).toBe(0);
  });
});
