/**
 * Market-aware deploy windows, for every action that deploys. A deploying action adds the
 * inputs `deploy-window`, `on-closed-window` and `override-reason` to its action.yml and:
 *
 *     const window = readDeployWindowInputs(reader);            // inside its own input parser
 *     const decision = await checkDeployWindow({ ...window, waitTimeoutMs }, { clock, logger });
 *     summary += renderDeployWindowReport(reportFromDecision(window.policy, decision), { heading: '###' });
 *
 * and, during a rollout, `isWindowOpen(window.policy, clock.now())` before each step.
 */
export {
  checkDeployWindow,
  DeployWindowClosedError,
  WAIT_HEARTBEAT_MS,
  type CheckDeployWindowOptions,
  type DeployWindowDecision,
  type DeployWindowSettings,
  type OnClosedWindow,
} from './check.js';
export {
  evaluateWindow,
  HORIZON_DAYS,
  isWindowOpen,
  policyZone,
  type ClosedPeriod,
  type WindowEvaluation,
} from './evaluate.js';
export { parseDeployWindowActionInputs, readDeployWindowInputs, type DeployWindowActionInputs } from './inputs.js';
export {
  parseDeployWindow,
  POLICY_GRAMMAR,
  PolicySyntaxError,
  type Clause,
  type CustomRange,
  type DeployWindowPolicy,
} from './policy.js';
export { renderDeployWindowReport, reportFromDecision, reportFromFailure, type DeployWindowReport } from './report.js';
