import { describe, expect, it } from 'vitest';
import { fillPlaceholders, SAMPLE_VALUES, unknownPlaceholders } from './placeholders.js';

describe('placeholders in the checks document', () => {
  it('fills every known name, leaving GitHub expressions alone', () => {
    const text = 'TargetGroup: ${canary} vs ${baseline} on ${load-balancer} ${{ github.sha }}';
    expect(fillPlaceholders(text, SAMPLE_VALUES)).toBe(
      'TargetGroup: targetgroup/canary/0123456789abcdef vs targetgroup/baseline/0123456789abcdef on app/load-balancer/0123456789abcdef ${{ github.sha }}',
    );
  });
  it('reports unknown names once each', () => {
    expect(unknownPlaceholders('${canary} ${canry} ${canry} ${live}')).toEqual(['canry', 'live']);
  });
});
