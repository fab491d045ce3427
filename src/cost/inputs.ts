import { REGION_PATTERN } from '../aws/client-config.js';
import { InputReader, type ReadInput } from '../runtime/inputs.js';
import type { StrategyItem } from './fargate.js';

export type CostMode = 'report' | 'pr-delta';

/** The cost-allocation dimension spend is grouped by. */
export type GroupBy = { readonly type: 'SERVICE' } | { readonly type: 'TAG'; readonly key: string };

export interface ReportInputs {
  /** A monthly budget in USD given directly. */
  readonly budget?: number;
  /** An AWS Budget to read (its limit and its own actual and forecast spend). */
  readonly budgetName?: string;
  readonly accountId?: string;
  /** Percent of budget, ascending, each announced once a month. */
  readonly thresholds: readonly number[];
  readonly groupBy: GroupBy;
  readonly anomalyScore: number;
  readonly anomalyMinUsd: number;
  readonly nonCriticalTag: { readonly key: string; readonly value: string };
  readonly githubIssue: boolean;
  readonly snsTopicArn?: string;
  readonly slackWebhookUrl?: string;
}

export interface PrDeltaInputs {
  readonly base: string;
  readonly head: string;
  readonly desiredCount?: number;
  readonly capacityProviderStrategy: readonly StrategyItem[];
  readonly livePrices: boolean;
  readonly minChangeUsd: number;
  readonly minChangePercent: number;
  readonly failAboveUsd?: number;
  readonly pullRequest?: number;
}

export interface CostAlertInputs {
  readonly mode: CostMode;
  readonly awsRegion?: string;
  readonly githubToken?: string;
  /** Right-sizing (report) or autoscaling / desired count lookup (pr-delta). */
  readonly cluster?: string;
  /** Services to right-size; empty means every service in the cluster. */
  readonly services: readonly string[];
  readonly report: ReportInputs;
  readonly prDelta: PrDeltaInputs;
}

/** Reads and validates every cost-alert input; all problems in one ConfigurationError. */
export function parseCostAlertInputs(read: ReadInput): CostAlertInputs {
  const reader = new InputReader(read);
  const inputs = readCostAlertInputs(reader);
  reader.throwIfProblems();
  return inputs;
}

const TAG_KEY = /^[\p{L}\p{N}\s_.:/=+\-@]{1,128}$/u;
const SNS_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;

/** The reading half, exposed so a test can compare the inputs read with action.yml. */
export function readCostAlertInputs(reader: InputReader): CostAlertInputs {
  const mode = reader.choice('mode', ['report', 'pr-delta'] as const, 'report');
  const awsRegion = reader.string('aws-region');
  if (awsRegion !== undefined && !REGION_PATTERN.test(awsRegion)) {
    reader.problem('aws-region', `'${awsRegion}' is not an AWS region name; expected something like us-east-1.`);
  }
  // action.yml defaults this to `${{ github.token }}`; the runner evaluates it before we read it.
  const githubToken = reader.string('github-token');
  const cluster = reader.string('cluster');
  const services = list(reader.string('services'));
  if (services.length > 0 && cluster === undefined) {
    reader.problem('services', 'needs cluster: set the cluster the services run in.');
  }

  const report = readReportInputs(reader, mode === 'report');
  const prDelta = readPrDeltaInputs(reader, mode === 'pr-delta');
  return { mode, awsRegion, githubToken, cluster, services, report, prDelta };
}

function readReportInputs(reader: InputReader, active: boolean): ReportInputs {
  const budget = decimal(reader, 'budget', { min: 0.01 });
  const budgetName = reader.string('budget-name');
  const accountId = reader.string('account-id');
  if (accountId !== undefined && !/^\d{12}$/.test(accountId)) {
    reader.problem('account-id', `'${accountId}' is not an AWS account id (12 digits).`);
  }
  if (budgetName !== undefined && accountId === undefined) {
    reader.problem('account-id', 'is required with budget-name (AWS Budgets asks for the account id).');
  }
  const thresholdsText = reader.string('thresholds', { default: '50,80,100' }) ?? '50,80,100';
  const thresholds: number[] = [];
  for (const item of list(thresholdsText)) {
    const value = Number(item.replace(/%$/, ''));
    if (!Number.isFinite(value) || value <= 0 || value > 1000) {
      reader.problem('thresholds', `'${item}' is not a percentage; use numbers from 1 to 1000 like 50,80,100.`);
    } else thresholds.push(value);
  }
  if (list(thresholdsText).length === 0) reader.problem('thresholds', 'is empty; use percentages like 50,80,100.');
  const groupByText = reader.string('group-by', { default: 'SERVICE' }) ?? 'SERVICE';
  let groupBy: GroupBy = { type: 'SERVICE' };
  if (groupByText.toUpperCase() !== 'SERVICE') {
    if (TAG_KEY.test(groupByText)) groupBy = { type: 'TAG', key: groupByText };
    else reader.problem('group-by', `'${groupByText}' is neither SERVICE nor a cost-allocation tag key.`);
  }
  const anomalyScore = decimal(reader, 'anomaly-score', { min: 1, max: 100, default: '3.5' }) ?? 3.5;
  const anomalyMinUsd = decimal(reader, 'anomaly-min-usd', { min: 0, default: '10' }) ?? 10;
  const tagText = reader.string('non-critical-tag', { default: 'criticality=non-critical' }) ?? '';
  const eq = tagText.indexOf('=');
  if (eq <= 0) reader.problem('non-critical-tag', `'${tagText}' is not KEY=VALUE, like criticality=non-critical.`);
  const nonCriticalTag = { key: tagText.slice(0, Math.max(eq, 0)).trim(), value: tagText.slice(eq + 1).trim() };
  const githubIssue = reader.boolean('github-issue', false);
  const snsTopicArn = reader.string('sns-topic-arn');
  if (snsTopicArn !== undefined && !SNS_ARN.test(snsTopicArn)) {
    reader.problem(
      'sns-topic-arn',
      `'${snsTopicArn}' is not an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>).`,
    );
  }
  const slackWebhookUrl = reader.string('slack-webhook-url');
  // The URL is a secret: a problem names the input but never quotes it.
  if (slackWebhookUrl !== undefined && !/^https:\/\/\S+$/.test(slackWebhookUrl)) {
    reader.problem('slack-webhook-url', 'is not an https:// URL (the value is not shown: it is a secret).');
  }
  if (active && budget === undefined && budgetName === undefined) {
    reader.problem('budget', 'report mode needs a budget: set budget (monthly USD) and/or budget-name.');
  }
  return {
    budget,
    budgetName,
    accountId,
    thresholds: [...new Set(thresholds)].sort((a, b) => a - b),
    groupBy,
    anomalyScore,
    anomalyMinUsd,
    nonCriticalTag,
    githubIssue,
    snsTopicArn,
    slackWebhookUrl,
  };
}

function readPrDeltaInputs(reader: InputReader, active: boolean): PrDeltaInputs {
  const base = reader.string('base', { required: active }) ?? '';
  const head = reader.string('head', { required: active }) ?? '';
  const desiredCountText = reader.string('desired-count');
  let desiredCount: number | undefined;
  if (desiredCountText !== undefined) {
    desiredCount = reader.integer('desired-count', 0, { min: 0, max: 5000 });
  }
  const capacityProviderStrategy = parseStrategy(reader, reader.string('capacity-provider-strategy') ?? '');
  const livePrices = reader.boolean('live-prices', false);
  const minChangeUsd = decimal(reader, 'min-change-usd', { min: 0, default: '10' }) ?? 10;
  const minChangePercent = decimal(reader, 'min-change-percent', { min: 0, default: '10' }) ?? 10;
  const failAboveUsd = decimal(reader, 'fail-above-usd', { min: 0 });
  const prText = reader.string('pull-request');
  const pullRequest = prText === undefined ? undefined : reader.integer('pull-request', 0, { min: 1, max: 1e9 });
  return {
    base,
    head,
    desiredCount,
    capacityProviderStrategy,
    livePrices,
    minChangeUsd,
    minChangePercent,
    failAboveUsd,
    pullRequest,
  };
}

/** `FARGATE=1 base=2, FARGATE_SPOT=3`: weights, and an optional base on one provider. */
function parseStrategy(reader: InputReader, text: string): StrategyItem[] {
  const items: StrategyItem[] = [];
  for (const part of list(text)) {
    const match = /^(FARGATE|FARGATE_SPOT)\s*=\s*(\d+)(?:\s+base\s*=\s*(\d+))?$/i.exec(part);
    if (!match) {
      reader.problem(
        'capacity-provider-strategy',
        `'${part}' is not PROVIDER=WEIGHT [base=N] with FARGATE or FARGATE_SPOT, like FARGATE=1 base=2, FARGATE_SPOT=3.`,
      );
      continue;
    }
    items.push({
      provider: (match[1] ?? '').toUpperCase() as StrategyItem['provider'],
      weight: Number(match[2]),
      base: Number(match[3] ?? 0),
    });
  }
  if (items.filter((i) => i.base > 0).length > 1) {
    reader.problem('capacity-provider-strategy', 'only one provider may have a base (an ECS rule).');
  }
  if (new Set(items.map((i) => i.provider)).size < items.length) {
    reader.problem('capacity-provider-strategy', 'names a provider twice.');
  }
  return items;
}

function decimal(
  reader: InputReader,
  name: string,
  limits: { min?: number; max?: number; default?: string },
): number | undefined {
  const text = reader.string(name, limits.default === undefined ? {} : { default: limits.default });
  if (text === undefined) return undefined;
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  const tooSmall = limits.min !== undefined && value < limits.min;
  const tooLarge = limits.max !== undefined && value > limits.max;
  if (!Number.isFinite(value) || tooSmall || tooLarge) {
    const bounds = [
      limits.min !== undefined ? `at least ${limits.min}` : '',
      limits.max !== undefined ? `at most ${limits.max}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    reader.problem(name, `'${text}' is not valid. Use a number${bounds ? ` ${bounds}` : ''}, like 1000 or 12.5.`);
    return limits.default === undefined ? undefined : Number(limits.default);
  }
  return value;
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
