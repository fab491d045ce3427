import { describe, expect, it } from 'vitest';
import { chooseSides } from './sides.js';

const BLUE = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/router-blue/1';
const GREEN = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/router-green/2';
const weights = (blue: number, green: number) =>
  new Map([
    [BLUE, blue],
    [GREEN, green],
  ]);

describe('which target group is the new revision’s', () => {
  it('before a deployment: the group without production traffic', () => {
    expect(chooseSides([BLUE, GREEN], weights(100, 0))).toEqual({ canary: GREEN, baseline: BLUE });
    // ECS alternates the groups from one deployment to the next: the next one goes to blue.
    expect(chooseSides([BLUE, GREEN], weights(0, 100))).toEqual({ canary: BLUE, baseline: GREEN });
  });

  it('a re-run following a deployment after its production shift: the group that now has the traffic', () => {
    // Read by the weights alone, green would look like the baseline, and its checks would read a
    // group with no requests: every evaluation empty, and a healthy release rolled back.
    expect(chooseSides([BLUE, GREEN], weights(0, 100), { production: 100, test: 100 })).toEqual({
      canary: GREEN,
      baseline: BLUE,
    });
  });

  it('half-way through a linear deployment, the test route says which group is new', () => {
    const inFlight = { production: 50, test: 100 };
    expect(chooseSides([BLUE, GREEN], weights(50, 50), inFlight, weights(0, 100))).toEqual({
      canary: GREEN,
      baseline: BLUE,
    });
    expect(chooseSides([BLUE, GREEN], weights(50, 50), inFlight, weights(100, 0))).toEqual({
      canary: BLUE,
      baseline: GREEN,
    });
  });

  it('before the first shift of a deployment in progress: the group without traffic, as before one', () => {
    expect(chooseSides([BLUE, GREEN], weights(100, 0), { production: 0, test: 0 })).toEqual({
      canary: GREEN,
      baseline: BLUE,
    });
  });
});
