export const id = 707;
export const ids = [707];
export const modules = {

/***/ 1707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ECS_LOOKBACK_MS: () => (/* binding */ ECS_LOOKBACK_MS),
  decide: () => (/* binding */ decide),
  runGate: () => (/* binding */ runGate),
  seriesRequests: () => (/* binding */ seriesRequests)
});

// EXTERNAL MODULE: ./src/runtime/duration.ts
var duration = __webpack_require__(1170);
;// CONCATENATED MODULE: ./src/gate/alarm-check.ts
/**
 * Any alarm in ALARM fails the check and its reason is shown. An alarm that does not exist, a
 * prefix that matches nothing, or an alarm in INSUFFICIENT_DATA is inconclusive: no data is
 * never a pass.
 */
async function evaluateAlarmCheck(check, cloudwatch) {
    const alarms = await cloudwatch.describeAlarms({ names: check.names, prefix: check.prefix });
    return judgeAlarms(check, alarms);
}
function judgeAlarms(check, alarms) {
    const found = new Set(alarms.map((a) => a.name));
    const missing = check.names.filter((name) => !found.has(name));
    const firing = alarms.filter((a) => a.state === 'ALARM');
    const noData = alarms.filter((a) => a.state === 'INSUFFICIENT_DATA');
    const evidence = { kind: 'alarms', alarms, missing };
    const selector = [...check.names, ...(check.prefix ? [`${check.prefix}*`] : [])].join(', ');
    const base = { id: check.id, kind: 'alarms', expected: 'no alarm in ALARM', evidence };
    if (firing.length > 0) {
        return {
            ...base,
            status: 'fail',
            observed: `${firing.length} in ALARM`,
            reason: firing.map((a) => `${a.name} is in ALARM: ${a.reason}`).join(' '),
        };
    }
    if (missing.length > 0 || (check.prefix && alarms.length === 0)) {
        const what = missing.length > 0 ? `no alarm named ${missing.join(', ')}` : `no alarm starts with '${check.prefix}'`;
        return {
            ...base,
            status: 'inconclusive',
            observed: 'not found',
            reason: `${what}; check the names and the region.`,
        };
    }
    if (noData.length > 0) {
        return {
            ...base,
            status: 'inconclusive',
            observed: `${noData.length} without data`,
            reason: `${noData.map((a) => a.name).join(', ')} ${noData.length === 1 ? 'has' : 'have'} insufficient data, so ${noData.length === 1 ? 'it says' : 'they say'} nothing yet.`,
        };
    }
    return {
        ...base,
        status: 'pass',
        observed: `${alarms.length} OK`,
        reason: `all ${alarms.length} alarms (${selector}) are OK.`,
    };
}

// EXTERNAL MODULE: ./src/aws/task-stops.ts
var task_stops = __webpack_require__(2780);
;// CONCATENATED MODULE: ./src/gate/ecs-check.ts

/** ListTasks' page size: a rollout's normal replacements must not push a failure off the page. */
const STOPPED_TASKS_READ = 100;
/** Running equals desired, and no task stopped with a failure since `since`. */
async function evaluateEcsCheck(check, ecs, since) {
    const service = await ecs.describeService(check.cluster, check.service);
    const stopped = await ecs.listStoppedTasks(check.cluster, { service: check.service }, STOPPED_TASKS_READ);
    const failedTasks = stopped.filter((t) => (t.stoppedAt?.getTime() ?? 0) >= since.getTime() && (0,task_stops/* isFailedStop */.o)(t));
    const evidence = {
        kind: 'ecs',
        running: service.runningCount,
        desired: service.desiredCount,
        deployments: service.deployments.length,
        failedTasks,
    };
    const base = {
        id: check.id,
        kind: 'ecs',
        expected: `running = desired, no failed tasks since ${since.toISOString().slice(11, 16)}Z`,
        observed: `${service.runningCount}/${service.desiredCount} running, ${failedTasks.length} failed`,
        evidence,
    };
    if (failedTasks.length > 0) {
        const reasons = [...new Set(failedTasks.map((t) => t.stoppedReason))].join('; ');
        return { ...base, status: 'fail', reason: `${failedTasks.length} task(s) stopped with a failure: ${reasons}.` };
    }
    if (service.runningCount !== service.desiredCount) {
        return {
            ...base,
            status: 'fail',
            reason: `${check.service} runs ${service.runningCount} of ${service.desiredCount} desired tasks.`,
        };
    }
    return {
        ...base,
        status: 'pass',
        reason: `${check.service} runs all ${service.desiredCount} desired tasks and none failed.`,
    };
}

// EXTERNAL MODULE: ./src/gate/metric-check.ts
var metric_check = __webpack_require__(9766);
;// CONCATENATED MODULE: ./src/gate/result.ts
/** Worst first: one failing check fails an evaluation; otherwise one unknown makes it unknown. */
function combineStatuses(statuses) {
    if (statuses.includes('fail'))
        return 'fail';
    if (statuses.includes('inconclusive'))
        return 'inconclusive';
    return 'pass';
}

// EXTERNAL MODULE: ./src/gate/series.ts
var gate_series = __webpack_require__(8598);
;// CONCATENATED MODULE: ./src/gate/gate.ts






/** How far back the ECS check looks for failed tasks before the gate started. */
const ECS_LOOKBACK_MS = 10 * 60_000;
/**
 * The comparison reads at least this many periods: the judge needs 10 points a side, and ALB
 * metrics arrive a minute or two late and only for minutes with traffic.
 */
const MIN_COMPARE_PERIODS = 15;
/**
 * The gate's state machine: after each evaluation, stop with a verdict or wait for the next.
 * Pure, so its rules are tested as a table.
 */
function decide(counts, policy, last, elapsedMs) {
    if (counts.failures > policy.failureLimit) {
        const which = checksWith(last, 'fail');
        return {
            kind: 'done',
            verdict: 'fail',
            reason: counts.evaluations === 1
                ? `failed${which}.`
                : `${counts.failures} of ${counts.evaluations} evaluations failed (failure-limit ${policy.failureLimit}); last failing${which}.`,
        };
    }
    // The comparison follows Kayenta's rules, not the limits: below marginal (or a failed critical
    // metric) fails at once, and the final evaluation must reach the pass score.
    const compare = last.checks.find((c) => c.kind === 'compare');
    if (compare?.status === 'fail') {
        return {
            kind: 'done',
            verdict: 'fail',
            reason: last.final
                ? `the final comparison with the baseline did not reach its pass score (${compare.observed}).`
                : `the comparison with the baseline failed (${compare.observed}): ${compare.reason}`,
        };
    }
    if (last.final && compare?.status === 'inconclusive') {
        return {
            kind: 'done',
            verdict: 'inconclusive',
            reason: `the final comparison with the baseline could not be scored: ${compare.reason}`,
        };
    }
    if (counts.inconclusives > policy.inconclusiveLimit) {
        const which = checksWith(last, 'inconclusive');
        return {
            kind: 'done',
            verdict: 'inconclusive',
            reason: counts.evaluations === 1
                ? `inconclusive${which}.`
                : `${counts.inconclusives} of ${counts.evaluations} evaluations were inconclusive (inconclusive-limit ${policy.inconclusiveLimit}); last unknown${which}.`,
        };
    }
    if (last.final) {
        if (counts.passes === 0 && counts.failures > 0) {
            return {
                kind: 'done',
                verdict: 'fail',
                reason: `no evaluation passed: ${counts.failures} failed and ${counts.inconclusives} were inconclusive.`,
            };
        }
        if (counts.passes === 0) {
            return { kind: 'done', verdict: 'inconclusive', reason: 'no evaluation passed; without data there is no pass.' };
        }
        const tolerated = counts.failures + counts.inconclusives;
        return {
            kind: 'done',
            verdict: 'pass',
            reason: counts.evaluations === 1
                ? 'every check passed.'
                : `${counts.passes} of ${counts.evaluations} evaluations passed${tolerated ? ` (${tolerated} within the limits)` : ''}.`,
        };
    }
    return { kind: 'continue', sleepMs: Math.max(0, Math.min(policy.intervalMs, policy.windowMs - elapsedMs)) };
}
/** `: error-rate (0.02; expected < 0.01), …` for the checks of the evaluation in that state. */
function checksWith(evaluation, status) {
    const checks = evaluation.checks.filter((c) => c.status === status);
    return checks.length > 0
        ? `: ${checks.map((c) => `${c.id} (${c.observed}; expected ${c.expected})`).join(', ')}`
        : '';
}
/**
 * Evaluates the checks every interval until the window ends or a limit is crossed. Each
 * evaluation is logged as it happens. A check that throws (throttling, a network fault) is
 * recorded as inconclusive with the error, so the report always renders.
 */
async function runGate(document, policy, deps) {
    const { clock, logger } = deps;
    const started = clock.now();
    const evaluations = [];
    let counts = { evaluations: 0, passes: 0, failures: 0, inconclusives: 0 };
    for (;;) {
        const elapsed = clock.now() - started;
        const final = elapsed >= policy.windowMs;
        const index = evaluations.length + 1;
        const checks = await logger.group(`Evaluation ${index}${final ? ' (final)' : ''} at +${(0,duration/* formatDuration */.a3)(elapsed)}`, async () => {
            const results = await evaluateOnce(document, policy, deps, { started, final });
            for (const r of results)
                logger.info(`${MARK[r.status]} ${r.kind} ${r.id}: ${r.observed} (expected ${r.expected}) — ${r.reason}`);
            return results;
        });
        const status = combineStatuses(checks.map((c) => c.status));
        const evaluation = { index, at: new Date(clock.now()).toISOString(), final, status, checks };
        evaluations.push(evaluation);
        counts = {
            evaluations: counts.evaluations + 1,
            passes: counts.passes + (status === 'pass' ? 1 : 0),
            failures: counts.failures + (status === 'fail' ? 1 : 0),
            inconclusives: counts.inconclusives + (status === 'inconclusive' ? 1 : 0),
        };
        const decision = decide(counts, policy, evaluation, clock.now() - started);
        if (decision.kind === 'done') {
            return {
                verdict: decision.verdict,
                reason: decision.reason,
                score: finalScore(evaluation),
                startedAt: new Date(started).toISOString(),
                durationMs: clock.now() - started,
                evaluations,
            };
        }
        await clock.sleep(decision.sleepMs);
    }
}
const MARK = { pass: '✅', fail: '❌', inconclusive: '❔' };
/** One evaluation: every metric from a single GetMetricData call, the other checks beside it. */
async function evaluateOnce(document, policy, deps, at) {
    const now = deps.clock.now();
    const requests = seriesRequests(document, policy);
    let series;
    let seriesError;
    if (requests.length > 0) {
        try {
            series = await (0,gate_series/* fetchSeries */.af)(requests, deps.cloudwatch, now);
        }
        catch (error) {
            seriesError = error;
        }
    }
    const metricResults = document.metrics.map((check) => seriesError
        ? unavailable(check.id, 'metric', seriesError)
        : (0,metric_check/* evaluateMetricCheck */.Ot)(check, series?.get(`metric:${check.id}`)));
    const compareResults = document.compare
        ? [
            seriesError
                ? unavailable(document.compare.id, 'compare', seriesError)
                : guard(document.compare.id, 'compare', () => deps.judgeCompare(document.compare, series ?? new Map(), at.final)),
        ]
        : [];
    const since = new Date(at.started - ECS_LOOKBACK_MS);
    const others = await Promise.all([
        ...document.http.map((check) => guardAsync(check.id, 'http', () => deps.probeHttp(check))),
        ...document.alarms.map((check) => guardAsync(check.id, 'alarms', () => evaluateAlarmCheck(check, deps.cloudwatch))),
        ...document.ecs.map((check) => guardAsync(check.id, 'ecs', () => evaluateEcsCheck(check, deps.ecs, since))),
    ]);
    return [...others, ...metricResults, ...compareResults];
}
/** The series this evaluation needs, keyed `metric:<id>` and `compare:<id>:<side>`. */
function seriesRequests(document, policy) {
    const requests = document.metrics.map((check) => ({
        key: `metric:${check.id}`,
        source: check.source,
        lookbackSeconds: check.lookbackSeconds,
    }));
    for (const metric of document.compare?.metrics ?? []) {
        for (const side of ['canary', 'baseline']) {
            const source = metric[side];
            const period = (0,gate_series/* periodOf */.jH)(source);
            const lookbackSeconds = document.compare?.lookbackSeconds ?? Math.max(Math.ceil(policy.windowMs / 1000), period * MIN_COMPARE_PERIODS);
            requests.push({ key: `compare:${metric.id}:${side}`, source, lookbackSeconds });
        }
    }
    return requests;
}
/** The comparison's score in the evaluation that decided the verdict; none if it had none. */
function finalScore(evaluation) {
    const compare = evaluation.checks.find((c) => c.kind === 'compare');
    return compare?.evidence.kind === 'compare' ? compare.evidence.score : undefined;
}
function unavailable(id, kind, error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
        id,
        kind,
        status: 'inconclusive',
        observed: 'not evaluated',
        expected: '—',
        reason: `could not be evaluated: ${message}`,
        evidence: { kind: 'error', message },
    };
}
function guard(id, kind, work) {
    try {
        return work();
    }
    catch (error) {
        return unavailable(id, kind, error);
    }
}
async function guardAsync(id, kind, work) {
    try {
        return await work();
    }
    catch (error) {
        return unavailable(id, kind, error);
    }
}


/***/ }),

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ evaluateMetricCheck),
/* harmony export */   ZV: () => (/* binding */ formatNumber)
/* harmony export */ });
/* unused harmony export reduce */
/* harmony import */ var _threshold_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4744);

/** Judges one threshold check from its series. No datapoints is never a pass. */
function evaluateMetricCheck(check, series) {
    const points = series?.points ?? [];
    const base = {
        id: check.id,
        kind: 'metric',
        expected: check.threshold.text,
    };
    const evidence = { kind: 'metric', query: series?.query ?? '', points };
    if (points.length === 0) {
        const status = check.mustHaveData ? 'fail' : 'inconclusive';
        return {
            ...base,
            status,
            observed: 'no data',
            reason: series?.error
                ? `${series.error}; a metric CloudWatch could not read is never a pass.`
                : `no datapoints in the last ${check.lookbackSeconds}s${check.mustHaveData ? ' (must-have-data is set)' : ''}; a metric without data is never a pass.`,
            evidence,
        };
    }
    const value = reduce(points, check.reduce);
    const ok = (0,_threshold_js__WEBPACK_IMPORTED_MODULE_0__/* .meetsThreshold */ .M0)(value, check.threshold);
    const shown = formatNumber(value);
    const note = series?.note ? ` ${series.note}` : '';
    return {
        ...base,
        status: ok ? 'pass' : 'fail',
        observed: shown,
        reason: `${check.reduce} of ${points.length} datapoints is ${shown}, ${ok ? 'within' : 'outside'} ${check.threshold.text}.${note}`,
        evidence: { ...evidence, value },
    };
}
function reduce(points, how) {
    const values = points.map((p) => p.value);
    switch (how) {
        case 'latest':
            return values[values.length - 1] ?? NaN;
        case 'max':
            return Math.max(...values);
        case 'min':
            return Math.min(...values);
        case 'sum':
            return values.reduce((a, b) => a + b, 0);
        case 'average':
            return values.reduce((a, b) => a + b, 0) / values.length;
    }
}
/** Up to four significant digits, without exponent noise for everyday magnitudes. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e-4 && magnitude < 1e9)
        return String(Number(value.toPrecision(4)));
    return value.toExponential(3);
}


/***/ })

};

//# sourceMappingURL=707.index.js.map