/**
 * The README's examples are what users copy. Every YAML block in it must parse; every step that
 * uses one of our actions must pass that action's own input validation; and every complete
 * workflow must satisfy GitHub's parser and actionlint.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEcsDeployInputs } from '../../src/ecs-deploy/inputs.js';
import { parseHealthGateInputs } from '../../src/gate/inputs.js';
import { formatFindings, lintWorkflow, parseWorkflowFindings } from '../support/github-yaml.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

interface Step {
  uses?: string;
  with?: Record<string, string>;
}

/** Steps anywhere in a block: a workflow's jobs, or a bare list of steps. */
function stepsOf(document: unknown): Step[] {
  if (Array.isArray(document)) return document as Step[];
  const jobs = (document as { jobs?: Record<string, { steps?: Step[] }> } | null)?.jobs ?? {};
  return Object.values(jobs).flatMap((job) => job.steps ?? []);
}

/**
 * Each action's own input parser, by the action's folder name. A new action adds its line here;
 * the README must then show it at least once, with inputs that parse.
 */
const inputParsers: Record<string, (read: (name: string) => string) => unknown> = {
  'ecs-deploy': parseEcsDeployInputs,
  'health-gate': parseHealthGateInputs,
  canary: (await import('../../src/canary/inputs.js')).parseCanaryInputs,
  'dr-test': (await import('../../src/dr-test/inputs.js')).parseDrTestInputs,
  'cost-alert': (await import('../../src/cost/inputs.js')).parseCostAlertInputs,
  'build-push': (await import('../../src/build-push/inputs.js')).parseBuildPushInputs,
  'deploy-window': (await import('../../src/deploy-window/inputs.js')).parseDeployWindowActionInputs,
};

/** `${{ inputs.x }}` cannot be evaluated here; an empty value stands in for it. */
const withoutExpressions =
  (inputs: Record<string, string> = {}) =>
  (name: string) => {
    const value = inputs[name] ?? '';
    return /\$\{\{/.test(value) ? '' : String(value);
  };

describe('README examples', () => {
  it('has YAML examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((block, index) => [index + 1, block]))('YAML block %i parses', (_index, block) => {
    expect(() => parse(String(block)) as unknown).not.toThrow();
  });

  const steps = blocks.flatMap((block) => stepsOf(parse(block)));
  const ours = steps.filter((s) => s.uses?.startsWith('org/trading-actions/'));

  it('shows every action of ours at least once', () => {
    const used = new Set(ours.map((s) => s.uses?.replace(/^org\/trading-actions\/actions\/([^@]+)@.*$/, '$1')));
    expect([...used].sort()).toEqual(Object.keys(inputParsers).sort());
  });

  it.each(ours.map((step) => [step.uses ?? '', step]))('the inputs of %s pass its validation', (uses, step) => {
    const action = /^org\/trading-actions\/actions\/([^@]+)@/.exec(uses)?.[1] ?? '';
    const parseInputs = inputParsers[action];
    if (!parseInputs) expect.fail(`no input parser registered for ${uses} in inputParsers`);
    else expect(() => parseInputs(withoutExpressions(step.with))).not.toThrow();
  });

  const workflows = blocks.filter((block) => /^jobs:/m.test(block));
  it.each(workflows.map((block, index) => [index + 1, block]))(
    'complete workflow %i satisfies GitHub and actionlint',
    async (_index, block) => {
      expect(formatFindings(await parseWorkflowFindings('README.md', block))).toBe('');
      expect(formatFindings(await lintWorkflow('README.md', block))).toBe('');
    },
  );
});
