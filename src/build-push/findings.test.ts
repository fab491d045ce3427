import { describe, expect, test } from 'vitest';
import type { Finding } from '../aws/ecr.js';
import { evaluateFindings, severityRank } from './findings.js';
import { isExpired, parseIgnoreList } from './ignore.js';

const NOW = Date.parse('2026-11-23T14:00:00Z');
const critical: Finding = { id: 'CVE-2026-1000', severity: 'CRITICAL', packageName: 'openssl' };
const high: Finding = { id: 'CVE-2026-2000', severity: 'HIGH', packageName: 'zlib' };
const untriaged: Finding = { id: 'CVE-2026-3000', severity: 'UNTRIAGED' };

describe('the ignore list', () => {
  test('reads ids, optional expiry dates and reasons; skips blank and comment lines', () => {
    const parsed = parseIgnoreList(
      '# accepted risks\nCVE-2026-1234 until 2027-01-31 # no fix upstream\n\n  GHSA-abcd-efgh-ijkl  \ncve-2025-9 UNTIL 2026-12-01',
    );
    expect(parsed).toEqual({
      rules: [
        { id: 'CVE-2026-1234', until: '2027-01-31', reason: 'no fix upstream' },
        { id: 'GHSA-abcd-efgh-ijkl' },
        { id: 'cve-2025-9', until: '2026-12-01' },
      ],
      problems: [],
    });
  });

  test.each([
    ['CVE-2026-1 until 2027-02-30', "'2027-02-30' (for CVE-2026-1) is not a date"],
    ['CVE-2026-1 until tomorrow', "'tomorrow' (for CVE-2026-1) is not a date"],
    ['CVE-2026-1 forever', "'CVE-2026-1 forever' is not an advisory id"],
    ['1234', "'1234' is not an advisory id"],
    ['CVE-2026-1\ncve-2026-1', 'cve-2026-1 is listed twice'],
  ])('%j is a problem: %s', (text, message) => {
    expect(parseIgnoreList(text).problems[0]).toContain(message);
  });

  test('an ignore applies through the whole of its last day, in UTC, and not a millisecond longer', () => {
    const rule = { id: 'CVE-2026-1', until: '2026-11-23' };
    expect(isExpired(rule, Date.parse('2026-11-23T23:59:59.999Z'))).toBe(false);
    expect(isExpired(rule, Date.parse('2026-11-24T00:00:00Z'))).toBe(true);
    expect(isExpired({ id: 'CVE-2026-1' }, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});

describe('judging findings', () => {
  test('a finding at the threshold fails; one below it does not', () => {
    expect(evaluateFindings([critical, high], [], 'CRITICAL', NOW)).toMatchObject({
      passed: false,
      blocking: [critical],
    });
    expect(evaluateFindings([high], [], 'CRITICAL', NOW).passed).toBe(true);
    expect(evaluateFindings([high], [], 'HIGH', NOW).blocking).toEqual([high]);
  });

  test('an ignored finding passes, matched case-insensitively, and is reported as ignored', () => {
    const rule = { id: 'cve-2026-1000', until: '2027-01-31' };
    const verdict = evaluateFindings([critical], [rule], 'CRITICAL', NOW);
    expect(verdict).toMatchObject({ passed: true, blocking: [], ignored: [{ finding: critical, rule }] });
    expect(verdict.unusedRules).toEqual([]);
  });

  test('an expired ignore no longer applies and is reported as expired', () => {
    const rule = { id: 'CVE-2026-1000', until: '2026-11-22' };
    const verdict = evaluateFindings([critical], [rule], 'CRITICAL', NOW);
    expect(verdict).toMatchObject({ passed: false, blocking: [critical], ignored: [], expiredRules: [rule] });
  });

  test('ignores that match nothing at or above the threshold are listed as unused', () => {
    const rule = { id: 'CVE-2026-2000' };
    expect(evaluateFindings([high], [rule], 'CRITICAL', NOW).unusedRules).toEqual([rule]);
  });

  test('unrated findings (UNTRIAGED, UNDEFINED) never reach a threshold', () => {
    expect(severityRank('UNTRIAGED')).toBe(0);
    expect(evaluateFindings([untriaged], [], 'INFORMATIONAL', NOW).passed).toBe(true);
  });
});
