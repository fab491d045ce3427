/**
 * The committed dist/deploy-window bundle, run exactly as the GitHub runner runs it. It reads
 * the real clock, so these tests use windows whose answer does not depend on the time (always
 * open, a freeze), or check relations that hold at any time. Exact instants, DST weeks and
 * holidays are covered by the unit tests with a manual clock.
 */
import { describe, expect, it } from 'vitest';
import { runAction } from '../../scripts/lib/run-action.mjs';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('the deploy-window bundle, run as the GitHub runner runs it', () => {
  it('passes an always-open window and says why', async () => {
    const result = await runAction('deploy-window', { 'deploy-window': 'daily 00:00-24:00 UTC' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({
      open: 'true',
      'next-open': '',
      'closes-at': '',
      reason: 'Inside the window daily 00:00-24:00 UTC.',
      overridden: 'false',
      'override-reason': '',
    });
    expect(result.summary).toMatch(/^## Deploy window: open\n/);
  });

  it('fails a freeze, with the outputs still set for a failure() step', async () => {
    const result = await runAction('deploy-window', { 'deploy-window': 'never', 'on-closed-window': 'wait' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "::error::The deploy window (never) is closed: the policy is 'never' (a deploy freeze). It does not open. Only override-reason gets a deploy through.",
    );
    expect(result.outputs).toMatchObject({ open: 'false', 'next-open': '', overridden: 'false' });
    expect(result.summary).toMatch(/^## Deploy window: closed, deploy blocked\n/);
  });

  it('lets an emergency override through a freeze with a warning annotation, and outputs the reason', async () => {
    const reason = 'INC-4521: fix rejected orders, approved by the desk head';
    const result = await runAction('deploy-window', { 'deploy-window': 'never', 'override-reason': reason });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      `::warning::Deploying through a closed deploy window under an emergency override: "${reason}".`,
    );
    expect(result.outputs).toMatchObject({ open: 'false', overridden: 'true', 'override-reason': reason });
    expect(result.summary).toContain(`> **Emergency override:** ${reason}`);
  });

  it('names the column of a policy error and changes nothing', async () => {
    const result = await runAction('deploy-window', { 'deploy-window': 'outside XNYS,XLNO regular' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "deploy-window: column 14: expected an exchange (XNYS, XNAS, XLON or CME), found 'XLNO'.",
    );
    expect(result.outputs).toEqual({});
  });

  it('reports a market window consistently whatever the time, and continues when asked', async () => {
    const started = Date.now();
    const result = await runAction('deploy-window', {
      'deploy-window': 'outside XNYS,XLON regular; not within 30m of open or close',
      'on-closed-window': 'continue',
    });
    expect(result.exitCode).toBe(0);
    const { open, 'next-open': nextOpen = '', 'closes-at': closesAt = '', reason = '' } = result.outputs;
    if (open === 'true') {
      // It closes again within four days (a long weekend), and no later than the next London open.
      expect(nextOpen).toBe('');
      expect(closesAt).toMatch(ISO_UTC);
      expect(Date.parse(closesAt) - started).toBeLessThan(4 * 86_400_000);
      expect(reason).toMatch(/XNYS is closed.* XLON is closed/);
    } else {
      expect(open).toBe('false');
      expect(closesAt).toBe('');
      expect(nextOpen).toMatch(ISO_UTC);
      expect(Date.parse(nextOpen)).toBeGreaterThan(started);
      expect(reason).toMatch(/XNYS|XLON/);
    }
  });
});
