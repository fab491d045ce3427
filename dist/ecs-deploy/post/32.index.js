export const id = 32;
export const ids = [32];
export const modules = {

/***/ 1032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createEcsPort: () => (/* binding */ createEcsPort),
/* harmony export */   createServiceDeploymentPort: () => (/* binding */ createServiceDeploymentPort),
/* harmony export */   parseTaskDefinitionArn: () => (/* binding */ parseTaskDefinitionArn),
/* harmony export */   shortTaskDefinition: () => (/* binding */ shortTaskDefinition)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(212);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);


/** Builds the service-deployment port on the run's SDK client. */
function createServiceDeploymentPort(client) {
    return {
        async startDeployment(cluster, service, taskDefinitionArn, configuration) {
            const out = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.UpdateServiceCommand({
                cluster,
                service,
                taskDefinition: taskDefinitionArn,
                deploymentConfiguration: configuration,
            }));
            const primary = out.service?.deployments?.find((d) => d.status === 'PRIMARY');
            return {
                deploymentId: primary?.id ?? '',
                serviceDeploymentArn: out.service?.currentServiceDeployment,
            };
        },
        async describeServiceDeployment(arn) {
            const out = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }));
            const found = out.serviceDeployments?.find((d) => d.serviceDeploymentArn === arn) ?? out.serviceDeployments?.[0];
            return found ? toServiceDeploymentSnapshot(found) : undefined;
        },
        async listServiceDeployments(cluster, service, filter = {}) {
            const found = [];
            let nextToken;
            do {
                const out = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.ListServiceDeploymentsCommand({
                    cluster,
                    service,
                    status: filter.statuses ? [...filter.statuses] : undefined,
                    createdAt: filter.createdAfter ? { after: filter.createdAfter } : undefined,
                    nextToken,
                }));
                for (const d of out.serviceDeployments ?? []) {
                    if (!d.serviceDeploymentArn)
                        continue;
                    found.push({
                        arn: d.serviceDeploymentArn,
                        status: d.status ?? '',
                        targetServiceRevisionArn: d.targetServiceRevisionArn,
                        createdAt: d.createdAt,
                    });
                }
                nextToken = out.nextToken;
            } while (nextToken);
            return found.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
        },
        async continueServiceDeployment(arn, hookId, action) {
            await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId, action }));
        },
        async stopServiceDeploymentWithRollback(arn) {
            await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
        },
    };
}
function toServiceDeploymentSnapshot(d) {
    const target = d.targetServiceRevision;
    return {
        arn: d.serviceDeploymentArn ?? '',
        status: d.status ?? '',
        statusReason: d.statusReason,
        lifecycleStage: d.lifecycleStage,
        targetRevisionArn: target?.arn,
        productionWeight: target?.requestedProductionTrafficWeight,
        testWeight: target?.requestedTestTrafficWeight,
        hooks: (d.lifecycleHookDetails ?? []).map((h) => ({
            hookId: h.hookId ?? '',
            targetType: h.targetType ?? 'AWS_LAMBDA',
            status: h.status ?? '',
            expiresAt: h.expiresAt,
            timeoutAction: h.timeoutAction,
        })),
        rollback: d.rollback
            ? {
                reason: d.rollback.reason,
                startedAt: d.rollback.startedAt,
                serviceRevisionArn: d.rollback.serviceRevisionArn,
            }
            : undefined,
        alarms: d.alarms ? { status: d.alarms.status, triggered: d.alarms.triggeredAlarmNames ?? [] } : undefined,
        circuitBreaker: d.deploymentCircuitBreaker
            ? {
                status: d.deploymentCircuitBreaker.status,
                failureCount: d.deploymentCircuitBreaker.failureCount,
                threshold: d.deploymentCircuitBreaker.threshold,
            }
            : undefined,
        updatedAt: d.updatedAt,
    };
}
/** Builds the ECS port on an SDK client that was created once for the run. */
function createEcsPort(client) {
    return {
        async describeService(cluster, service) {
            const out = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.DescribeServicesCommand({ cluster, services: [service], include: ['TAGS'] }));
            const found = out.services?.[0];
            if (!found || found.status === 'INACTIVE') {
                const reason = out.failures?.[0]?.reason ?? found?.status ?? 'not found';
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j([
                    {
                        input: 'service',
                        message: `service '${service}' was not found in cluster '${cluster}' (${reason}). Check the service and cluster names and the region.`,
                    },
                ]);
            }
            return toServiceSnapshot(found);
        },
        async describeTaskDefinition(reference) {
            try {
                const out = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.DescribeTaskDefinitionCommand({ taskDefinition: reference, include: ['TAGS'] }));
                const td = out.taskDefinition;
                if (!td?.taskDefinitionArn)
                    throw new Error(`DescribeTaskDefinition(${reference}) returned no task definition`);
                return {
                    arn: td.taskDefinitionArn,
                    family: td.family ?? '',
                    revision: td.revision ?? 0,
                    status: td.status ?? 'ACTIVE',
                    definition: td,
                    tags: out.tags ?? [],
                };
            }
            catch (error) {
                // ECS answers a missing revision with a generic ClientException.
                if (error instanceof Error && error.name === 'ClientException')
                    return undefined;
                throw error;
            }
        },
        async registerTaskDefinition(input) {
            const out = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.RegisterTaskDefinitionCommand(input));
            const arn = out.taskDefinition?.taskDefinitionArn;
            if (!arn)
                throw new Error('RegisterTaskDefinition returned no taskDefinitionArn');
            return arn;
        },
        async deregisterTaskDefinition(arn) {
            await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
        },
        async updateService(cluster, service, taskDefinitionArn) {
            const out = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.UpdateServiceCommand({ cluster, service, taskDefinition: taskDefinitionArn }));
            const primary = out.service?.deployments?.find((d) => d.status === 'PRIMARY');
            if (!primary?.id)
                throw new Error('UpdateService returned no PRIMARY deployment');
            return primary.id;
        },
        async listRevisions(family) {
            const arns = [];
            let nextToken;
            do {
                const out = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', nextToken }));
                arns.push(...(out.taskDefinitionArns ?? []));
                nextToken = out.nextToken;
            } while (nextToken);
            // familyPrefix also matches longer family names (`api` matches `api-worker`).
            return arns.filter((arn) => parseTaskDefinitionArn(arn)?.family === family);
        },
        async listStoppedTasks(cluster, of, limit) {
            const filter = 'deploymentId' in of ? { startedBy: of.deploymentId } : { serviceName: of.service };
            const listed = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.ListTasksCommand({ cluster, ...filter, desiredStatus: 'STOPPED', maxResults: limit }));
            const arns = listed.taskArns ?? [];
            if (arns.length === 0)
                return [];
            const described = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.DescribeTasksCommand({ cluster, tasks: arns }));
            return (described.tasks ?? [])
                .map((task) => ({
                taskArn: task.taskArn ?? '',
                taskDefinitionArn: task.taskDefinitionArn ?? '',
                stoppedReason: task.stoppedReason ?? '(no reason given)',
                stopCode: task.stopCode,
                stoppedAt: task.stoppedAt,
                containers: (task.containers ?? []).map((c) => ({
                    name: c.name ?? '',
                    exitCode: c.exitCode,
                    reason: c.reason,
                })),
            }))
                .sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0));
        },
        async tagResource(arn, tags) {
            await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.TagResourceCommand({
                resourceArn: arn,
                tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
            }));
        },
        async untagResource(arn, keys) {
            await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.UntagResourceCommand({ resourceArn: arn, tagKeys: [...keys] }));
        },
    };
}
function toServiceSnapshot(service) {
    const breaker = service.deploymentConfiguration?.deploymentCircuitBreaker;
    return {
        arn: service.serviceArn ?? '',
        name: service.serviceName ?? '',
        status: service.status ?? '',
        taskDefinitionArn: service.taskDefinition ?? '',
        desiredCount: service.desiredCount ?? 0,
        runningCount: service.runningCount ?? 0,
        deployments: (service.deployments ?? []).map((d) => ({
            id: d.id ?? '',
            status: d.status ?? '',
            taskDefinitionArn: d.taskDefinition ?? '',
            desiredCount: d.desiredCount ?? 0,
            runningCount: d.runningCount ?? 0,
            pendingCount: d.pendingCount ?? 0,
            failedTasks: d.failedTasks ?? 0,
            rolloutState: d.rolloutState,
            rolloutStateReason: d.rolloutStateReason,
        })),
        events: (service.events ?? []).map((e) => ({
            id: e.id ?? '',
            at: e.createdAt ?? new Date(0),
            message: e.message ?? '',
        })),
        tags: Object.fromEntries((service.tags ?? []).map((t) => [t.key ?? '', t.value ?? ''])),
        circuitBreaker: { enable: breaker?.enable ?? false, rollback: breaker?.rollback ?? false },
        deploymentController: service.deploymentController?.type ?? 'ECS',
        deploymentConfiguration: service.deploymentConfiguration,
        loadBalancers: service.loadBalancers ?? [],
        serviceConnectEnabled: service.deployments?.some((d) => d.serviceConnectConfiguration?.enabled === true) ?? false,
        currentServiceDeployment: service.currentServiceDeployment,
    };
}
const TASK_DEFINITION_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/([A-Za-z0-9_-]{1,255}):(\d+)$/;
/** Splits a task-definition ARN into family and revision; undefined when it is not one. */
function parseTaskDefinitionArn(arn) {
    const match = TASK_DEFINITION_ARN.exec(arn);
    if (!match?.[1] || !match[2])
        return undefined;
    return { family: match[1], revision: Number(match[2]) };
}
/** `family:revision` for people, from an ARN (falls back to the input when it is not one). */
function shortTaskDefinition(arn) {
    const parsed = parseTaskDefinitionArn(arn);
    return parsed ? `${parsed.family}:${parsed.revision}` : arn;
}


/***/ })

};

//# sourceMappingURL=32.index.js.map