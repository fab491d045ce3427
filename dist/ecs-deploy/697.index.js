export const id = 697;
export const ids = [697];
export const modules = {

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


/***/ }),

/***/ 2697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATE_FINISHED: () => (/* binding */ STATE_FINISHED),
/* harmony export */   STATE_SERVICE_DEPLOYMENT_ARN: () => (/* binding */ STATE_SERVICE_DEPLOYMENT_ARN),
/* harmony export */   rollBackUnfinished: () => (/* binding */ rollBackUnfinished)
/* harmony export */ });
/* harmony import */ var _follow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6762);

/** What the main step saves for the post step. */
const STATE_SERVICE_DEPLOYMENT_ARN = 'service-deployment-arn';
/** Saved as 'true' once the main step has decided the deployment's fate (any result). */
const STATE_FINISHED = 'finished';
/** Requests the rollback when needed and says what it did. Never throws for an AWS refusal. */
async function rollBackUnfinished(state, deployments, logger) {
    if (!state.serviceDeploymentArn) {
        logger.info('The main step started no service deployment; nothing to clean up.');
        return 'no-deployment';
    }
    if (state.finished) {
        logger.info(`The main step followed ${state.serviceDeploymentArn} to its end; nothing to clean up.`);
        return 'main-step-finished';
    }
    const snapshot = await deployments.describeServiceDeployment(state.serviceDeploymentArn);
    if (!snapshot || !_follow_js__WEBPACK_IMPORTED_MODULE_0__/* .FORWARD_STATUSES */ .l_.has(snapshot.status)) {
        logger.info(`The main step did not finish, but ${state.serviceDeploymentArn} is already ${snapshot?.status ?? 'gone'}; nothing to do.`);
        return 'already-ended';
    }
    logger.warning(`The main step did not finish and ${state.serviceDeploymentArn} is ${snapshot.status} at ${snapshot.lifecycleStage ?? 'an unknown stage'} (production ${snapshot.productionWeight ?? '—'}%): requesting a rollback.`);
    try {
        await deployments.stopServiceDeploymentWithRollback(state.serviceDeploymentArn);
    }
    catch (error) {
        logger.error(`StopServiceDeployment ROLLBACK was refused (${error instanceof Error ? error.message : String(error)}); check the service now. Unanswered pauses end with the hook timeout action.`);
        return 'rollback-refused';
    }
    logger.info('Rollback requested: ECS returns production to the previous revision.');
    return 'rollback-requested';
}


/***/ })

};

//# sourceMappingURL=697.index.js.map