// Entry point of the cost-alert action: the composition root. It reads the inputs, builds the
// AWS clients and the GitHub client once, runs the report or the pull-request delta, and turns
// the result into outputs, a job summary, an issue or a comment, and notifications. All
// decisions live in src/cost.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { awsClientSettings, type AwsClientSettings } from '../../src/aws/client-config.js';
import { createCostExplorerPort } from '../../src/aws/cost-explorer.js';
import { createEcsInventoryPort } from '../../src/cost/ecs-inventory.js';
import { tablePriceBook, type PriceBook } from '../../src/cost/fargate.js';
import { parseCostAlertInputs, type CostAlertInputs } from '../../src/cost/inputs.js';
import { announce } from '../../src/cost/notify.js';
import { computePrDelta, publishPrComment, type SourceFile } from '../../src/cost/pr-delta.js';
import { renderCostReport, renderPrDelta } from '../../src/cost/render.js';
import { MAX_COST_EXPLORER_REQUESTS, runCostReport } from '../../src/cost/report.js';
import { createGitHubClient, type GitHubPort } from '../../src/github/client.js';
import { postSlackMessage } from '../../src/github/slack.js';
import { ConfigurationError, OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction, type ActionRuntime } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';

/** Cost Explorer, Budgets and the Price List API are global services answered in us-east-1. */
const GLOBAL_REGION = 'us-east-1';

/** The cost-alert action's main step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => main(host, runtime), host.runtime);
}

async function main(host: ActionHost, runtime: ActionRuntime): Promise<void> {
  const inputs = parseCostAlertInputs(runtime.readInput);
  if (inputs.githubToken) runtime.setSecret(inputs.githubToken);
  if (inputs.report.slackWebhookUrl) runtime.setSecret(inputs.report.slackWebhookUrl);
  if (inputs.mode === 'report') await report(inputs, host);
  else await prDelta(inputs, host);
}

async function report(inputs: CostAlertInputs, host: ActionHost): Promise<void> {
  const { runtime, env } = host;
  const settings = awsClientSettings(inputs.awsRegion, env);
  const global = { ...settings, region: GLOBAL_REGION };
  const { CostExplorerClient } = await import('@aws-sdk/client-cost-explorer');
  const costExplorer = createCostExplorerPort(new CostExplorerClient(global), MAX_COST_EXPLORER_REQUESTS);
  const budgets = inputs.report.budgetName ? await loadBudgets(global) : undefined;
  const rightSize = inputs.cluster
    ? {
        deps: { ...(await loadRightSizePorts(settings)), clock: runtime.clock, logger: runtime.logger },
        book: tablePriceBook(settings.region),
      }
    : undefined;
  const github = inputs.report.githubIssue ? gitHub(inputs, env, 'github-issue') : undefined;

  const result = await runCostReport(
    { ...inputs.report, cluster: inputs.cluster, services: inputs.services },
    { costExplorer, budgets, rightSize, clock: runtime.clock, logger: runtime.logger },
  );

  const slackUrl = inputs.report.slackWebhookUrl;
  const topicArn = inputs.report.snsTopicArn;
  const announcement = await announce(result, {
    github,
    sns: topicArn ? { port: await loadSns(settings, topicArn), topicArn } : undefined,
    slack: slackUrl ? (text) => postSlackMessage(slackUrl, text) : undefined,
    logger: runtime.logger,
  });

  runtime.setOutput('status', result.status);
  runtime.setOutput('month-to-date', result.monthToDateUsd.toFixed(2));
  runtime.setOutput('forecast', result.forecastUsd === undefined ? '' : result.forecastUsd.toFixed(2));
  runtime.setOutput('monthly-delta', '');
  runtime.setOutput('report', JSON.stringify({ ...result, announcement }));
  const announced =
    announcement.announced.length > 0
      ? `\n### Announced now\n\n${announcement.announced.map((e) => `- ${e.text}`).join('\n')}\n`
      : '';
  const issue = announcement.issue
    ? `\nMonthly issue: #${announcement.issue.number} (${announcement.issue.url}).\n`
    : '';
  await runtime.writeSummary(`${renderCostReport(result)}${announced}${issue}`);
  const message = `cost-alert: ${result.status}, month-to-date $${result.monthToDateUsd.toFixed(2)}, ${announcement.announced.length} new announcement(s), ${result.costExplorerRequests} Cost Explorer request(s).`;
  if (result.status === 'ok') runtime.logger.info(message);
  else runtime.logger.warning(message);
}

async function prDelta(inputs: CostAlertInputs, host: ActionHost): Promise<void> {
  const { runtime, env } = host;
  const options = inputs.prDelta;
  const needsAws = inputs.cluster !== undefined || options.livePrices;
  const region = inputs.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || GLOBAL_REGION;
  const settings = needsAws ? awsClientSettings(region, env) : undefined;

  let book: PriceBook = tablePriceBook(region);
  if (options.livePrices && settings) book = await livePriceBook(settings, region, book, runtime);

  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const files = { base: await readMatches(options.base, workspace), head: await readMatches(options.head, workspace) };
  const counts = inputs.cluster && settings ? { cluster: inputs.cluster, ...(await loadCountPorts(settings)) } : {};
  const result = await computePrDelta(options, files, book, counts, runtime.logger);
  const markdown = renderPrDelta(result);

  const pullRequest = options.pullRequest ?? eventPullRequest(env);
  let comment = 'not a pull request: no comment';
  if (pullRequest !== undefined && inputs.githubToken) {
    comment = `comment ${await publishPrComment(gitHub(inputs, env, 'pull-request'), pullRequest, result, markdown)} on #${pullRequest}`;
  } else if (pullRequest !== undefined) {
    runtime.logger.warning('github-token is empty: the pull-request comment is skipped.');
    comment = 'no token: no comment';
  }

  runtime.setOutput('status', result.status);
  runtime.setOutput('month-to-date', '');
  runtime.setOutput('forecast', '');
  runtime.setOutput('monthly-delta', result.deltaMax.toFixed(2));
  runtime.setOutput('report', JSON.stringify(result));
  await runtime.writeSummary(markdown);
  const message = `cost-alert pr-delta: ${result.deltaMax >= 0 ? '+' : ''}$${result.deltaMax.toFixed(2)} a month (${comment}).`;
  if (result.failed) throw new OutcomeFailedError(`${message} Above fail-above-usd ${options.failAboveUsd}.`);
  runtime.logger.info(message);
}

function gitHub(inputs: CostAlertInputs, env: ActionHost['env'], purpose: string): GitHubPort {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository) throw new ConfigurationError(`${purpose} needs GITHUB_REPOSITORY (set by the runner).`);
  if (!inputs.githubToken) {
    throw new ConfigurationError([
      { input: 'github-token', message: `is empty, but ${purpose} needs it; pass a token.` },
    ]);
  }
  return createGitHubClient({ apiUrl: env.GITHUB_API_URL, token: inputs.githubToken ?? '', repository });
}

/** The pull request that triggered the run, from the event payload. */
function eventPullRequest(env: ActionHost['env']): number | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { number?: number }; number?: number };
    return event.pull_request?.number;
  } catch {
    return undefined;
  }
}

async function readMatches(pattern: string, workspace: string): Promise<SourceFile[]> {
  const paths = await glob(pattern, { cwd: workspace, absolute: true, onlyFiles: true });
  return paths.sort().map((path) => ({
    path: isAbsolute(pattern) ? path : relative(workspace, path) || join('.', path),
    text: readFileSync(path, 'utf8'),
  }));
}

async function livePriceBook(
  settings: AwsClientSettings,
  region: string,
  fallback: PriceBook,
  runtime: ActionRuntime,
): Promise<PriceBook> {
  const { PricingClient, createPricingPort, PRICING_API_REGION } = await import('../../src/aws/pricing.js');
  const live = await createPricingPort(new PricingClient({ ...settings, region: PRICING_API_REGION })).fargateRates(
    region,
  );
  if ('rates' in live) {
    return {
      region,
      rates: live.rates,
      spotDiscount: fallback.spotDiscount,
      source: `AWS Price List API (read ${new Date(runtime.clock.now()).toISOString().slice(0, 10)}) for ${region}`,
      notes: fallback.notes.filter((n) => !n.includes('not in the price table')),
    };
  }
  runtime.logger.warning(`The Price List API lacks ${live.missing.join(', ')} for ${region}; using the price table.`);
  return {
    ...fallback,
    notes: [...fallback.notes, `Live prices were incomplete for ${region}; the price table was used.`],
  };
}

async function loadBudgets(settings: AwsClientSettings) {
  const { BudgetsClient, createBudgetsPort } = await import('../../src/aws/budgets.js');
  return createBudgetsPort(new BudgetsClient(settings));
}

async function loadSns(settings: AwsClientSettings, topicArn: string) {
  const { SNSClient, createSnsPort } = await import('../../src/aws/sns.js');
  // The topic's own region, whatever region the services are in.
  return createSnsPort(new SNSClient({ ...settings, region: topicArn.split(':')[3] || settings.region }));
}

async function loadRightSizePorts(settings: AwsClientSettings) {
  const [{ ECSClient }, { CloudWatchClient, createCloudWatchPort }] = await Promise.all([
    import('@aws-sdk/client-ecs'),
    import('../../src/aws/cloudwatch.js'),
  ]);
  return {
    ecs: createEcsInventoryPort(new ECSClient(settings)),
    cloudwatch: createCloudWatchPort(new CloudWatchClient(settings)),
  };
}

async function loadCountPorts(settings: AwsClientSettings) {
  const [{ ECSClient }, { ApplicationAutoScalingClient, createAppAutoScalingPort }] = await Promise.all([
    import('@aws-sdk/client-ecs'),
    import('../../src/aws/app-autoscaling.js'),
  ]);
  return {
    ecs: createEcsInventoryPort(new ECSClient(settings)),
    autoscaling: createAppAutoScalingPort(new ApplicationAutoScalingClient(settings)),
  };
}
