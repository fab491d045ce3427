export const id = 114;
export const ids = [114];
export const modules = {

/***/ 2114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionFor: () => (/* binding */ actionFor),
  runNativeDeploy: () => (/* binding */ runNativeDeploy)
});

// EXTERNAL MODULE: ./src/aws/ecs.ts
var aws_ecs = __webpack_require__(1032);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/runtime/duration.ts
var duration = __webpack_require__(1170);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var runtime_errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/ecs-deploy/inputs.ts + 24 modules
var ecs_deploy_inputs = __webpack_require__(9690);
// EXTERNAL MODULE: ./src/ecs-deploy/task-definition-plan.ts + 2 modules
var task_definition_plan = __webpack_require__(9390);
// EXTERNAL MODULE: ./src/ecs-deploy/verified-good.ts
var verified_good = __webpack_require__(761);
;// CONCATENATED MODULE: ./src/ecs-deploy/native/configuration.ts
/**
 * Where the workflow's gate judges the deployment: once the test listener serves the new revision,
 * before every production traffic shift (every linear or canary step), and once all production
 * traffic has moved, before the final bake. PAUSE hooks are not allowed on the shifting stages.
 */
const PAUSE_STAGES = [
    'POST_TEST_TRAFFIC_SHIFT',
    'PRE_PRODUCTION_TRAFFIC_SHIFT',
    'POST_PRODUCTION_TRAFFIC_SHIFT',
];
const API_STRATEGY = {
    'blue-green': 'BLUE_GREEN',
    linear: 'LINEAR',
    canary: 'CANARY',
};
/**
 * The service's deployment configuration with the strategy, its bake times, our PAUSE hooks (when
 * there are checks to answer them, or a deploy window to re-check) and the deployment alarms. Settings this action does not own
 * survive: minimum/maximum percent, the circuit breaker, and Lambda hooks the team configured.
 */
function buildDeploymentConfiguration(native, current) {
    // Earlier PAUSE hooks are ours from a previous run (or would pause a deploy nobody answers).
    const keptHooks = (current?.lifecycleHooks ?? []).filter((hook) => hook.targetType !== 'PAUSE');
    const pause = native.checks || native.pauseForWindow
        ? [
            {
                targetType: 'PAUSE',
                lifecycleStages: [...PAUSE_STAGES],
                timeoutConfiguration: {
                    timeoutInMinutes: native.hookTimeoutMinutes,
                    action: native.hookTimeoutAction === 'rollback' ? 'ROLLBACK' : 'CONTINUE',
                },
            },
        ]
        : [];
    const alarms = native.alarms.length > 0 ? { alarmNames: [...native.alarms], enable: true, rollback: true } : current?.alarms;
    return {
        ...(current?.maximumPercent !== undefined ? { maximumPercent: current.maximumPercent } : {}),
        ...(current?.minimumHealthyPercent !== undefined ? { minimumHealthyPercent: current.minimumHealthyPercent } : {}),
        ...(current?.deploymentCircuitBreaker ? { deploymentCircuitBreaker: current.deploymentCircuitBreaker } : {}),
        ...(alarms ? { alarms } : {}),
        strategy: API_STRATEGY[native.strategy],
        bakeTimeInMinutes: native.bakeMinutes,
        lifecycleHooks: [...keptHooks, ...pause],
        ...(native.strategy === 'linear'
            ? {
                linearConfiguration: { stepPercent: native.linearStepPercent, stepBakeTimeInMinutes: native.stepBakeMinutes },
            }
            : {}),
        ...(native.strategy === 'canary'
            ? {
                canaryConfiguration: {
                    canaryPercent: native.canaryPercent,
                    canaryBakeTimeInMinutes: native.stepBakeMinutes,
                },
            }
            : {}),
    };
}
/**
 * What stops this service from running a native strategy, phrased as what to add. ECS needs the
 * ECS deployment controller and somewhere to shift traffic: a load balancer whose
 * `advancedConfiguration` names the alternate target group, the production listener rule and the
 * role ECS uses to change it, or Service Connect.
 */
function nativeReadinessProblems(service, strategy) {
    if (service.deploymentController !== 'ECS') {
        return [
            {
                input: 'strategy',
                message: `${strategy} is ECS's own strategy, but '${service.name}' uses the ${service.deploymentController} deployment controller. Switch the service to deploymentController ECS (UpdateService), or deploy it with its controller.`,
            },
        ];
    }
    const balancers = (service.loadBalancers ?? []).filter((lb) => lb.targetGroupArn);
    if (balancers.length === 0) {
        if (service.serviceConnectEnabled)
            return [];
        return [
            {
                input: 'strategy',
                message: `${strategy} shifts traffic between two target groups, but '${service.name}' has no load balancer (and no Service Connect). Add loadBalancers with advancedConfiguration to the service, or use strategy rolling.`,
            },
        ];
    }
    const problems = [];
    for (const lb of balancers) {
        const advanced = lb.advancedConfiguration;
        const group = lb.targetGroupArn?.split(':').pop() ?? lb.targetGroupArn ?? '';
        const missing = [
            advanced?.alternateTargetGroupArn
                ? undefined
                : 'alternateTargetGroupArn (a second target group for the new revision)',
            advanced?.productionListenerRule
                ? undefined
                : 'productionListenerRule (the listener rule, or NLB listener, that carries production traffic)',
            advanced?.roleArn
                ? undefined
                : 'roleArn (a role ECS assumes to change the listener; it needs the AmazonECSInfrastructureRolePolicyForLoadBalancers policy)',
        ].filter((m) => m !== undefined);
        if (missing.length === 0)
            continue;
        problems.push({
            input: 'strategy',
            message: `${strategy} needs loadBalancers[].advancedConfiguration on '${service.name}', and the load balancer of ${group} ${advanced ? 'lacks' : 'has none; add one with'} ${missing.join(', ')}. Set it with UpdateService (Terraform: load_balancer.advanced_configuration), then deploy again.`,
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/ecs-deploy/native/follow.ts
var follow = __webpack_require__(6762);
;// CONCATENATED MODULE: ./src/ecs-deploy/native/driver.ts
/**
 * Drives one native ECS deployment (blue/green, linear, canary): writes the deployment
 * configuration with the new revision in one UpdateService, then follows the service deployment,
 * answers each PAUSE hook with the gate's verdict, and makes sure a failure ends rolled back.
 * ECS moves the traffic; this decides at every pause.
 */









/** Consecutive failed reads of the deployment (after the SDK's retries) before giving up. */
const MAX_READ_FAILURES = 3;
/** How far back ListServiceDeployments looks for ours when UpdateService did not name it. */
const LIST_SLACK_MS = 60_000;
/** Deploys with a native strategy and returns what happened; see the module comment. */
async function runNativeDeploy(inputs, deps) {
    const native = inputs.native;
    if (!native)
        throw new Error('runNativeDeploy called without a native strategy');
    const { ecs, clock, logger } = deps;
    const startedAt = clock.now();
    const notes = [];
    const events = [];
    const elapsed = () => clock.now() - startedAt;
    const fileDefinition = inputs.taskDefinition?.kind === 'file'
        ? await logger.group('Check task-definition file', async () => (0,task_definition_plan/* loadFileDefinition */.ar)(inputs, deps))
        : undefined;
    const service = await logger.group('Inspect service', async () => {
        const found = await ecs.describeService(inputs.cluster, inputs.service);
        const problems = nativeReadinessProblems(found, native.strategy);
        if (problems.length > 0)
            throw new runtime_errors/* ConfigurationError */.j(problems);
        logger.info(`${found.name}: running ${(0,aws_ecs/* shortTaskDefinition */.P5)(found.taskDefinitionArn)}, ${found.runningCount}/${found.desiredCount} tasks, currently ${found.deploymentConfiguration?.strategy ?? 'ROLLING'}.`);
        return found;
    });
    const previousArn = service.taskDefinitionArn;
    const plan = await logger.group('Prepare task definition', () => (0,task_definition_plan/* planTaskDefinition */.Iw)(inputs, fileDefinition, deps));
    const configuration = buildDeploymentConfiguration(native, service.deploymentConfiguration);
    logger.info(describeConfiguration(native));
    if (!native.checks && native.pauseForWindow) {
        notes.push('No checks were given: ECS paused only so the deploy window could be re-checked before each shift; traffic was otherwise guarded by its alarms and circuit breaker.');
    }
    else if (!native.checks) {
        notes.push('No checks were given, so ECS was not paused: it shifted traffic on its own, guarded only by its alarms and circuit breaker.');
    }
    let targetArn = plan.existingArn ?? '';
    if (plan.register) {
        const register = plan.register;
        targetArn = await logger.group('Register task definition', async () => {
            const arn = await ecs.registerTaskDefinition(register);
            logger.info(`Registered ${(0,aws_ecs/* shortTaskDefinition */.P5)(arn)}.`);
            return arn;
        });
    }
    let started;
    try {
        started = await logger.group('Update service', () => deps.deployments.startDeployment(inputs.cluster, inputs.service, targetArn, configuration));
    }
    catch (error) {
        // Refused outright: the service did not change, so leave no unused revision behind.
        if (plan.register && (0,errors/* isAwsServiceError */.f)(error) && error.$fault === 'client') {
            await ecs.deregisterTaskDefinition(targetArn).catch(() => undefined);
        }
        throw error;
    }
    const serviceDeploymentArn = started.serviceDeploymentArn ?? (await findServiceDeployment(inputs, deps, startedAt));
    const common = {
        mode: inputs.mode,
        cluster: inputs.cluster,
        service: inputs.service,
        region: deps.region,
        startedAt: new Date(startedAt).toISOString(),
        notes,
        events,
        taskDefinitionArn: targetArn,
        previousTaskDefinitionArn: previousArn,
        deploymentId: started.deploymentId || undefined,
        image: plan.image,
        source: plan.source,
        registered: plan.register !== undefined,
        strategy: native.strategy,
        serviceDeploymentArn,
    };
    if (!serviceDeploymentArn) {
        notes.push(`ECS named no service deployment for ${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)}; if the service already ran it, nothing was deployed.`);
        return {
            ...common,
            result: 'failed',
            succeeded: false,
            headline: `Deploy of ${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)}: ECS started no service deployment to follow`,
            waited: false,
            durationMs: elapsed(),
        };
    }
    deps.onServiceDeployment?.(serviceDeploymentArn);
    logger.info(`${inputs.service} → ${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)} (was ${(0,aws_ecs/* shortTaskDefinition */.P5)(previousArn)}) with ${native.strategy}; service deployment ${serviceDeploymentArn}.`);
    if (!inputs.wait) {
        notes.push('wait is false: ECS runs the deployment on its own; it was not followed or recorded as verified-good.');
        return {
            ...common,
            result: 'deployed',
            succeeded: true,
            headline: `Started a ${native.strategy} deploy of ${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)} on ${inputs.service}`,
            waited: false,
            durationMs: elapsed(),
        };
    }
    const followed = await logger.group(`Follow the ${native.strategy} deployment`, () => driver_follow(serviceDeploymentArn, native, inputs, deps));
    const report = {
        ...common,
        waited: true,
        lifecycleStages: followed.stages,
        timeline: followed.timeline,
    };
    notes.push(...followed.notes);
    if (followed.outcome.kind === 'succeeded') {
        const verifiedGood = await recordGood(service, targetArn, deps);
        return {
            ...report,
            result: 'deployed',
            succeeded: true,
            headline: `Deployed ${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)} on ${inputs.service} with ${native.strategy} in ${(0,duration/* formatDuration */.a3)(elapsed())}`,
            durationMs: elapsed(),
            verifiedGood,
        };
    }
    const { outcome } = followed;
    const failure = { cause: outcome.cause, reason: outcome.reason, stoppedTasks: [] };
    logger.error(`${native.strategy} deploy of ${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)} failed: ${outcome.reason}`);
    if (outcome.kind === 'held') {
        return {
            ...report,
            result: 'failed',
            succeeded: false,
            headline: `Deploy of ${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)} is held at ${outcome.stage}: the gate was inconclusive, a person decides`,
            durationMs: elapsed(),
            failure,
        };
    }
    if (outcome.kind === 'rolled-back') {
        return {
            ...report,
            result: 'rolled-back',
            succeeded: false,
            headline: `Deploy of ${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)} failed (${outcome.cause}); ${inputs.service} is back on ${(0,aws_ecs/* shortTaskDefinition */.P5)(previousArn)}`,
            durationMs: elapsed(),
            failure,
            rollback: {
                taskDefinitionArn: previousArn,
                by: outcome.requestedByUs ? 'trading-actions' : 'ecs',
                succeeded: true,
                detail: outcome.rollbackDetail,
            },
        };
    }
    return {
        ...report,
        result: 'failed',
        succeeded: false,
        headline: `Deploy of ${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)} failed and did not end rolled back: check ${inputs.service} now`,
        durationMs: elapsed(),
        failure,
        ...(outcome.rollbackDetail
            ? {
                rollback: {
                    taskDefinitionArn: previousArn,
                    by: outcome.requestedByUs ? 'trading-actions' : 'ecs',
                    succeeded: false,
                    detail: outcome.rollbackDetail,
                },
            }
            : {}),
    };
}
/**
 * The loop: read the deployment, log what moved, and act. A gate verdict is sent to ECS the moment
 * it is known (no poll interval in between); the loop sleeps only when there is nothing to decide.
 */
async function driver_follow(arn, native, inputs, deps) {
    const { clock, logger, deployments } = deps;
    const timeline = [];
    const notes = [];
    let state = follow/* INITIAL_FOLLOW_STATE */.tp;
    // `timeout` is what the deployment may take beyond its known bakes and gate windows.
    const allowedMs = inputs.timeoutMs + (0,ecs_deploy_inputs/* plannedDurationMs */.du)(native);
    let deadline = clock.now() + allowedMs;
    let readFailures = 0;
    let request;
    const result = (outcome) => ({ outcome, stages: state.stages, timeline, notes });
    const sleep = async () => clock.sleep(Math.max(0, Math.min(inputs.pollIntervalMs, deadline - clock.now())));
    for (;;) {
        let snapshot;
        try {
            snapshot = await deployments.describeServiceDeployment(arn);
            readFailures = 0;
        }
        catch (error) {
            readFailures += 1;
            if (readFailures >= MAX_READ_FAILURES) {
                // ECS keeps its own dead-man's switch (the PAUSE hooks' timeout action), so stopping here
                // cannot leave traffic half-shifted for long; a blind rollback request could, if it raced.
                return result({
                    kind: 'failed',
                    cause: 'error',
                    reason: `the service deployment could not be read ${readFailures} times in a row (${messageOf(error)}); the outcome is unknown. Pauses not answered end with the hook-timeout-action (${native.hookTimeoutAction}).`,
                    requestedByUs: false,
                });
            }
            logger.warning(`Reading the service deployment failed (${messageOf(error)}); trying again.`);
            await sleep();
            continue;
        }
        if (!snapshot) {
            return result({
                kind: 'failed',
                cause: 'error',
                reason: `ECS no longer knows service deployment ${arn}.`,
                requestedByUs: false,
            });
        }
        const observation = (0,follow/* observe */.lB)(state, snapshot);
        state = observation.state;
        const at = new Date(clock.now()).toISOString();
        for (const line of observation.changes)
            logger.info(`${at}  ${line}`);
        if (observation.moved)
            timeline.push(row(at, snapshot, state));
        const next = observation.next;
        if (next.kind === 'succeeded') {
            if (request)
                notes.push(`A rollback was requested (${request.reason}), but ECS had already completed the deployment.`);
            return result(request
                ? { kind: 'failed', cause: request.cause, reason: request.reason, requestedByUs: true }
                : { kind: 'succeeded' });
        }
        if (next.kind === 'rolled-back' || next.kind === 'failed') {
            const cause = request?.cause ?? next.explanation.cause;
            const reason = request?.reason ?? next.explanation.reason;
            const byUs = request?.via !== undefined;
            const detail = `${byUs ? `Requested by this step (${request?.via === 'stop' ? 'StopServiceDeployment' : 'ContinueServiceDeployment'} ROLLBACK)` : 'ECS rolled back by itself'}; status ${snapshot.status}${snapshot.rollback?.startedAt ? `, rollback started ${snapshot.rollback.startedAt.toISOString()}` : ''}.`;
            if (next.kind === 'rolled-back') {
                return result({ kind: 'rolled-back', cause, reason, requestedByUs: byUs, rollbackDetail: detail });
            }
            return result({
                kind: 'failed',
                cause,
                reason: request && request.reason !== next.explanation.reason ? `${reason} ${next.explanation.reason}` : reason,
                requestedByUs: byUs,
                rollbackDetail: snapshot.status === 'ROLLBACK_FAILED' ? detail : undefined,
            });
        }
        if (next.kind === 'rolling-back') {
            if (!request) {
                logger.warning(`ECS is rolling back: ${next.explanation.reason}`);
                // From now on the deadline is the rollback's: as long again as the rollout was allowed.
                request = { cause: next.explanation.cause, reason: next.explanation.reason, via: undefined, stopSent: true };
                deadline = clock.now() + inputs.timeoutMs;
                notes.push('ECS started the rollback itself; this step waited for it to finish.');
            }
            if (clock.now() >= deadline) {
                return result({
                    kind: 'failed',
                    cause: request.cause,
                    reason: `${request.reason} The rollback did not finish within ${(0,duration/* formatDuration */.a3)(inputs.timeoutMs)}.`,
                    requestedByUs: request.via !== undefined,
                    rollbackDetail: `still ${snapshot.status} when this step stopped waiting.`,
                });
            }
            await sleep();
            continue;
        }
        // Forward statuses from here on.
        if (request && follow/* FORWARD_STATUSES */.l_.has(snapshot.status)) {
            // Our rollback has not taken effect: send (or re-send as a stop) once per poll interval.
            const due = request.sentAt === undefined || clock.now() - request.sentAt >= inputs.pollIntervalMs;
            if (due && !request.stopSent) {
                await requestStop(arn, request, deps);
                deadline = clock.now() + inputs.timeoutMs;
                continue;
            }
            await sleep();
            continue;
        }
        if (next.kind === 'gate') {
            const closed = deps.windowPause?.();
            const outcome = closed
                ? {
                    verdict: closed.action === 'rollback' ? 'fail' : 'inconclusive',
                    reason: closed.reason,
                    startedAt: new Date(clock.now()).toISOString(),
                    durationMs: 0,
                    evaluations: [],
                }
                : await logger.group(`Gate at ${next.stage} (production ${percent(state.productionWeight)}, test ${percent(state.testWeight)})`, () => deps.gate({
                    stage: next.stage,
                    hook: next.hook,
                    productionWeight: state.productionWeight,
                    testWeight: state.testWeight,
                }));
            const action = closed ? (closed.action === 'hold' ? 'HOLD' : 'ROLLBACK') : actionFor(outcome.verdict, native);
            state = { ...state, answeredHooks: new Set([...state.answeredHooks, next.hook.hookId]) };
            timeline.push({
                ...row(new Date(clock.now()).toISOString(), snapshot, state),
                gate: { verdict: outcome.verdict, reason: outcome.reason, action },
            });
            const verdictLine = `Gate verdict at ${next.stage}: ${outcome.verdict} — ${outcome.reason}`;
            if (action === 'HOLD') {
                logger.error(verdictLine);
                const expires = next.hook.expiresAt ? ` at ${next.hook.expiresAt.toISOString()}` : '';
                notes.push(`${closed ? 'The deploy window closed and on-window-close is hold' : 'on-inconclusive is hold'}: the deployment stays paused at ${next.stage}. Decide with \`aws ecs continue-service-deployment --service-deployment-arn ${arn} --hook-id ${next.hook.hookId} --action CONTINUE\` (or ROLLBACK); otherwise ECS takes the hook's timeout action (${next.hook.timeoutAction ?? native.hookTimeoutAction.toUpperCase()})${expires}.`);
                return result({
                    kind: 'held',
                    cause: 'gate-inconclusive',
                    reason: closed
                        ? `${closed.reason}; held at ${next.stage}`
                        : `the gate was inconclusive at ${next.stage}: ${outcome.reason}`,
                    stage: next.stage,
                });
            }
            if (action === 'ROLLBACK') {
                logger.error(verdictLine);
                request = {
                    cause: outcome.verdict === 'fail' ? 'gate-failed' : 'gate-inconclusive',
                    reason: `the gate ${outcome.verdict === 'fail' ? 'failed' : 'was inconclusive'} at ${next.stage}: ${outcome.reason}`,
                };
            }
            else {
                logger.info(verdictLine);
                if (outcome.verdict === 'inconclusive')
                    notes.push(`The gate was inconclusive at ${next.stage}; on-inconclusive: continue went on.`);
            }
            try {
                await deployments.continueServiceDeployment(arn, next.hook.hookId, action);
                logger.info(`ContinueServiceDeployment ${action} sent for hook ${next.hook.hookId}.`);
                if (request && action === 'ROLLBACK') {
                    request.via = 'continue';
                    request.sentAt = clock.now();
                    deadline = clock.now() + inputs.timeoutMs;
                }
            }
            catch (error) {
                // The hook may have expired or been answered by someone else meanwhile; the next read
                // shows what ECS did. A wanted rollback is then sent as StopServiceDeployment.
                logger.warning(`ContinueServiceDeployment ${action} was refused (${messageOf(error)}).`);
            }
            continue;
        }
        if (clock.now() >= deadline) {
            request = {
                cause: 'timed-out',
                reason: `the deployment did not finish within ${(0,duration/* formatDuration */.a3)(allowedMs)} (timeout plus the planned bakes and gate windows; last stage ${state.stage ?? 'unknown'}).`,
            };
            logger.error(`Timed out: ${request.reason}`);
            continue;
        }
        await sleep();
    }
}
async function requestStop(arn, request, deps) {
    request.stopSent = true;
    request.sentAt = deps.clock.now();
    try {
        await deps.deployments.stopServiceDeploymentWithRollback(arn);
        request.via = 'stop';
        deps.logger.info('StopServiceDeployment ROLLBACK sent.');
    }
    catch (error) {
        deps.logger.warning(`StopServiceDeployment ROLLBACK was refused (${messageOf(error)}); reading the deployment again.`);
    }
}
/** The gate's verdict as an answer to ECS; inconclusive follows on-inconclusive. */
function actionFor(verdict, native) {
    if (verdict === 'pass')
        return 'CONTINUE';
    if (verdict === 'fail')
        return 'ROLLBACK';
    return native.onInconclusive === 'continue' ? 'CONTINUE' : native.onInconclusive === 'hold' ? 'HOLD' : 'ROLLBACK';
}
async function findServiceDeployment(inputs, deps, startedAt) {
    const found = await deps.deployments.listServiceDeployments(inputs.cluster, inputs.service, {
        statuses: ['PENDING', 'IN_PROGRESS'],
        createdAfter: new Date(startedAt - LIST_SLACK_MS),
    });
    return found[0]?.arn;
}
async function recordGood(service, targetArn, deps) {
    const tags = (0,verified_good/* recordVerifiedGood */.hW)((0,verified_good/* readVerifiedGood */.uw)(service.tags), targetArn, undefined);
    const stale = verified_good/* VERIFIED_GOOD_TAGS */.lC.filter((key) => !(key in tags) && key in service.tags);
    try {
        await deps.ecs.tagResource(service.arn, tags);
        if (stale.length > 0)
            await deps.ecs.untagResource(service.arn, stale);
        return {
            recorded: true,
            detail: `${(0,aws_ecs/* shortTaskDefinition */.P5)(targetArn)} tagged on the service as the revision to roll back to.`,
        };
    }
    catch (error) {
        const detail = `could not tag the service (${messageOf(error)}); a later rollback falls back to the previous revision.`;
        deps.logger.warning(detail);
        return { recorded: false, detail };
    }
}
function row(at, snapshot, state) {
    return {
        at,
        stage: state.stage,
        status: snapshot.status,
        productionWeight: state.productionWeight,
        testWeight: state.testWeight,
    };
}
function describeConfiguration(native) {
    const steps = native.strategy === 'linear'
        ? `${native.linearStepPercent}% per step, ${native.stepBakeMinutes}m between steps, `
        : native.strategy === 'canary'
            ? `canary ${native.canaryPercent}% for ${native.stepBakeMinutes}m, `
            : '';
    const pauses = native.checks || native.pauseForWindow
        ? `PAUSE hooks (timeout ${native.hookTimeoutMinutes}m → ${native.hookTimeoutAction})`
        : 'no PAUSE hooks (no checks, no deploy window)';
    const alarms = native.alarms.length > 0 ? `, deployment alarms ${native.alarms.join(', ')} with rollback` : '';
    return `Deployment configuration: ${native.strategy}, ${steps}bake ${native.bakeMinutes}m, ${pauses}${alarms}.`;
}
function percent(value) {
    return value === undefined ? '—' : `${Math.round(value * 10) / 10}%`;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 6762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lB: () => (/* binding */ observe),
/* harmony export */   l_: () => (/* binding */ FORWARD_STATUSES),
/* harmony export */   tp: () => (/* binding */ INITIAL_FOLLOW_STATE)
/* harmony export */ });
/* unused harmony export explainFailure */
const INITIAL_FOLLOW_STATE = { stages: [], answeredHooks: new Set() };
const ROLLING_BACK = new Set(['ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'STOP_REQUESTED']);
/** Statuses in which the deployment still moves forward and a rollback can be requested. */
const FORWARD_STATUSES = new Set(['PENDING', 'IN_PROGRESS']);
/** Compares a snapshot with what was seen before, and decides the next step. */
function observe(state, snapshot) {
    const changes = [];
    const stage = snapshot.lifecycleStage ?? state.stage;
    if (snapshot.status !== state.status) {
        changes.push(`Status ${state.status ?? '—'} → ${snapshot.status}${snapshot.statusReason ? ` (${snapshot.statusReason})` : ''}.`);
    }
    if (stage !== undefined && stage !== state.stage)
        changes.push(`Stage ${state.stage ?? '—'} → ${stage}.`);
    const production = snapshot.productionWeight ?? state.productionWeight;
    const test = snapshot.testWeight ?? state.testWeight;
    if (production !== state.productionWeight || test !== state.testWeight) {
        changes.push(`New revision's requested traffic: production ${weight(production)}, test ${weight(test)}.`);
    }
    const stages = stage !== undefined && state.stages[state.stages.length - 1] !== stage ? [...state.stages, stage] : state.stages;
    const next = {
        status: snapshot.status,
        stage,
        productionWeight: production,
        testWeight: test,
        stages,
        answeredHooks: state.answeredHooks,
    };
    return { state: next, changes, moved: changes.length > 0, next: nextStep(next, snapshot) };
}
function nextStep(state, snapshot) {
    switch (snapshot.status) {
        case 'SUCCESSFUL':
            return { kind: 'succeeded' };
        case 'ROLLBACK_SUCCESSFUL':
            return { kind: 'rolled-back', explanation: explainFailure(snapshot) };
        case 'ROLLBACK_FAILED':
            return {
                kind: 'failed',
                explanation: {
                    ...explainFailure(snapshot),
                    reason: `ECS could not roll back: ${snapshot.statusReason ?? 'no reason given'}`,
                },
            };
        case 'STOPPED':
            return { kind: 'failed', explanation: explainFailure(snapshot) };
        default:
            break;
    }
    if (ROLLING_BACK.has(snapshot.status))
        return { kind: 'rolling-back', explanation: explainFailure(snapshot) };
    const hook = snapshot.hooks.find((h) => h.targetType === 'PAUSE' && h.status === 'AWAITING_ACTION' && !state.answeredHooks.has(h.hookId));
    if (hook)
        return { kind: 'gate', hook, stage: state.stage ?? 'unknown stage' };
    return { kind: 'wait' };
}
/**
 * Why ECS rolled back or stopped, from the most specific evidence: a deployment alarm, the
 * circuit breaker, a PAUSE hook that timed out, then ECS's own words.
 */
function explainFailure(snapshot) {
    const ecsSays = snapshot.statusReason ?? snapshot.rollback?.reason;
    const suffix = ecsSays ? ` ECS says: ${ecsSays}` : '';
    const triggered = snapshot.alarms?.triggered ?? [];
    if (triggered.length > 0 || snapshot.alarms?.status === 'TRIGGERED') {
        const names = triggered.length > 0 ? triggered.join(', ') : 'a deployment alarm';
        return { cause: 'alarm', reason: `deployment alarm ${names} went into ALARM, so ECS rolled back.${suffix}` };
    }
    if (snapshot.circuitBreaker?.status === 'TRIGGERED') {
        return {
            cause: 'circuit-breaker',
            reason: `the deployment circuit breaker tripped (${snapshot.circuitBreaker.failureCount ?? '?'} failed tasks, threshold ${snapshot.circuitBreaker.threshold ?? '?'}).${suffix}`,
        };
    }
    const timedOut = snapshot.hooks.find((h) => h.status === 'TIMED_OUT');
    if (timedOut) {
        return {
            cause: 'hook-timed-out',
            reason: `a PAUSE hook (${timedOut.hookId}) was not answered in time, so ECS took its timeout action ${timedOut.timeoutAction ?? 'ROLLBACK'}.${suffix}`,
        };
    }
    if (snapshot.status === 'STOPPED') {
        return { cause: 'stopped', reason: `the service deployment was stopped without a rollback.${suffix}` };
    }
    return { cause: 'rollout-failed', reason: `ECS rolled the deployment back.${suffix}` };
}
function weight(value) {
    return value === undefined ? '—' : `${Math.round(value * 10) / 10}%`;
}


/***/ })

};

//# sourceMappingURL=114.index.js.map