import { describe, expect, test } from 'vitest';
import { findingCounts, renderBuildPushReport, type BuildPushReport } from './report.js';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api';
const DIGEST = `sha256:${'d'.repeat(64)}`;

const base: BuildPushReport = {
  passed: false,
  headline: `${REPO}@${DIGEST} has 1 finding at or above HIGH: CVE-2026-1000.`,
  repository: 'orders-api',
  repositoryUri: REPO,
  repositoryCreated: true,
  pushed: true,
  image: `${REPO}@${DIGEST}`,
  digest: DIGEST,
  tags: [`${REPO}:3f2a9c1`, `${REPO}:v1.4.0`],
  tagNotes: [],
  buildDurationMs: 95_000,
  platforms: ['linux/amd64', 'linux/arm64'],
  provenance: false,
  cache: 'gha (scope orders-api)',
  scan: {
    status: 'blocked',
    kind: 'basic',
    threshold: 'HIGH',
    counts: { CRITICAL: 1, HIGH: 1, MEDIUM: 2 },
    totalFindings: 4,
    truncated: false,
    blocking: ['CVE-2026-1000'],
    ignored: [{ id: 'CVE-2026-2000', until: '2027-01-31', reason: 'no fix upstream', severity: 'HIGH' }],
    expiredIgnores: [{ id: 'CVE-2025-9', until: '2026-11-01' }],
    unusedIgnores: [],
    findings: [
      {
        id: 'CVE-2026-1000',
        severity: 'CRITICAL',
        packageName: 'openssl',
        installedVersion: '3.0.1',
        fixedVersion: '3.0.2',
        uri: 'https://nvd.nist.gov/vuln/detail/CVE-2026-1000',
        disposition: 'blocking',
      },
      {
        id: 'CVE-2026-2000',
        severity: 'HIGH',
        packageName: 'zlib',
        disposition: 'ignored',
        ignoredUntil: '2027-01-31',
      },
      { id: 'CVE-2026-3000', severity: 'MEDIUM', packageName: 'a|b', disposition: 'below-threshold' },
    ],
    reusedEarlierScan: true,
    waitedMs: 20_000,
  },
};

describe('the build-push job summary', () => {
  test('shows image, digest, tags and build, then the findings table, top findings, ignores and expired ignores', () => {
    expect(renderBuildPushReport(base)).toMatchInlineSnapshot(`
      "## ❌ build-push: orders-api

      123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api@sha256:dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd has 1 finding at or above HIGH: CVE-2026-1000.

      | | |
      |---|---|
      | Image | \`123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api@sha256:dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd\` |
      | Digest | \`sha256:dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd\` |
      | Tags | \`3f2a9c1\`, \`v1.4.0\` |
      | Build | 1m 35s; platforms: linux/amd64, linux/arm64; cache: gha (scope orders-api) |
      | Provenance | off (a plain image manifest) |
      | Repository | created by this step: immutable tags, scan-on-push, AES-256 encryption |

      ### ❌ Vulnerability scan: ECR basic scanning, failing at HIGH and above

      This digest had been scanned already today (ECR's one basic scan a day); those findings are used.

      | Severity | Findings | Ignored | Fails the build |
      |---|---:|---:|---|
      | CRITICAL | 1 | 0 | ❌ 1 |
      | HIGH | 1 | 1 | ✅ no |
      | MEDIUM | 2 | 0 | — |
      | LOW | 0 | 0 | — |
      | INFORMATIONAL | 0 | 0 | — |

      #### Top findings (3 of 4)

      | Severity | Id | Package | Installed | Fixed in | |
      |---|---|---|---|---|---|
      | CRITICAL | [CVE-2026-1000](https://nvd.nist.gov/vuln/detail/CVE-2026-1000) | openssl | 3.0.1 | 3.0.2 | ❌ blocking |
      | HIGH | CVE-2026-2000 | zlib | — | — | 🔕 ignored until 2027-01-31 |
      | MEDIUM | CVE-2026-3000 | a\\|b | — | — | below threshold |

      #### Ignored

      - \`CVE-2026-2000\` (HIGH) until 2027-01-31: no fix upstream

      #### Expired ignores (no longer applied)

      - \`CVE-2025-9\` expired after 2026-11-01
      "
    `);
  });

  test('a scan that could not finish says why and how long it waited', () => {
    const summary = renderBuildPushReport({
      ...base,
      scan: {
        status: 'failed',
        reason: 'no scan result within scan-timeout 10m',
        waitedMs: 600_000,
        threshold: 'CRITICAL',
      },
    });
    expect(summary).toContain('### ❌ Vulnerability scan\n\nNo scan result within scan-timeout 10m. Waited 10m.\n');
  });

  test('a build without push has no image line and says it was not scanned', () => {
    const summary = renderBuildPushReport({
      ...base,
      passed: true,
      pushed: false,
      image: '',
      repositoryCreated: false,
      scan: { status: 'skipped', reason: 'the image was not pushed, so ECR cannot scan it' },
    });
    expect(summary).not.toContain('| Image |');
    expect(summary).toContain('Not scanned: the image was not pushed, so ECR cannot scan it.');
  });

  test('the findings output counts every threshold severity, zero when absent, plus any other ECR reported', () => {
    expect(findingCounts(base)).toEqual({ CRITICAL: 1, HIGH: 1, MEDIUM: 2, LOW: 0, INFORMATIONAL: 0 });
    const enhanced = { ...base, scan: { ...base.scan, counts: { UNTRIAGED: 3 } } } as BuildPushReport;
    expect(findingCounts(enhanced)).toEqual({
      CRITICAL: 0,
      HIGH: 0,
      MEDIUM: 0,
      LOW: 0,
      INFORMATIONAL: 0,
      UNTRIAGED: 3,
    });
    expect(findingCounts({ ...base, scan: { status: 'skipped', reason: 'scan is none' } })).toEqual({});
  });
});
