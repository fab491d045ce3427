/**
 * Runs a job of one of our reusable workflows (.github/workflows/deploy.yml, rollback.yml) in the
 * simulated world as the runner would: the workflow's own steps in order, each `if:` and `with:`
 * evaluated from the file, our actions' main steps through runStep, and their post steps at the end
 * of the job in reverse order — also after a failure or a cancellation, but not when the runner
 * itself died. A job that outlives timeout-minutes is cancelled.
 *
 * Shell steps cannot run here (they call the GitHub API). The outputs later steps read from them
 * are computed by functions that mirror the scripts: `plan` (deploy.yml), `record` and `outcome`.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { KillPlan } from '../client.js';
import type { World } from '../world/index.js';
import { condition, interpolate, type ExpressionContext, type Value } from './expressions.js';
import { hasPost, runStep, type ActionName, type StepResult } from './step.js';

export type WorkflowName = 'deploy' | 'rollback';

interface WorkflowStep {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Readonly<Record<string, string | number | boolean>>;
}

export interface JobOptions {
  readonly workflow: WorkflowName;
  /** The workflow's inputs, as a caller passes them (defaults from the file fill the rest). */
  readonly inputs: Readonly<Record<string, string>>;
  /** The environment's variables (vars.AWS_REGION, …). */
  readonly vars?: Readonly<Record<string, string>>;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT: a re-run keeps the id and counts up the attempt. */
  readonly run: { readonly id: number; readonly attempt: number };
  /** The runner dies at this call of this step (by id). */
  readonly kill?: { readonly step: string; readonly plan: KillPlan };
  /** The job is cancelled at this instant. */
  readonly cancelAt?: number;
  /** The job is cancelled when this settles. */
  readonly cancelOn?: Promise<unknown>;
  /** Told each main step's result the moment the step ends, before the next step runs. */
  readonly onStepEnd?: (result: StepResult) => void;
  /** Called as each of our actions' main steps starts (to note the world as it found it). */
  readonly onStepStart?: (action: ActionName) => void;
  /**
   * The role's maximum session duration (IAM MaxSessionDuration, 1 hour unless raised): asking
   * configure-aws-credentials for longer fails the step, as AssumeRoleWithWebIdentity refuses it.
   */
  readonly roleMaxSessionSeconds?: number;
}

/** configure-aws-credentials' role-duration-seconds when not given (its documented default). */
const DEFAULT_SESSION_SECONDS = 3600;
const CONFIGURE_CREDENTIALS = /^aws-actions\/configure-aws-credentials@/;

export interface JobResult {
  readonly status: 'success' | 'failure' | 'cancelled' | 'killed';
  /** Every step that ran, in order, post steps last. */
  readonly steps: readonly StepResult[];
  /** Our actions' main steps by step id. */
  readonly byId: Readonly<Record<string, StepResult>>;
  /** The workflow's own outputs (result, task-definition-arn), as its outcome step computes them. */
  readonly outputs: Readonly<Record<string, string>>;
}

const ACTION_STEP = /^org\/trading-actions\/actions\/([a-z-]+)@v1$/;

interface WorkflowFile {
  readonly on: { workflow_call?: { inputs?: Record<string, { default?: string | number }> } };
  readonly jobs: Record<string, { steps: WorkflowStep[]; 'timeout-minutes'?: number | string }>;
}

/** Each workflow file read once per test file: thousands of randomized runs play the same two. */
const workflowFiles = new Map<string, WorkflowFile>();

function workflowFile(name: JobOptions['workflow']): WorkflowFile {
  let file = workflowFiles.get(name);
  if (!file) {
    file = parse(readFileSync(workflowPath(name), 'utf8')) as WorkflowFile;
    workflowFiles.set(name, file);
  }
  return file;
}

/**
 * The workflow file in the repository: found upward from this module, which the tests load from
 * test/sim/github and the benchmark from its bundle under .bench/.
 */
function workflowPath(name: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, '.github', 'workflows', `${name}.yml`);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir)
      throw new Error(`no .github/workflows/${name}.yml above ${fileURLToPath(import.meta.url)}`);
  }
}

export async function runWorkflowJob(world: World, options: JobOptions): Promise<JobResult> {
  const file = workflowFile(options.workflow);
  const declared = file.on.workflow_call?.inputs ?? {};
  const inputs: Record<string, Value> = Object.fromEntries(
    Object.entries(declared).map(([name, spec]) => [name, options.inputs[name] ?? spec.default ?? '']),
  );
  const [job] = Object.values(file.jobs);
  if (!job) throw new Error(`${options.workflow}.yml has no job`);
  const steps: Record<string, Value> = {};
  const results: StepResult[] = [];
  const byId: Record<string, StepResult> = {};
  const posts: { action: ActionName; state: Readonly<Record<string, string>>; inputs: Record<string, string> }[] = [];
  let status: JobResult['status'] = 'success';
  const context = (): ExpressionContext => ({
    values: {
      inputs,
      vars: { ...options.vars },
      steps,
      github: { run_id: String(options.run.id), run_attempt: String(options.run.attempt) },
      job: { status },
    },
    status: status === 'killed' ? 'cancelled' : status,
  });
  const timeoutMinutes = Number(interpolate(String(job['timeout-minutes'] ?? 360), context()));
  const deadline = world.now() + timeoutMinutes * 60_000;
  const cancelAt = Math.min(options.cancelAt ?? Infinity, deadline);
  const env = jobEnvironment(options);
  let cancelRequested = false;
  void options.cancelOn?.then(() => (cancelRequested = true));
  let credentialsExpireAt: number | undefined;

  for (const step of job.steps) {
    const id = step.id ?? '';
    if (status === 'killed' || !condition(step.if, context())) {
      if (id) steps[id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
      continue;
    }
    const action = ACTION_STEP.exec(step.uses ?? '')?.[1] as ActionName | undefined;
    if (step.run !== undefined) {
      if (id)
        steps[id] = {
          outcome: 'success',
          conclusion: 'success',
          outputs: shellOutputs(id, options.workflow, context()),
        };
      continue;
    }
    if (CONFIGURE_CREDENTIALS.test(step.uses ?? '')) {
      // The job's AWS session: every later step, post steps included, uses it until it ends.
      const asked = Number(
        interpolate(String(step.with?.['role-duration-seconds'] ?? ''), context()) || DEFAULT_SESSION_SECONDS,
      );
      if (asked > (options.roleMaxSessionSeconds ?? 3600)) {
        status = 'failure';
        continue;
      }
      credentialsExpireAt = world.now() + asked * 1000;
      continue;
    }
    if (!action) continue; // actions/checkout: nothing to simulate
    const stepInputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([name, value]) => [name, interpolate(String(value), context())]),
    );
    options.onStepStart?.(action);
    const result = await runStep(world, action, 'main', {
      inputs: stepInputs,
      env,
      name: `${options.workflow} run ${options.run.id}.${options.run.attempt} ${id || action}`,
      kill: options.kill?.step === id ? options.kill.plan : undefined,
      cancelAt: Number.isFinite(cancelAt) ? cancelAt : undefined,
      cancelOn: options.cancelOn,
      credentialsExpireAt,
    });
    results.push(result);
    options.onStepEnd?.(result);
    if (id) byId[id] = result;
    if (hasPost(action)) posts.push({ action, state: result.state, inputs: stepInputs });
    const outcome = result.outcome === 'killed' ? 'failure' : result.outcome;
    if (id) steps[id] = { outcome, conclusion: outcome, outputs: result.outputs };
    if (result.outcome === 'killed') status = 'killed';
    else if (result.outcome === 'cancelled' || world.now() >= cancelAt || cancelRequested) status = 'cancelled';
    else if (result.outcome === 'failure' && status === 'success') status = 'failure';
  }

  if (status !== 'killed') {
    for (const post of posts.reverse()) {
      const result = await runStep(world, post.action, 'post', {
        inputs: post.inputs,
        state: post.state,
        env,
        credentialsExpireAt,
        name: `${options.workflow} run ${options.run.id}.${options.run.attempt} post ${post.action}`,
      });
      results.push(result);
      if (result.outcome === 'failure' && status === 'success') status = 'failure';
    }
  }
  const outputs = status === 'killed' ? {} : workflowOutputs(options.workflow, steps, status);
  return { status, steps: results, byId, outputs };
}

/** What the runner and configure-aws-credentials put in a job's environment. */
function jobEnvironment(options: JobOptions): Record<string, string> {
  return {
    GITHUB_REPOSITORY: 'org/order-router',
    GITHUB_RUN_ID: String(options.run.id),
    GITHUB_RUN_ATTEMPT: String(options.run.attempt),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: options.workflow,
    GITHUB_JOB: options.workflow === 'deploy' ? 'deploy' : 'rollback',
    AWS_REGION: 'us-east-1',
  };
}

/** The outputs of the shell steps later steps read, computed as the scripts compute them. */
function shellOutputs(id: string, workflow: WorkflowName, context: ExpressionContext): Record<string, Value> {
  const inputs = context.values.inputs as Record<string, string>;
  const pair = [
    'blue-service',
    'green-service',
    'blue-target-group',
    'green-target-group',
    'listener-arn',
    'listener-rule-arn',
  ]
    .map((name) => inputs[name] ?? '')
    .join('');
  const engine = inputs.service ? 'ecs-deploy' : 'canary';
  const target = inputs.service || `${inputs['blue-service']}+${inputs['green-service']}`;
  if (id === 'plan' && workflow === 'deploy') {
    const checks = inputs.checks ?? '';
    const gate = inputs['verify-checks'] !== '' || (engine === 'ecs-deploy' && checks !== '' && !checks.includes('${'));
    return { engine, target, gate: String(gate) };
  }
  if (id === 'record') return { engine: pair || inputs.service ? engine : '', target, 'deployment-id': '1' };
  return {};
}

/** The workflow's `result` output as its outcome step computes it. */
function workflowOutputs(
  workflow: WorkflowName,
  steps: Readonly<Record<string, Value>>,
  status: 'success' | 'failure' | 'cancelled',
): Record<string, string> {
  const output = (step: string, name: string): string => {
    const found = steps[step] as { outputs?: Record<string, Value> } | undefined;
    const value = found?.outputs?.[name];
    return typeof value === 'string' ? value : '';
  };
  const outcomeOf = (step: string): string => {
    const value = (steps[step] as { outcome?: Value } | undefined)?.outcome;
    return typeof value === 'string' ? value : '';
  };
  let result = output('ecs-deploy', 'result') || output('canary', 'result') || 'failed';
  if (workflow === 'deploy' && outcomeOf('gate') === 'failure') {
    result = outcomeOf('gate-rollback') === 'success' ? 'rolled-back' : 'gate-failed';
  }
  if (status === 'cancelled') result = 'cancelled';
  return {
    result,
    'task-definition-arn': output('ecs-deploy', 'task-definition-arn') || output('canary', 'task-definition-arn'),
  };
}
