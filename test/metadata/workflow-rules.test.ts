/**
 * The safety rules every workflow here must keep (issue 6), checked on the files themselves:
 * no expression interpolated into a `run:` script, explicit `permissions:`, `timeout-minutes` on
 * every job, third-party actions pinned to a commit SHA with its version in a comment, least
 * privilege for `id-token` and `deployments`, and the inputs handed to our actions and reusable
 * workflows matching what those declare. Each rule also has a test with a small workflow that
 * breaks it, so a rule that silently stopped finding anything fails here too.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fillPlaceholders, SAMPLE_VALUES } from '../../src/gate/placeholders.js';
import { parseDeployWindow } from '../../src/deploy-window/policy.js';
import { parseSteps } from '../../src/canary/steps.js';
import { parseChecks } from '../../src/gate/checks-schema.js';
import {
  discoverGitHubYaml,
  type Finding,
  formatFindings,
  parseWorkflowCallFindings,
  PUBLISHED_REPOSITORY,
  REPO_ROOT,
} from '../support/github-yaml.js';

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

type Mapping = Record<string, unknown>;

interface Step {
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Mapping;
  readonly env?: Mapping;
}

interface Job {
  readonly permissions?: unknown;
  readonly 'timeout-minutes'?: unknown;
  readonly uses?: string;
  readonly with?: Mapping;
  readonly secrets?: 'inherit' | Mapping;
  readonly steps?: readonly Step[];
}

interface Workflow {
  readonly on?: unknown;
  readonly permissions?: unknown;
  readonly jobs?: Record<string, Job>;
}

const SHA_PINNED = /@[0-9a-f]{40}$/;
/** Our actions and reusable workflows, at a major-version tag that release.yml moves. */
const OURS = new RegExp(`^${PUBLISHED_REPOSITORY}/[^@]+@v\\d+$`);
const OUR_ACTION = new RegExp(`^(?:${PUBLISHED_REPOSITORY}/|\\./)actions/([^@/]+)(?:@.+)?$`);
const OUR_WORKFLOW = new RegExp(`^(?:${PUBLISHED_REPOSITORY}/|\\./)(\\.github/workflows/[^@/]+\\.ya?ml)(?:@.+)?$`);

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jobsOf(workflow: Workflow): [string, Job][] {
  return Object.entries(workflow.jobs ?? {});
}

function stepsOf(workflow: Workflow): { job: string; index: number; step: Step }[] {
  return jobsOf(workflow).flatMap(([job, { steps = [] }]) => steps.map((step, index) => ({ job, index, step })));
}

function where(job: string, index?: number): string {
  return index === undefined ? `jobs.${job}` : `jobs.${job}.steps[${index}]`;
}

/** `${{ … }}` in a script is spliced into the shell source before it runs: script injection. */
function runExpressionFindings(file: string, workflow: Workflow): Finding[] {
  return stepsOf(workflow)
    .filter(({ step }) => typeof step.run === 'string' && step.run.includes('${{'))
    .map(({ job, index }) => ({
      file,
      message: `${where(job, index)}.run interpolates an expression; pass the value through env: and use "$NAME"`,
      kind: 'run-expression',
    }));
}

/** Without `permissions:` a job gets the repository's default token, often read-write on everything. */
function permissionsFindings(file: string, workflow: Workflow): Finding[] {
  if (workflow.permissions !== undefined) return [];
  return jobsOf(workflow)
    .filter(([, job]) => job.permissions === undefined)
    .map(([name]) => ({
      file,
      message: `${where(name)} has no permissions: and the workflow sets none either`,
      kind: 'permissions',
    }));
}

/**
 * A job without a limit runs for six hours. A job that calls a reusable workflow cannot set one
 * (GitHub rejects the key); the called workflow's jobs carry theirs.
 */
function timeoutFindings(file: string, workflow: Workflow): Finding[] {
  return jobsOf(workflow)
    .filter(([, job]) => job.uses === undefined && job['timeout-minutes'] === undefined)
    .map(([name]) => ({ file, message: `${where(name)} has no timeout-minutes`, kind: 'timeout' }));
}

/** Every `uses:` of a job or step, with where it is. */
function usesOf(workflow: Workflow): { at: string; uses: string }[] {
  const jobUses = jobsOf(workflow)
    .filter(([, job]) => typeof job.uses === 'string')
    .map(([name, job]) => ({ at: where(name), uses: job.uses ?? '' }));
  const stepUses = stepsOf(workflow)
    .filter(({ step }) => typeof step.uses === 'string')
    .map(({ job, index, step }) => ({ at: where(job, index), uses: step.uses ?? '' }));
  return [...jobUses, ...stepUses];
}

/**
 * A tag can be moved to different code by whoever controls the action's repository; a commit SHA
 * cannot. The version comment is what tells a reader (and Dependabot) which release it is.
 */
function pinningFindings(file: string, text: string, workflow: Workflow): Finding[] {
  const lines = text.split('\n');
  const findings: Finding[] = [];
  for (const { at, uses } of usesOf(workflow)) {
    if (uses.startsWith('./') || OURS.test(uses)) continue;
    if (uses.startsWith('docker://')) {
      if (!uses.includes('@sha256:')) {
        findings.push({ file, message: `${at} uses ${uses}, a container not pinned by digest`, kind: 'pinning' });
      }
      continue;
    }
    if (!SHA_PINNED.test(uses)) {
      findings.push({ file, message: `${at} uses ${uses}, not pinned to a 40-character commit SHA`, kind: 'pinning' });
      continue;
    }
    const line = lines.findIndex((l) => l.includes(`uses: ${uses}`));
    if (line === -1 || !/#\s*v\d/.test(lines[line] ?? '')) {
      findings.push({
        file,
        line: line === -1 ? undefined : line + 1,
        message: `${at} uses ${uses} without its version in a comment (# vX.Y.Z)`,
        kind: 'pinning',
      });
    }
  }
  return findings;
}

function grants(permissions: unknown, scope: string): boolean {
  if (permissions === 'write-all') return true;
  return isMapping(permissions) && permissions[scope] === 'write';
}

/**
 * `id-token: write` lets any step mint an OIDC token for the cloud, and `deployments: write`
 * lets it rewrite the deployment record: each only on the job that needs it, never workflow-wide.
 * A job calling a reusable workflow grants what the called jobs use, so it is not judged here.
 */
function leastPrivilegeFindings(file: string, workflow: Workflow): Finding[] {
  const findings: Finding[] = [];
  for (const scope of ['id-token', 'deployments']) {
    if (grants(workflow.permissions, scope)) {
      findings.push({ file, message: `${scope}: write is granted to the whole workflow`, kind: 'least-privilege' });
    }
  }
  for (const [name, job] of jobsOf(workflow)) {
    if (job.uses !== undefined) continue;
    const steps = job.steps ?? [];
    const usesOidc = steps.some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    const recordsDeployments = steps.some((s) => /\/deployments\b/.test(s.run ?? ''));
    if (grants(job.permissions, 'id-token') && !usesOidc) {
      findings.push({
        file,
        message: `${where(name)} grants id-token: write but assumes no role through OIDC`,
        kind: 'least-privilege',
      });
    }
    if (grants(job.permissions, 'deployments') && !recordsDeployments) {
      findings.push({
        file,
        message: `${where(name)} grants deployments: write but records no GitHub Deployment`,
        kind: 'least-privilege',
      });
    }
  }
  return findings;
}

interface InputDeclaration {
  readonly required?: boolean;
  readonly default?: unknown;
}

function readYaml(repoPath: string): unknown {
  return parse(readFileSync(path.join(REPO_ROOT, repoPath), 'utf8')) as unknown;
}

function declaredInputs(declarations: unknown): Map<string, InputDeclaration> {
  return new Map(Object.entries(isMapping(declarations) ? declarations : {}) as [string, InputDeclaration][]);
}

const isRequired = (input: InputDeclaration) => input.required === true && input.default === undefined;

/** An input passed as '' is not passed: our parsers read an empty input as unset. */
function passed(values: Mapping | undefined, name: string): boolean {
  const value = values?.[name];
  return value !== undefined && value !== null && value !== '';
}

/** The inputs given to one of our actions exist in its action.yml, and the required ones are given. */
function actionInputFindings(file: string, workflow: Workflow): Finding[] {
  const findings: Finding[] = [];
  for (const { job, index, step } of stepsOf(workflow)) {
    const action = OUR_ACTION.exec(step.uses ?? '')?.[1];
    if (action === undefined) continue;
    const manifestPath = `actions/${action}/action.yml`;
    let manifest: unknown;
    try {
      manifest = readYaml(manifestPath);
    } catch {
      findings.push({
        file,
        message: `${where(job, index)} uses ${step.uses}, but there is no ${manifestPath}`,
        kind: 'action-inputs',
      });
      continue;
    }
    const inputs = declaredInputs(isMapping(manifest) ? manifest.inputs : undefined);
    for (const name of Object.keys(step.with ?? {})) {
      if (!inputs.has(name)) {
        findings.push({
          file,
          message: `${where(job, index)} passes '${name}' to ${action}, which has no such input in ${manifestPath}`,
          kind: 'action-inputs',
        });
      }
    }
    for (const [name, input] of inputs) {
      if (isRequired(input) && !passed(step.with, name)) {
        findings.push({
          file,
          message: `${where(job, index)} does not pass '${name}', which ${action} requires`,
          kind: 'action-inputs',
        });
      }
    }
  }
  return findings;
}

function workflowCallOf(workflow: unknown): Mapping | undefined {
  const on = isMapping(workflow) ? workflow.on : undefined;
  if (!isMapping(on)) return undefined;
  const call = on.workflow_call;
  return isMapping(call) ? call : call === null ? {} : undefined;
}

/** A call of one of our reusable workflows passes its required inputs and secrets, and nothing unknown. */
function reusableCallFindings(
  file: string,
  workflow: Workflow,
  loadWorkflow: (repoPath: string) => unknown = readYaml,
): Finding[] {
  const findings: Finding[] = [];
  const report = (message: string) => findings.push({ file, message, kind: 'reusable-call' });
  for (const [name, job] of jobsOf(workflow)) {
    const called = OUR_WORKFLOW.exec(job.uses ?? '')?.[1];
    if (called === undefined) continue;
    let call: Mapping | undefined;
    try {
      call = workflowCallOf(loadWorkflow(called));
    } catch {
      report(`${where(name)} calls ${job.uses}, but there is no ${called}`);
      continue;
    }
    if (call === undefined) {
      report(`${where(name)} calls ${called}, which has no on.workflow_call`);
      continue;
    }
    const inputs = declaredInputs(call.inputs);
    for (const input of Object.keys(job.with ?? {})) {
      if (!inputs.has(input)) report(`${where(name)} passes '${input}', which ${called} does not declare`);
    }
    for (const [input, declaration] of inputs) {
      if (isRequired(declaration) && !passed(job.with, input)) {
        report(`${where(name)} does not pass '${input}', which ${called} requires`);
      }
    }
    if (job.secrets === 'inherit') continue;
    const secrets = declaredInputs(call.secrets);
    for (const secret of Object.keys(isMapping(job.secrets) ? job.secrets : {})) {
      if (!secrets.has(secret)) report(`${where(name)} passes secret '${secret}', which ${called} does not declare`);
    }
    for (const [secret, declaration] of secrets) {
      if (declaration.required === true && !passed(isMapping(job.secrets) ? job.secrets : undefined, secret)) {
        report(`${where(name)} does not pass secret '${secret}', which ${called} requires`);
      }
    }
  }
  return findings;
}

/** Every rule over one workflow's text. */
function ruleFindings(file: string, text: string): Finding[] {
  const workflow = parse(text) as Workflow;
  return [
    ...runExpressionFindings(file, workflow),
    ...permissionsFindings(file, workflow),
    ...timeoutFindings(file, workflow),
    ...pinningFindings(file, text, workflow),
    ...leastPrivilegeFindings(file, workflow),
    ...actionInputFindings(file, workflow),
    ...reusableCallFindings(file, workflow),
  ];
}

// ---------------------------------------------------------------------------------------------
// The repository's workflows
// ---------------------------------------------------------------------------------------------

const { workflows } = discoverGitHubYaml();
const REUSABLE = ['build-scan-push', 'deploy', 'rollback', 'release'].map((n) => `.github/workflows/${n}.yml`);
const EXAMPLE = 'examples/service-pipeline.yml';

function read(file: string): string {
  return readFileSync(path.join(REPO_ROOT, file), 'utf8');
}

function load(file: string): Workflow {
  return parse(read(file)) as Workflow;
}

it('finds the reusable workflows and the example pipeline, so nothing below passes vacuously', () => {
  expect(workflows).toEqual(expect.arrayContaining([...REUSABLE, EXAMPLE]));
});

describe('every workflow keeps the safety rules', () => {
  it.each(workflows)('%s', (file) => {
    expect(formatFindings(ruleFindings(file, read(file))), 'fix these in the workflow').toBe('');
  });
});

describe("every workflow, with the reusable workflows it calls, type-checks with GitHub's parser", () => {
  it.each(workflows)('%s', async (file) => {
    expect(formatFindings(await parseWorkflowCallFindings(file, read(file)))).toBe('');
  });
});

describe('the rules above really look at something', () => {
  it('our workflows hand inputs to each deploying action, and the example calls every deploy workflow', () => {
    const ours = workflows.flatMap((file) =>
      stepsOf(load(file)).map(({ step }) => OUR_ACTION.exec(step.uses ?? '')?.[1]),
    );
    expect(ours).toEqual(expect.arrayContaining(['build-push', 'ecs-deploy', 'canary', 'health-gate']));
    const calls = jobsOf(load(EXAMPLE)).map(([, job]) => OUR_WORKFLOW.exec(job.uses ?? '')?.[1]);
    expect(calls).toEqual([
      '.github/workflows/build-scan-push.yml',
      '.github/workflows/deploy.yml',
      '.github/workflows/deploy.yml',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The contract of the reusable workflows
// ---------------------------------------------------------------------------------------------

describe('the reusable workflows keep their contract', () => {
  const call = (file: string) => workflowCallOf(load(file)) ?? {};
  const names = (mapping: unknown) => Object.keys(isMapping(mapping) ? mapping : {});

  it('build-scan-push outputs the image by digest and the digest', () => {
    expect(names(call('.github/workflows/build-scan-push.yml').outputs)).toEqual(['image', 'digest']);
  });

  it('deploy takes the documented inputs and outputs result and task-definition-arn', () => {
    const deploy = call('.github/workflows/deploy.yml');
    expect(names(deploy.inputs)).toEqual(
      expect.arrayContaining([
        'environment',
        'cluster',
        'service',
        'blue-service',
        'green-service',
        'image',
        'task-definition',
        'strategy',
        'steps',
        'checks',
        'timeout',
        'deploy-window',
        'on-closed-window',
        'override-reason',
      ]),
    );
    expect(names(deploy.outputs)).toEqual(['result', 'task-definition-arn']);
  });

  it('deploy hands the deploy-window inputs to both deploying actions', () => {
    const steps = stepsOf(load('.github/workflows/deploy.yml')).map(({ step }) => step);
    for (const action of ['ecs-deploy', 'canary']) {
      const step = steps.find((s) => s.id === action);
      expect(step?.with, action).toMatchObject({
        'deploy-window': '${{ inputs.deploy-window }}',
        'on-closed-window': '${{ inputs.on-closed-window }}',
        'override-reason': '${{ inputs.override-reason }}',
      });
    }
  });

  it('rollback can be dispatched by a person and called, and always needs a reason', () => {
    const rollback = load('.github/workflows/rollback.yml') as Workflow & { on: Mapping };
    const dispatch = (rollback.on.workflow_dispatch as Mapping).inputs as Record<string, InputDeclaration>;
    const called = (rollback.on.workflow_call as Mapping).inputs as Record<string, InputDeclaration>;
    expect(dispatch.reason?.required).toBe(true);
    expect(called.reason?.required).toBe(true);
    expect(Object.keys(dispatch).length).toBeLessThanOrEqual(10);
  });

  it('a rollback never queues behind a deploy of the same service; deploys take turns, rollbacks take turns', () => {
    const concurrency = (file: string) =>
      jobsOf(load(file)).map(([, job]) => (job as Job & { concurrency?: unknown }).concurrency);
    const [deploy] = concurrency('.github/workflows/deploy.yml');
    const [rollback] = concurrency('.github/workflows/rollback.yml');
    for (const group of [deploy, rollback]) {
      expect(group).toMatchObject({ 'cancel-in-progress': false });
      expect((group as Mapping).group).toMatch(/inputs\.environment.*inputs\.cluster.*inputs\.service/);
    }
    expect((deploy as Mapping).group).toMatch(/^deploy-/);
    expect((rollback as Mapping).group).toMatch(/^rollback-/);
    const key = (group: unknown, prefix: string): string => String((group as Mapping).group).replace(prefix, '');
    expect(key(deploy, 'deploy-')).toBe(key(rollback, 'rollback-'));
  });

  it("the example's plans, checks and window are ones the actions accept", () => {
    const deploys = jobsOf(load(EXAMPLE)).filter(([, job]) => job.uses?.includes('deploy.yml'));
    for (const [name, job] of deploys) {
      const given = job.with ?? {};
      const checks = typeof given.checks === 'string' ? given.checks : '';
      expect(() => parseChecks(fillPlaceholders(checks, SAMPLE_VALUES)), name).not.toThrow();
      if (typeof given.steps === 'string') expect(parseSteps(given.steps), name).toMatchObject({ ok: true });
      if (typeof given['deploy-window'] === 'string') {
        expect(() => parseDeployWindow(given['deploy-window'] as string), name).not.toThrow();
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Each rule catches a workflow that breaks it
// ---------------------------------------------------------------------------------------------

/** A tidy one-job workflow; each negative test breaks exactly one thing in it. */
const GOOD = `on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - run: echo "$TITLE"
        env:
          TITLE: \${{ github.event.head_commit.message }}
`;

describe('each rule catches a workflow that breaks it', () => {
  it('the tidy workflow the cases start from passes every rule', () => {
    expect(formatFindings(ruleFindings('good.yml', GOOD))).toBe('');
  });

  it('an expression inside run:', () => {
    const bad = GOOD.replace('echo "$TITLE"', 'echo "${{ inputs.title }}"');
    expect(formatFindings(ruleFindings('bad.yml', bad))).toContain(
      'jobs.build.steps[1].run interpolates an expression; pass the value through env: and use "$NAME" (run-expression)',
    );
  });

  it('no permissions: at the top or on the job', () => {
    const bad = GOOD.replace('permissions:\n  contents: read\n', '');
    expect(formatFindings(ruleFindings('bad.yml', bad))).toContain(
      'jobs.build has no permissions: and the workflow sets none either (permissions)',
    );
    const perJob = bad.replace('    timeout-minutes: 5\n', '    timeout-minutes: 5\n    permissions: {}\n');
    expect(formatFindings(ruleFindings('ok.yml', perJob))).toBe('');
  });

  it('a job without timeout-minutes (but not a job that calls a reusable workflow)', () => {
    const bad = GOOD.replace('    timeout-minutes: 5\n', '');
    expect(formatFindings(ruleFindings('bad.yml', bad))).toBe('bad.yml jobs.build has no timeout-minutes (timeout)');
    const caller = `on: push
permissions: {}
jobs:
  release:
    uses: ${PUBLISHED_REPOSITORY}/.github/workflows/build-scan-push.yml@v1
    with: { repository: r, role-to-assume: arn, aws-region: us-east-1 }
`;
    expect(formatFindings(ruleFindings('caller.yml', caller))).toBe('');
  });

  it.each([
    ['a tag', 'actions/checkout@v4', 'not pinned to a 40-character commit SHA'],
    ['a short SHA', 'actions/checkout@11bd719', 'not pinned to a 40-character commit SHA'],
    ['a branch of someone else', 'someone/trading-actions/actions/canary@v1', 'not pinned'],
    ['a container tag', 'docker://alpine:3.20', 'a container not pinned by digest'],
  ])('an action pinned by %s', (_kind, uses, message) => {
    const bad = GOOD.replace('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', uses);
    expect(formatFindings(ruleFindings('bad.yml', bad))).toContain(message);
  });

  it('a reusable workflow of someone else called by tag', () => {
    const bad = `on: push
permissions: {}
jobs:
  other:
    uses: someone/workflows/.github/workflows/deploy.yml@v1
`;
    expect(formatFindings(ruleFindings('bad.yml', bad))).toContain(
      'jobs.other uses someone/workflows/.github/workflows/deploy.yml@v1, not pinned to a 40-character commit SHA',
    );
  });

  it('a SHA without its version comment', () => {
    const bad = GOOD.replace(' # v4.2.2', '');
    expect(formatFindings(ruleFindings('bad.yml', bad))).toContain('without its version in a comment');
  });

  it('id-token or deployments write where nothing uses them, or for the whole workflow', () => {
    const job = GOOD.replace(
      '    timeout-minutes: 5\n',
      '    timeout-minutes: 5\n    permissions: { id-token: write, deployments: write }\n',
    );
    const report = formatFindings(ruleFindings('bad.yml', job));
    expect(report).toContain('jobs.build grants id-token: write but assumes no role through OIDC');
    expect(report).toContain('jobs.build grants deployments: write but records no GitHub Deployment');
    const workflowWide = GOOD.replace('  contents: read\n', '  contents: read\n  id-token: write\n');
    expect(formatFindings(ruleFindings('bad.yml', workflowWide))).toContain(
      'id-token: write is granted to the whole workflow',
    );
  });

  it('an input our action does not have, and a required one left out', () => {
    const bad = GOOD.replace(
      '      - run: echo',
      `      - uses: ${PUBLISHED_REPOSITORY}/actions/health-gate@v1\n        with: { chekcs: 'http: []', window: 5m }\n      - run: echo`,
    );
    const report = formatFindings(ruleFindings('bad.yml', bad));
    expect(report).toContain("jobs.build.steps[1] passes 'chekcs' to health-gate, which has no such input");
    expect(report).toContain("jobs.build.steps[1] does not pass 'checks', which health-gate requires");
    expect(formatFindings(ruleFindings('ok.yml', bad.replace('chekcs', 'checks')))).toBe('');
  });

  it('an action of ours that does not exist', () => {
    const bad = GOOD.replace(
      '      - run: echo',
      `      - uses: ${PUBLISHED_REPOSITORY}/actions/no-such-action@v1\n      - run: echo`,
    );
    expect(formatFindings(ruleFindings('bad.yml', bad))).toContain('but there is no actions/no-such-action/action.yml');
  });

  const CALL = `on: push
permissions: {}
jobs:
  production:
    uses: ${PUBLISHED_REPOSITORY}/.github/workflows/deploy.yml@v1
    permissions: { contents: read, id-token: write, deployments: write }
    with:
      environment: production
      cluster: trading-prod
      service: order-router
      task-definition: deploy/task-definition.json
`;

  it('a reusable-workflow call without a required input, or with one it does not declare', () => {
    expect(formatFindings(ruleFindings('ok.yml', CALL))).toBe('');
    const bad = CALL.replace('      cluster: trading-prod\n', '      clutser: trading-prod\n');
    const report = formatFindings(ruleFindings('bad.yml', bad));
    expect(report).toContain("jobs.production passes 'clutser', which .github/workflows/deploy.yml does not declare");
    expect(report).toContain("jobs.production does not pass 'cluster', which .github/workflows/deploy.yml requires");
  });

  it('a reusable-workflow call without a required secret', () => {
    const bad = `on: push
permissions: {}
jobs:
  costs:
    uses: ${PUBLISHED_REPOSITORY}/.github/workflows/cost-alerts.yml@v1
    with: { role-arn: arn, budget: '100' }
    secrets: { NOT_A_SECRET: x }
`;
    expect(formatFindings(ruleFindings('bad.yml', bad))).toContain(
      "jobs.costs passes secret 'NOT_A_SECRET', which .github/workflows/cost-alerts.yml does not declare",
    );
    // None of our workflows requires a secret (OIDC needs none), so a fixture declares one.
    const secretive = { on: { workflow_call: { secrets: { token: { required: true } } } } };
    const caller = parse(`jobs:\n  call: { uses: ./.github/workflows/secretive.yml }\n`) as Workflow;
    expect(formatFindings(reusableCallFindings('caller.yml', caller, () => secretive))).toBe(
      "caller.yml jobs.call does not pass secret 'token', which .github/workflows/secretive.yml requires (reusable-call)",
    );
    const inherit = parse(`jobs:\n  call: { uses: ./.github/workflows/secretive.yml, secrets: inherit }\n`) as Workflow;
    expect(formatFindings(reusableCallFindings('caller.yml', inherit, () => secretive))).toBe('');
  });

  it("GitHub's parser, given our workflows, rejects a call that misses a required input or secret", async () => {
    const bad = CALL.replace('      cluster: trading-prod\n', '');
    expect(formatFindings(await parseWorkflowCallFindings('bad.yml', bad))).toContain(
      'Input cluster is required, but not provided while calling.',
    );
    const secretive = `on: { workflow_call: { secrets: { token: { required: true } } } }
jobs:
  noop: { runs-on: ubuntu-24.04, steps: [{ run: 'true' }] }
`;
    const provider = {
      getFileContent: () => Promise.resolve({ name: 'secretive.yml', content: secretive }),
    };
    const caller = `on: push
jobs:
  call: { uses: ${PUBLISHED_REPOSITORY}/.github/workflows/secretive.yml@v1 }
`;
    expect(formatFindings(await parseWorkflowCallFindings('caller.yml', caller, provider))).toContain(
      'Secret token is required, but not provided while calling.',
    );
  });

  it("GitHub's parser reports a call of a workflow that does not exist", async () => {
    const bad = CALL.replace('deploy.yml@v1', 'no-such-workflow.yml@v1');
    expect(formatFindings(await parseWorkflowCallFindings('bad.yml', bad))).toContain(
      'Unable to find reusable workflow',
    );
    expect(formatFindings(ruleFindings('bad.yml', bad))).toContain(
      'but there is no .github/workflows/no-such-workflow.yml',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The scripts of deploy.yml and rollback.yml, run as the runner runs them
// ---------------------------------------------------------------------------------------------

interface ScriptRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly outputs: string;
  readonly summary: string;
  /** Every `gh` call: its arguments, then what it read on stdin. */
  readonly gh: string;
}

/**
 * Runs one step's script with bash as GitHub does (`bash -e {0}`), with GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files and a fake `gh` that records its calls and answers `responses` in
 * order (an empty list for anything else).
 */
function runStep(file: string, id: string, env: Record<string, string>, responses: readonly string[] = []): ScriptRun {
  const step = stepsOf(load(file)).find(({ step }) => step.id === id)?.step;
  if (step?.run === undefined) throw new Error(`${file} has no step ${id} with a script`);
  // The runner sets every env: entry, to '' when its expression is empty; so does this.
  const declared = Object.fromEntries(Object.keys(step.env ?? {}).map((name) => [name, '']));
  const dir = mkdtempSync(path.join(tmpdir(), 'workflow-step-'));
  const files = { outputs: 'outputs', summary: 'summary', gh: 'gh.log', script: 'step.sh' };
  for (const name of [files.outputs, files.summary, files.gh]) writeFileSync(path.join(dir, name), '');
  responses.forEach((response, index) => writeFileSync(path.join(dir, `response-${index + 1}`), response));
  writeFileSync(
    path.join(dir, 'gh'),
    [
      '#!/usr/bin/env bash',
      `n=$(( $(cat "${dir}/count" 2>/dev/null || echo 0) + 1 )); echo "$n" > "${dir}/count"`,
      `{ echo "gh $*"; if [[ " $* " == *" --input - "* ]]; then jq -c .; fi; } >> "${dir}/${files.gh}"`,
      `if [ -f "${dir}/response-$n" ]; then cat "${dir}/response-$n"; fi`,
    ].join('\n'),
  );
  chmodSync(path.join(dir, 'gh'), 0o755);
  writeFileSync(path.join(dir, files.script), step.run);
  const result = spawnSync('bash', ['-e', path.join(dir, files.script)], {
    encoding: 'utf8',
    env: {
      PATH: `${dir}:${process.env.PATH ?? ''}`,
      GITHUB_OUTPUT: path.join(dir, files.outputs),
      GITHUB_STEP_SUMMARY: path.join(dir, files.summary),
      GITHUB_REPOSITORY: 'org/order-router',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '4242',
      ...declared,
      ...env,
    },
  });
  const readBack = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  return {
    status: result.status,
    stdout: result.stdout,
    outputs: readBack(files.outputs),
    summary: readBack(files.summary),
    gh: readBack(files.gh),
  };
}

const DEPLOY = '.github/workflows/deploy.yml';
const ROLLBACK = '.github/workflows/rollback.yml';
const PAIR = {
  BLUE_SERVICE: 'order-router-blue',
  GREEN_SERVICE: 'order-router-green',
  BLUE_TARGET_GROUP: 'arn:blue',
  GREEN_TARGET_GROUP: 'arn:green',
  LISTENER_ARN: 'arn:listener',
};

describe("deploy.yml's input check", () => {
  const check = (env: Record<string, string>) =>
    runStep(DEPLOY, 'plan', { STRATEGY: 'rolling', ROLE: 'arn:role', REGION: 'us-east-1', ...env });

  it('a service with a task definition deploys with ecs-deploy, and its checks make the final gate', () => {
    const run = check({ SERVICE: 'order-router', TASK_DEFINITION: 'td.json', CHECKS: 'http: []' });
    expect(run.status).toBe(0);
    expect(run.outputs).toBe('engine=ecs-deploy\ntarget=order-router\ngate=true\n');
  });

  it('a pair deploys with the canary action; its checks alone make no final gate (they hold ${canary})', () => {
    const run = check({ ...PAIR, STRATEGY: 'canary', IMAGE: 'repo@sha256:1', CHECKS: 'compare: {}' });
    expect(run.status).toBe(0);
    expect(run.outputs).toBe('engine=canary\ntarget=order-router-blue+order-router-green\ngate=false\n');
    const verified = check({ ...PAIR, STRATEGY: 'canary', IMAGE: 'i', CHECKS: 'c', VERIFY_CHECKS: 'http: []' });
    expect(verified.outputs).toContain('gate=true');
  });

  it('every problem is reported at once, each naming its input, before anything is recorded', () => {
    const run = check({ ...PAIR, SERVICE: 'order-router', STRATEGY: 'shuffle', ROLE: '', CANARY_PERCENT: '10' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error title=deploy.yml input::strategy: 'shuffle' is not valid.");
    expect(run.stdout).toContain('::error title=deploy.yml input::service: give either service or the blue/green pair');
    expect(run.stdout).toContain('::error title=deploy.yml input::role-to-assume: is required');
    expect(run.stdout).toContain('canary-percent: applies only to a service with strategy canary.');
    expect(run.outputs).toBe('');
    expect(run.gh).toBe('');
  });

  it("a pair cannot go linear: that is ECS's own strategy for a service", () => {
    const run = check({ ...PAIR, STRATEGY: 'linear', CHECKS: 'metrics: []', IMAGE: 'repo@sha256:1' });
    expect(run.stdout).toContain("strategy: linear is ECS's own strategy for a service");
  });

  it('a pair cannot roll, and needs checks and something to deploy', () => {
    const run = check(PAIR);
    expect(run.stdout).toContain('strategy: a blue/green pair shifts traffic; use blue-green or canary.');
    expect(run.stdout).toContain('checks: is required with a blue/green pair');
    expect(run.stdout).toContain('image: or task-definition is required');
  });
});

describe("deploy.yml's GitHub Deployment and summary", () => {
  const OVERRIDE = 'INC-4521: fix rejected orders, approved by the desk head';
  const base = {
    GH_TOKEN: 'token',
    ENVIRONMENT: 'production',
    ENVIRONMENT_URL: 'https://order-router.example.com',
    TARGET: 'order-router',
    STRATEGY: 'rolling',
    IMAGE: 'repo@sha256:1',
    RUN_URL: 'https://github.com/org/order-router/actions/runs/4242',
  };

  it("adds the override reason to the Deployment GitHub made for this run, and says it's in progress", () => {
    const run = runStep(DEPLOY, 'record', { ...base, OVERRIDE_REASON: OVERRIDE }, [
      '17\n18\n',
      'https://github.com/org/order-router/actions/runs/4000/job/1\n',
      'https://github.com/org/order-router/actions/runs/4242/job/9\n',
    ]);
    expect(run.status).toBe(0);
    expect(run.outputs).toBe('deployment-id=18\n');
    const posted = run.gh.split('\n').filter((line) => line.startsWith('gh api --method POST'));
    expect(posted).toEqual(['gh api --method POST repos/org/order-router/deployments/18/statuses --input - --silent']);
    const status = JSON.parse(run.gh.split('\n').find((line) => line.startsWith('{')) ?? '{}') as Mapping;
    expect(status).toMatchObject({ state: 'in_progress', environment_url: 'https://order-router.example.com' });
    expect(status.description).toBe(`Window override: ${OVERRIDE} | rolling deploy of order-router`.slice(0, 140));
  });

  it('records a Deployment itself when GitHub made none for this run', () => {
    const run = runStep(DEPLOY, 'record', base, ['', '99\n']);
    expect(run.status).toBe(0);
    expect(run.gh).toContain('gh api --method POST repos/org/order-router/deployments --input - --jq .id');
    expect(run.outputs).toBe('deployment-id=99\n');
  });

  const finish = (env: Record<string, string>) =>
    runStep(DEPLOY, 'outcome', {
      ...base,
      DEPLOYMENT_ID: '18',
      DEPLOY_RESULT: 'deployed',
      GATE_OUTCOME: 'success',
      GATE_VERDICT: 'pass',
      JOB_STATUS: 'success',
      ...env,
    });
  const lastStatus = (run: ScriptRun) =>
    JSON.parse(run.gh.split('\n').find((l) => l.startsWith('{')) ?? '{}') as Mapping;

  it('a good deploy ends the Deployment in success, and an override is in its status and the summary', () => {
    const run = finish({ OVERRIDE_REASON: OVERRIDE });
    expect(run.outputs).toBe('result=deployed\n');
    expect(lastStatus(run)).toMatchObject({
      state: 'success',
      description: expect.stringContaining(OVERRIDE) as string,
    });
    expect(run.summary).toContain('## Deploy to production: deployed');
    expect(run.summary).toContain(`> Deployed with a deploy-window override. Reason: ${OVERRIDE}`);
  });

  it.each([
    [
      'the final gate failed and the previous revision is back',
      { GATE_OUTCOME: 'failure', GATE_ROLLBACK_OUTCOME: 'success', JOB_STATUS: 'failure' },
      'rolled-back',
      'failure',
    ],
    [
      'the final gate failed and nothing was rolled back',
      { GATE_OUTCOME: 'failure', JOB_STATUS: 'failure' },
      'gate-failed',
      'failure',
    ],
    [
      'the action rolled back by itself',
      { DEPLOY_RESULT: 'rolled-back', JOB_STATUS: 'failure' },
      'rolled-back',
      'failure',
    ],
    ['the deploy step never ran', { DEPLOY_RESULT: '', GATE_OUTCOME: '', JOB_STATUS: 'failure' }, 'failed', 'failure'],
    ['the run was cancelled', { JOB_STATUS: 'cancelled' }, 'cancelled', 'error'],
  ])('%s', (_case, env, result, state) => {
    const run = finish(env);
    expect(run.outputs).toBe(`result=${result}\n`);
    expect(lastStatus(run).state).toBe(state);
    expect(run.summary).not.toContain('override');
  });
});

describe("rollback.yml's reason", () => {
  const env = {
    GH_TOKEN: 'token',
    ENVIRONMENT: 'production',
    SERVICE: 'order-router',
    ROLE: 'arn:role',
    REGION: 'us-east-1',
    RUN_URL: 'https://github.com/org/order-router/actions/runs/4242',
  };

  it('is required to say something', () => {
    const run = runStep(ROLLBACK, 'record', { ...env, REASON: 'oops' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error title=rollback.yml input::reason: say why, in at least 10 characters');
    expect(run.gh).toBe('');
  });

  it('goes into the Deployment status and the job summary', () => {
    const reason = 'INC-4530: fills rejected since 14:02, rolled back by the on-call lead';
    const record = runStep(ROLLBACK, 'record', { ...env, REASON: reason }, ['', '51\n']);
    expect(record.status).toBe(0);
    expect(record.outputs).toBe('engine=ecs-deploy\ntarget=order-router\ndeployment-id=51\n');
    expect(record.gh).toContain('"task":"rollback"');
    const done = runStep(ROLLBACK, 'outcome', {
      ...env,
      REASON: reason,
      DEPLOYMENT_ID: '51',
      TARGET: 'order-router',
      ACTION_RESULT: 'deployed',
      JOB_STATUS: 'success',
    });
    const status = JSON.parse(done.gh.split('\n').find((l) => l.startsWith('{')) ?? '{}') as Mapping;
    expect(status).toMatchObject({
      state: 'success',
      description: `Rollback (deployed) of order-router: ${reason}`.slice(0, 140),
    });
    expect(done.summary).toContain(`**Reason:** ${reason}`);
  });
});
