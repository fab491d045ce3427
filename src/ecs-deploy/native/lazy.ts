/**
 * Everything the native path of ecs-deploy needs beyond a rolling deploy, behind one dynamic
 * import. A rolling deploy never loads it. It is one module on purpose: ncc gives every dynamic
 * import its own chunk with its own copy of what it uses, so two imports sharing a module (the
 * gate, the deployment follower) would ship that module twice.
 */
export { CloudWatchClient, createCloudWatchPort } from '../../aws/cloudwatch.js';
export { gateRunner } from '../../gate/runner.js';
export { maskCheckSecrets } from '../../gate/secrets.js';
export { guardTermination } from '../../runtime/termination.js';
export { runNativeDeploy } from './driver.js';
export { runNativeRollback } from './rollback.js';
