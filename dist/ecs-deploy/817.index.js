export const id = 817;
export const ids = [817];
export const modules = {

/***/ 3817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_QUERIES_PER_CALL: () => (/* binding */ MAX_QUERIES_PER_CALL),
/* harmony export */   createCloudWatchPort: () => (/* binding */ createCloudWatchPort)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4085);

/** GetMetricData accepts at most this many queries per call. */
const MAX_QUERIES_PER_CALL = 500;
function createCloudWatchPort(client) {
    return {
        async getMetricData(queries, start, end) {
            const series = new Map(queries.map((q) => [q.id, []]));
            const problems = new Map();
            for (let i = 0; i < queries.length; i += MAX_QUERIES_PER_CALL) {
                const batch = queries.slice(i, i + MAX_QUERIES_PER_CALL).map(toMetricDataQuery);
                let nextToken;
                do {
                    const out = await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__.GetMetricDataCommand({
                        MetricDataQueries: batch,
                        StartTime: start,
                        EndTime: end,
                        ScanBy: 'TimestampAscending',
                        NextToken: nextToken,
                    }));
                    for (const result of out.MetricDataResults ?? []) {
                        const points = series.get(result.Id ?? '');
                        if (!points)
                            continue;
                        if (result.StatusCode === 'Forbidden' || result.StatusCode === 'InternalError') {
                            const said = (result.Messages ?? []).map((m) => [m.Code, m.Value].filter(Boolean).join(': ')).join('; ');
                            problems.set(result.Id ?? '', `CloudWatch answered ${result.StatusCode}${said ? ` (${said})` : ''}`);
                        }
                        const timestamps = result.Timestamps ?? [];
                        const values = result.Values ?? [];
                        timestamps.forEach((at, index) => {
                            const value = values[index];
                            if (value !== undefined && Number.isFinite(value))
                                points.push({ at, value });
                        });
                    }
                    nextToken = out.NextToken;
                } while (nextToken);
            }
            for (const points of series.values())
                points.sort((a, b) => a.at.getTime() - b.at.getTime());
            return Object.assign(series, { problems });
        },
        async describeAlarms(selector) {
            const alarms = [];
            const requests = [];
            // AlarmNames takes at most 100 names per call.
            const names = [...(selector.names ?? [])];
            for (let i = 0; i < names.length; i += 100)
                requests.push({ AlarmNames: names.slice(i, i + 100) });
            if (selector.prefix)
                requests.push({ AlarmNamePrefix: selector.prefix });
            for (const request of requests) {
                let nextToken;
                do {
                    const out = await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__.DescribeAlarmsCommand({
                        ...request,
                        AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                        NextToken: nextToken,
                    }));
                    for (const alarm of out.MetricAlarms ?? [])
                        alarms.push(toSnapshot(alarm, 'metric'));
                    for (const alarm of out.CompositeAlarms ?? [])
                        alarms.push(toSnapshot(alarm, 'composite'));
                    nextToken = out.NextToken;
                } while (nextToken);
            }
            return alarms;
        },
    };
}
function toMetricDataQuery(query) {
    const { metric } = query;
    return {
        Id: query.id,
        ReturnData: true,
        MetricStat: {
            Metric: {
                Namespace: metric.namespace,
                MetricName: metric.metric,
                Dimensions: metric.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
            },
            Period: metric.periodSeconds,
            Stat: metric.stat,
            Unit: metric.unit,
        },
    };
}
function toSnapshot(alarm, type) {
    return {
        name: alarm.AlarmName ?? '',
        type,
        state: alarm.StateValue ?? 'INSUFFICIENT_DATA',
        reason: alarm.StateReason ?? '',
        updatedAt: alarm.StateUpdatedTimestamp,
    };
}


/***/ })

};

//# sourceMappingURL=817.index.js.map