import { describe, expect, it } from 'vitest';
import { parseChecks } from './checks-schema.js';
import { maskCheckSecrets } from './secrets.js';

describe('masking credentials in a checks document', () => {
  it('masks header values, not short values that are no secret', () => {
    const masked: string[] = [];
    const checks = parseChecks(`
http:
  - url: https://order-router.internal/health
    headers: { Authorization: Bearer abc.def, X-Api-Key: k3y-0001, X-Debug: '1' }
`);
    maskCheckSecrets(checks, (value) => masked.push(value));
    expect(masked.sort()).toEqual(['Bearer abc.def', 'k3y-0001']);
  });
});
