export const id = 491;
export const ids = [491];
export const modules = {

/***/ 1491:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
exports.$Command = $Command;
exports.__Client = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsJson1_1Protocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultApplicationAutoScalingHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "application-autoscaling",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultApplicationAutoScalingHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "application-autoscaling",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1140.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://application-autoscaling-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://application-autoscaling.{Region}.amazonaws.com", i],
        ["https://application-autoscaling-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://application-autoscaling.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://application-autoscaling.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class ApplicationAutoScalingServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ApplicationAutoScalingServiceException.prototype);
    }
}

class ConcurrentUpdateException extends ApplicationAutoScalingServiceException {
    name = "ConcurrentUpdateException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "ConcurrentUpdateException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentUpdateException.prototype);
        this.Message = opts.Message;
    }
}
class InternalServiceException extends ApplicationAutoScalingServiceException {
    name = "InternalServiceException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServiceException.prototype);
        this.Message = opts.Message;
    }
}
class ObjectNotFoundException extends ApplicationAutoScalingServiceException {
    name = "ObjectNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ObjectNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ObjectNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ValidationException extends ApplicationAutoScalingServiceException {
    name = "ValidationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidNextTokenException extends ApplicationAutoScalingServiceException {
    name = "InvalidNextTokenException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidNextTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
        this.Message = opts.Message;
    }
}
class FailedResourceAccessException extends ApplicationAutoScalingServiceException {
    name = "FailedResourceAccessException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "FailedResourceAccessException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, FailedResourceAccessException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends ApplicationAutoScalingServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    ResourceName;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
        this.ResourceName = opts.ResourceName;
    }
}
class LimitExceededException extends ApplicationAutoScalingServiceException {
    name = "LimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyTagsException extends ApplicationAutoScalingServiceException {
    name = "TooManyTagsException";
    $fault = "client";
    Message;
    ResourceName;
    constructor(opts) {
        super({
            name: "TooManyTagsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTagsException.prototype);
        this.Message = opts.Message;
        this.ResourceName = opts.ResourceName;
    }
}

const _A = "Alarm";
const _AARN = "AlarmARN";
const _AI = "ActivityId";
const _AN = "AlarmName";
const _AT = "AdjustmentType";
const _Al = "Alarms";
const _C = "Code";
const _CC = "CurrentCapacity";
const _CCMS = "CustomizedCapacityMetricSpecification";
const _CF = "CapacityForecast";
const _CLMS = "CustomizedLoadMetricSpecification";
const _CMS = "CustomizedMetricSpecification";
const _CSMS = "CustomizedScalingMetricSpecification";
const _CT = "CreationTime";
const _CUE = "ConcurrentUpdateException";
const _Ca = "Cause";
const _Co = "Cooldown";
const _D = "Dimensions";
const _DSA = "DeleteScheduledAction";
const _DSAR = "DeleteScheduledActionRequest";
const _DSARe = "DeleteScheduledActionResponse";
const _DSARes = "DescribeScalingActivitiesRequest";
const _DSAResc = "DescribeScalingActivitiesResponse";
const _DSARescr = "DescribeScheduledActionsRequest";
const _DSARescri = "DescribeScheduledActionsResponse";
const _DSAe = "DescribeScalingActivities";
const _DSAes = "DescribeScheduledActions";
const _DSI = "DisableScaleIn";
const _DSIS = "DynamicScalingInSuspended";
const _DSOS = "DynamicScalingOutSuspended";
const _DSP = "DeleteScalingPolicy";
const _DSPR = "DeleteScalingPolicyRequest";
const _DSPRe = "DeleteScalingPolicyResponse";
const _DSPRes = "DescribeScalingPoliciesRequest";
const _DSPResc = "DescribeScalingPoliciesResponse";
const _DSPe = "DescribeScalingPolicies";
const _DST = "DeregisterScalableTarget";
const _DSTR = "DeregisterScalableTargetRequest";
const _DSTRe = "DeregisterScalableTargetResponse";
const _DSTRes = "DescribeScalableTargetsRequest";
const _DSTResc = "DescribeScalableTargetsResponse";
const _DSTe = "DescribeScalableTargets";
const _De = "Description";
const _Det = "Details";
const _E = "Expression";
const _ET = "EndTime";
const _FRAE = "FailedResourceAccessException";
const _GPSF = "GetPredictiveScalingForecast";
const _GPSFR = "GetPredictiveScalingForecastRequest";
const _GPSFRe = "GetPredictiveScalingForecastResponse";
const _I = "Id";
const _INSA = "IncludeNotScaledActivities";
const _INTE = "InvalidNextTokenException";
const _ISE = "InternalServiceException";
const _L = "Label";
const _LEE = "LimitExceededException";
const _LF = "LoadForecast";
const _LFo = "LoadForecasts";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _M = "Message";
const _MAM = "MinAdjustmentMagnitude";
const _MAT = "MetricAggregationType";
const _MC = "MaxCapacity";
const _MCB = "MaxCapacityBuffer";
const _MCBB = "MaxCapacityBreachBehavior";
const _MCi = "MinCapacity";
const _MD = "MetricDimension";
const _MDQ = "MetricDataQueries";
const _MDe = "MetricDimensions";
const _MILB = "MetricIntervalLowerBound";
const _MIUB = "MetricIntervalUpperBound";
const _MN = "MetricName";
const _MR = "MaxResults";
const _MS = "MetricSpecification";
const _MSe = "MetricStat";
const _MSet = "MetricSpecifications";
const _Me = "Metrics";
const _Met = "Metric";
const _Mo = "Mode";
const _N = "Namespace";
const _NSR = "NotScaledReason";
const _NSRo = "NotScaledReasons";
const _NT = "NextToken";
const _Na = "Name";
const _ONFE = "ObjectNotFoundException";
const _PARN = "PolicyARN";
const _PC = "PredictedCapacity";
const _PLMS = "PredefinedLoadMetricSpecification";
const _PMPS = "PredefinedMetricPairSpecification";
const _PMS = "PredefinedMetricSpecification";
const _PMT = "PredefinedMetricType";
const _PN = "PolicyName";
const _PNo = "PolicyNames";
const _PSA = "PutScheduledAction";
const _PSAR = "PutScheduledActionRequest";
const _PSARu = "PutScheduledActionResponse";
const _PSCMS = "PredictiveScalingCustomizedMetricSpecification";
const _PSM = "PredictiveScalingMetric";
const _PSMD = "PredictiveScalingMetricDimension";
const _PSMDQ = "PredictiveScalingMetricDataQuery";
const _PSMDQr = "PredictiveScalingMetricDataQueries";
const _PSMDr = "PredictiveScalingMetricDimensions";
const _PSMS = "PredictiveScalingMetricSpecification";
const _PSMSr = "PredefinedScalingMetricSpecification";
const _PSMSre = "PredictiveScalingMetricStat";
const _PSMSred = "PredictiveScalingMetricSpecifications";
const _PSP = "PutScalingPolicy";
const _PSPC = "PredictiveScalingPolicyConfiguration";
const _PSPLMS = "PredictiveScalingPredefinedLoadMetricSpecification";
const _PSPMPS = "PredictiveScalingPredefinedMetricPairSpecification";
const _PSPR = "PutScalingPolicyRequest";
const _PSPRu = "PutScalingPolicyResponse";
const _PSPSMS = "PredictiveScalingPredefinedScalingMetricSpecification";
const _PT = "PolicyType";
const _RARN = "ResourceARN";
const _RARNo = "RoleARN";
const _RD = "ReturnData";
const _RI = "ResourceId";
const _RIe = "ResourceIds";
const _RL = "ResourceLabel";
const _RN = "ResourceName";
const _RNFE = "ResourceNotFoundException";
const _RST = "RegisterScalableTarget";
const _RSTR = "RegisterScalableTargetRequest";
const _RSTRe = "RegisterScalableTargetResponse";
const _S = "Statistic";
const _SA = "ScalingActivities";
const _SAARN = "ScheduledActionARN";
const _SAN = "ScheduledActionName";
const _SANc = "ScheduledActionNames";
const _SAc = "ScheduledActions";
const _SAca = "ScalingActivity";
const _SAcal = "ScalingAdjustment";
const _SAch = "ScheduledAction";
const _SAt = "StepAdjustment";
const _SAte = "StepAdjustments";
const _SBT = "SchedulingBufferTime";
const _SC = "StatusCode";
const _SD = "ScalableDimension";
const _SIC = "ScaleInCooldown";
const _SM = "StatusMessage";
const _SN = "ServiceNamespace";
const _SOC = "ScaleOutCooldown";
const _SP = "ScalingPolicies";
const _SPc = "ScalingPolicy";
const _SS = "SuspendedState";
const _SSPC = "StepScalingPolicyConfiguration";
const _SSS = "ScheduledScalingSuspended";
const _ST = "ScalableTargets";
const _STA = "ScalableTargetAction";
const _STARN = "ScalableTargetARN";
const _STc = "ScalableTarget";
const _STt = "StartTime";
const _Sc = "Schedule";
const _St = "Stat";
const _T = "Timestamps";
const _TK = "TagKeys";
const _TMTE = "TooManyTagsException";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TTM = "TargetTrackingMetric";
const _TTMD = "TargetTrackingMetricDimension";
const _TTMDQ = "TargetTrackingMetricDataQuery";
const _TTMDQa = "TargetTrackingMetricDataQueries";
const _TTMDa = "TargetTrackingMetricDimensions";
const _TTMS = "TargetTrackingMetricStat";
const _TTSPC = "TargetTrackingScalingPolicyConfiguration";
const _TV = "TargetValue";
const _Ta = "Tags";
const _Ti = "Timezone";
const _U = "Unit";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _UT = "UpdateTime";
const _V = "Values";
const _VE = "ValidationException";
const _Va = "Value";
const _aQE = "awsQueryError";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.applicationautoscaling";
const _se = "server";
const n0 = "com.amazonaws.applicationautoscaling";
const _s_registry = new TypeRegistry(_s);
var ApplicationAutoScalingServiceException$ = [-3, _s, "ApplicationAutoScalingServiceException", 0, [], []];
_s_registry.registerError(ApplicationAutoScalingServiceException$, ApplicationAutoScalingServiceException);
const n0_registry = new TypeRegistry(n0);
var ConcurrentUpdateException$ = [-3, n0, _CUE,
    { [_aQE]: [`ConcurrentUpdateException`, 500], [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(ConcurrentUpdateException$, ConcurrentUpdateException);
var FailedResourceAccessException$ = [-3, n0, _FRAE,
    { [_aQE]: [`FailedResourceAccessException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(FailedResourceAccessException$, FailedResourceAccessException);
var InternalServiceException$ = [-3, n0, _ISE,
    { [_aQE]: [`InternalServiceException`, 500], [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(InternalServiceException$, InternalServiceException);
var InvalidNextTokenException$ = [-3, n0, _INTE,
    { [_aQE]: [`InvalidNextTokenException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_aQE]: [`LimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var ObjectNotFoundException$ = [-3, n0, _ONFE,
    { [_aQE]: [`ObjectNotFoundException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ObjectNotFoundException$, ObjectNotFoundException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M, _RN],
    [0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var TooManyTagsException$ = [-3, n0, _TMTE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _RN],
    [0, 0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
var ValidationException$ = [-3, n0, _VE,
    { [_aQE]: [`ValidationException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var Alarm$ = [3, n0, _A,
    0,
    [_AN, _AARN],
    [0, 0], 2
];
var CapacityForecast$ = [3, n0, _CF,
    0,
    [_T, _V],
    [64 | 4, 64 | 1], 2
];
var CustomizedMetricSpecification$ = [3, n0, _CMS,
    0,
    [_MN, _N, _D, _S, _U, _Me],
    [0, 0, () => MetricDimensions, 0, 0, () => TargetTrackingMetricDataQueries]
];
var DeleteScalingPolicyRequest$ = [3, n0, _DSPR,
    0,
    [_PN, _SN, _RI, _SD],
    [0, 0, 0, 0], 4
];
var DeleteScalingPolicyResponse$ = [3, n0, _DSPRe,
    0,
    [],
    []
];
var DeleteScheduledActionRequest$ = [3, n0, _DSAR,
    0,
    [_SN, _SAN, _RI, _SD],
    [0, 0, 0, 0], 4
];
var DeleteScheduledActionResponse$ = [3, n0, _DSARe,
    0,
    [],
    []
];
var DeregisterScalableTargetRequest$ = [3, n0, _DSTR,
    0,
    [_SN, _RI, _SD],
    [0, 0, 0], 3
];
var DeregisterScalableTargetResponse$ = [3, n0, _DSTRe,
    0,
    [],
    []
];
var DescribeScalableTargetsRequest$ = [3, n0, _DSTRes,
    0,
    [_SN, _RIe, _SD, _MR, _NT],
    [0, 64 | 0, 0, 1, 0], 1
];
var DescribeScalableTargetsResponse$ = [3, n0, _DSTResc,
    0,
    [_ST, _NT],
    [() => ScalableTargets, 0]
];
var DescribeScalingActivitiesRequest$ = [3, n0, _DSARes,
    0,
    [_SN, _RI, _SD, _MR, _NT, _INSA],
    [0, 0, 0, 1, 0, 2], 1
];
var DescribeScalingActivitiesResponse$ = [3, n0, _DSAResc,
    0,
    [_SA, _NT],
    [() => ScalingActivities, 0]
];
var DescribeScalingPoliciesRequest$ = [3, n0, _DSPRes,
    0,
    [_SN, _PNo, _RI, _SD, _MR, _NT],
    [0, 64 | 0, 0, 0, 1, 0], 1
];
var DescribeScalingPoliciesResponse$ = [3, n0, _DSPResc,
    0,
    [_SP, _NT],
    [() => ScalingPolicies, 0]
];
var DescribeScheduledActionsRequest$ = [3, n0, _DSARescr,
    0,
    [_SN, _SANc, _RI, _SD, _MR, _NT],
    [0, 64 | 0, 0, 0, 1, 0], 1
];
var DescribeScheduledActionsResponse$ = [3, n0, _DSARescri,
    0,
    [_SAc, _NT],
    [() => ScheduledActions, 0]
];
var GetPredictiveScalingForecastRequest$ = [3, n0, _GPSFR,
    0,
    [_SN, _RI, _SD, _PN, _STt, _ET],
    [0, 0, 0, 0, 4, 4], 6
];
var GetPredictiveScalingForecastResponse$ = [3, n0, _GPSFRe,
    0,
    [_LF, _CF, _UT],
    [() => LoadForecasts, () => CapacityForecast$, 4]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RARN],
    [0], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_Ta],
    [128 | 0]
];
var LoadForecast$ = [3, n0, _LF,
    0,
    [_T, _V, _MS],
    [64 | 4, 64 | 1, () => PredictiveScalingMetricSpecification$], 3
];
var MetricDimension$ = [3, n0, _MD,
    0,
    [_Na, _Va],
    [0, 0], 2
];
var NotScaledReason$ = [3, n0, _NSR,
    0,
    [_C, _MC, _MCi, _CC],
    [0, 1, 1, 1], 1
];
var PredefinedMetricSpecification$ = [3, n0, _PMS,
    0,
    [_PMT, _RL],
    [0, 0], 1
];
var PredictiveScalingCustomizedMetricSpecification$ = [3, n0, _PSCMS,
    0,
    [_MDQ],
    [() => PredictiveScalingMetricDataQueries], 1
];
var PredictiveScalingMetric$ = [3, n0, _PSM,
    0,
    [_D, _MN, _N],
    [() => PredictiveScalingMetricDimensions, 0, 0]
];
var PredictiveScalingMetricDataQuery$ = [3, n0, _PSMDQ,
    0,
    [_I, _E, _MSe, _L, _RD],
    [0, 0, () => PredictiveScalingMetricStat$, 0, 2], 1
];
var PredictiveScalingMetricDimension$ = [3, n0, _PSMD,
    0,
    [_Na, _Va],
    [0, 0], 2
];
var PredictiveScalingMetricSpecification$ = [3, n0, _PSMS,
    0,
    [_TV, _PMPS, _PSMSr, _PLMS, _CSMS, _CLMS, _CCMS],
    [1, () => PredictiveScalingPredefinedMetricPairSpecification$, () => PredictiveScalingPredefinedScalingMetricSpecification$, () => PredictiveScalingPredefinedLoadMetricSpecification$, () => PredictiveScalingCustomizedMetricSpecification$, () => PredictiveScalingCustomizedMetricSpecification$, () => PredictiveScalingCustomizedMetricSpecification$], 1
];
var PredictiveScalingMetricStat$ = [3, n0, _PSMSre,
    0,
    [_Met, _St, _U],
    [() => PredictiveScalingMetric$, 0, 0], 2
];
var PredictiveScalingPolicyConfiguration$ = [3, n0, _PSPC,
    0,
    [_MSet, _Mo, _SBT, _MCBB, _MCB],
    [() => PredictiveScalingMetricSpecifications, 0, 1, 0, 1], 1
];
var PredictiveScalingPredefinedLoadMetricSpecification$ = [3, n0, _PSPLMS,
    0,
    [_PMT, _RL],
    [0, 0], 1
];
var PredictiveScalingPredefinedMetricPairSpecification$ = [3, n0, _PSPMPS,
    0,
    [_PMT, _RL],
    [0, 0], 1
];
var PredictiveScalingPredefinedScalingMetricSpecification$ = [3, n0, _PSPSMS,
    0,
    [_PMT, _RL],
    [0, 0], 1
];
var PutScalingPolicyRequest$ = [3, n0, _PSPR,
    0,
    [_PN, _SN, _RI, _SD, _PT, _SSPC, _TTSPC, _PSPC],
    [0, 0, 0, 0, 0, () => StepScalingPolicyConfiguration$, () => TargetTrackingScalingPolicyConfiguration$, () => PredictiveScalingPolicyConfiguration$], 4
];
var PutScalingPolicyResponse$ = [3, n0, _PSPRu,
    0,
    [_PARN, _Al],
    [0, () => Alarms], 1
];
var PutScheduledActionRequest$ = [3, n0, _PSAR,
    0,
    [_SN, _SAN, _RI, _SD, _Sc, _Ti, _STt, _ET, _STA],
    [0, 0, 0, 0, 0, 0, 4, 4, () => ScalableTargetAction$], 4
];
var PutScheduledActionResponse$ = [3, n0, _PSARu,
    0,
    [],
    []
];
var RegisterScalableTargetRequest$ = [3, n0, _RSTR,
    0,
    [_SN, _RI, _SD, _MCi, _MC, _RARNo, _SS, _Ta],
    [0, 0, 0, 1, 1, 0, () => SuspendedState$, 128 | 0], 3
];
var RegisterScalableTargetResponse$ = [3, n0, _RSTRe,
    0,
    [_STARN],
    [0]
];
var ScalableTarget$ = [3, n0, _STc,
    0,
    [_SN, _RI, _SD, _MCi, _MC, _RARNo, _CT, _PC, _SS, _STARN],
    [0, 0, 0, 1, 1, 0, 4, 1, () => SuspendedState$, 0], 7
];
var ScalableTargetAction$ = [3, n0, _STA,
    0,
    [_MCi, _MC],
    [1, 1]
];
var ScalingActivity$ = [3, n0, _SAca,
    0,
    [_AI, _SN, _RI, _SD, _De, _Ca, _STt, _SC, _ET, _SM, _Det, _NSRo],
    [0, 0, 0, 0, 0, 0, 4, 0, 4, 0, 0, () => NotScaledReasons], 8
];
var ScalingPolicy$ = [3, n0, _SPc,
    0,
    [_PARN, _PN, _SN, _RI, _SD, _PT, _CT, _SSPC, _TTSPC, _PSPC, _Al],
    [0, 0, 0, 0, 0, 0, 4, () => StepScalingPolicyConfiguration$, () => TargetTrackingScalingPolicyConfiguration$, () => PredictiveScalingPolicyConfiguration$, () => Alarms], 7
];
var ScheduledAction$ = [3, n0, _SAch,
    0,
    [_SAN, _SAARN, _SN, _Sc, _RI, _CT, _Ti, _SD, _STt, _ET, _STA],
    [0, 0, 0, 0, 0, 4, 0, 0, 4, 4, () => ScalableTargetAction$], 6
];
var StepAdjustment$ = [3, n0, _SAt,
    0,
    [_SAcal, _MILB, _MIUB],
    [1, 1, 1], 1
];
var StepScalingPolicyConfiguration$ = [3, n0, _SSPC,
    0,
    [_AT, _SAte, _MAM, _Co, _MAT],
    [0, () => StepAdjustments, 1, 1, 0]
];
var SuspendedState$ = [3, n0, _SS,
    0,
    [_DSIS, _DSOS, _SSS],
    [2, 2, 2]
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RARN, _Ta],
    [0, 128 | 0], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TargetTrackingMetric$ = [3, n0, _TTM,
    0,
    [_D, _MN, _N],
    [() => TargetTrackingMetricDimensions, 0, 0]
];
var TargetTrackingMetricDataQuery$ = [3, n0, _TTMDQ,
    0,
    [_I, _E, _L, _MSe, _RD],
    [0, 0, 0, () => TargetTrackingMetricStat$, 2], 1
];
var TargetTrackingMetricDimension$ = [3, n0, _TTMD,
    0,
    [_Na, _Va],
    [0, 0], 2
];
var TargetTrackingMetricStat$ = [3, n0, _TTMS,
    0,
    [_Met, _St, _U],
    [() => TargetTrackingMetric$, 0, 0], 2
];
var TargetTrackingScalingPolicyConfiguration$ = [3, n0, _TTSPC,
    0,
    [_TV, _PMS, _CMS, _SOC, _SIC, _DSI],
    [1, () => PredefinedMetricSpecification$, () => CustomizedMetricSpecification$, 1, 1, 2], 1
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RARN, _TK],
    [0, 64 | 0], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var Alarms = [1, n0, _Al,
    0, () => Alarm$
];
var LoadForecasts = [1, n0, _LFo,
    0, () => LoadForecast$
];
var MetricDimensions = [1, n0, _MDe,
    0, () => MetricDimension$
];
var NotScaledReasons = [1, n0, _NSRo,
    0, () => NotScaledReason$
];
var PredictiveScalingMetricDataQueries = [1, n0, _PSMDQr,
    0, () => PredictiveScalingMetricDataQuery$
];
var PredictiveScalingMetricDimensions = [1, n0, _PSMDr,
    0, () => PredictiveScalingMetricDimension$
];
var PredictiveScalingMetricSpecifications = [1, n0, _PSMSred,
    0, () => PredictiveScalingMetricSpecification$
];
var ScalableTargets = [1, n0, _ST,
    0, () => ScalableTarget$
];
var ScalingActivities = [1, n0, _SA,
    0, () => ScalingActivity$
];
var ScalingPolicies = [1, n0, _SP,
    0, () => ScalingPolicy$
];
var ScheduledActions = [1, n0, _SAc,
    0, () => ScheduledAction$
];
var StepAdjustments = [1, n0, _SAte,
    0, () => StepAdjustment$
];
var TargetTrackingMetricDataQueries = [1, n0, _TTMDQa,
    0, () => TargetTrackingMetricDataQuery$
];
var TargetTrackingMetricDimensions = [1, n0, _TTMDa,
    0, () => TargetTrackingMetricDimension$
];
var DeleteScalingPolicy$ = [9, n0, _DSP,
    0, () => DeleteScalingPolicyRequest$, () => DeleteScalingPolicyResponse$
];
var DeleteScheduledAction$ = [9, n0, _DSA,
    0, () => DeleteScheduledActionRequest$, () => DeleteScheduledActionResponse$
];
var DeregisterScalableTarget$ = [9, n0, _DST,
    0, () => DeregisterScalableTargetRequest$, () => DeregisterScalableTargetResponse$
];
var DescribeScalableTargets$ = [9, n0, _DSTe,
    0, () => DescribeScalableTargetsRequest$, () => DescribeScalableTargetsResponse$
];
var DescribeScalingActivities$ = [9, n0, _DSAe,
    0, () => DescribeScalingActivitiesRequest$, () => DescribeScalingActivitiesResponse$
];
var DescribeScalingPolicies$ = [9, n0, _DSPe,
    0, () => DescribeScalingPoliciesRequest$, () => DescribeScalingPoliciesResponse$
];
var DescribeScheduledActions$ = [9, n0, _DSAes,
    0, () => DescribeScheduledActionsRequest$, () => DescribeScheduledActionsResponse$
];
var GetPredictiveScalingForecast$ = [9, n0, _GPSF,
    0, () => GetPredictiveScalingForecastRequest$, () => GetPredictiveScalingForecastResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var PutScalingPolicy$ = [9, n0, _PSP,
    0, () => PutScalingPolicyRequest$, () => PutScalingPolicyResponse$
];
var PutScheduledAction$ = [9, n0, _PSA,
    0, () => PutScheduledActionRequest$, () => PutScheduledActionResponse$
];
var RegisterScalableTarget$ = [9, n0, _RST,
    0, () => RegisterScalableTargetRequest$, () => RegisterScalableTargetResponse$
];
var TagResource$ = [9, n0, _TR,
    0, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceRequest$, () => UntagResourceResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2016-02-06",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultApplicationAutoScalingHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.applicationautoscaling",
            errorTypeRegistries,
            version: "2016-02-06",
            serviceTarget: "AnyScaleFrontendService",
        },
        serviceId: config?.serviceId ?? "Application Auto Scaling",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class ApplicationAutoScalingClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultApplicationAutoScalingHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AnyScaleFrontendService", "ApplicationAutoScalingClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class DeleteScalingPolicyCommand extends command(_ep0, _mw0, "DeleteScalingPolicy", DeleteScalingPolicy$) {
}

class DeleteScheduledActionCommand extends command(_ep0, _mw0, "DeleteScheduledAction", DeleteScheduledAction$) {
}

class DeregisterScalableTargetCommand extends command(_ep0, _mw0, "DeregisterScalableTarget", DeregisterScalableTarget$) {
}

class DescribeScalableTargetsCommand extends command(_ep0, _mw0, "DescribeScalableTargets", DescribeScalableTargets$) {
}

class DescribeScalingActivitiesCommand extends command(_ep0, _mw0, "DescribeScalingActivities", DescribeScalingActivities$) {
}

class DescribeScalingPoliciesCommand extends command(_ep0, _mw0, "DescribeScalingPolicies", DescribeScalingPolicies$) {
}

class DescribeScheduledActionsCommand extends command(_ep0, _mw0, "DescribeScheduledActions", DescribeScheduledActions$) {
}

class GetPredictiveScalingForecastCommand extends command(_ep0, _mw0, "GetPredictiveScalingForecast", GetPredictiveScalingForecast$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class PutScalingPolicyCommand extends command(_ep0, _mw0, "PutScalingPolicy", PutScalingPolicy$) {
}

class PutScheduledActionCommand extends command(_ep0, _mw0, "PutScheduledAction", PutScheduledAction$) {
}

class RegisterScalableTargetCommand extends command(_ep0, _mw0, "RegisterScalableTarget", RegisterScalableTarget$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

const paginateDescribeScalableTargets = createPaginator(ApplicationAutoScalingClient, DescribeScalableTargetsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeScalingActivities = createPaginator(ApplicationAutoScalingClient, DescribeScalingActivitiesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeScalingPolicies = createPaginator(ApplicationAutoScalingClient, DescribeScalingPoliciesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeScheduledActions = createPaginator(ApplicationAutoScalingClient, DescribeScheduledActionsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    DeleteScalingPolicyCommand,
    DeleteScheduledActionCommand,
    DeregisterScalableTargetCommand,
    DescribeScalableTargetsCommand,
    DescribeScalingActivitiesCommand,
    DescribeScalingPoliciesCommand,
    DescribeScheduledActionsCommand,
    GetPredictiveScalingForecastCommand,
    ListTagsForResourceCommand,
    PutScalingPolicyCommand,
    PutScheduledActionCommand,
    RegisterScalableTargetCommand,
    TagResourceCommand,
    UntagResourceCommand,
};
const paginators = {
    paginateDescribeScalableTargets,
    paginateDescribeScalingActivities,
    paginateDescribeScalingPolicies,
    paginateDescribeScheduledActions,
};
class ApplicationAutoScaling extends ApplicationAutoScalingClient {
}
createAggregatedClient(commands, ApplicationAutoScaling, { paginators });

const AdjustmentType = {
    ChangeInCapacity: "ChangeInCapacity",
    ExactCapacity: "ExactCapacity",
    PercentChangeInCapacity: "PercentChangeInCapacity",
};
const ScalableDimension = {
    AppstreamFleetDesiredCapacity: "appstream:fleet:DesiredCapacity",
    CassandraTableReadCapacityUnits: "cassandra:table:ReadCapacityUnits",
    CassandraTableWriteCapacityUnits: "cassandra:table:WriteCapacityUnits",
    ComprehendDocClassifierEndpointInferenceUnits: "comprehend:document-classifier-endpoint:DesiredInferenceUnits",
    ComprehendEntityRecognizerEndpointInferenceUnits: "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits",
    CustomResourceScalableDimension: "custom-resource:ResourceType:Property",
    DynamoDBIndexReadCapacityUnits: "dynamodb:index:ReadCapacityUnits",
    DynamoDBIndexWriteCapacityUnits: "dynamodb:index:WriteCapacityUnits",
    DynamoDBTableReadCapacityUnits: "dynamodb:table:ReadCapacityUnits",
    DynamoDBTableWriteCapacityUnits: "dynamodb:table:WriteCapacityUnits",
    EC2SpotFleetRequestTargetCapacity: "ec2:spot-fleet-request:TargetCapacity",
    ECSServiceDesiredCount: "ecs:service:DesiredCount",
    EMRInstanceGroupInstanceCount: "elasticmapreduce:instancegroup:InstanceCount",
    ElastiCacheCacheClusterNodes: "elasticache:cache-cluster:Nodes",
    ElastiCacheReplicationGroupNodeGroups: "elasticache:replication-group:NodeGroups",
    ElastiCacheReplicationGroupReplicas: "elasticache:replication-group:Replicas",
    KafkaBrokerStorageVolumeSize: "kafka:broker-storage:VolumeSize",
    LambdaFunctionProvisionedConcurrency: "lambda:function:ProvisionedConcurrency",
    NeptuneClusterReadReplicaCount: "neptune:cluster:ReadReplicaCount",
    RDSClusterReadReplicaCount: "rds:cluster:ReadReplicaCount",
    SageMakerInferenceComponentDesiredCopyCount: "sagemaker:inference-component:DesiredCopyCount",
    SageMakerVariantDesiredInstanceCount: "sagemaker:variant:DesiredInstanceCount",
    SageMakerVariantDesiredProvisionedConcurrency: "sagemaker:variant:DesiredProvisionedConcurrency",
    WorkSpacesWorkSpacesPoolDesiredUserSessions: "workspaces:workspacespool:DesiredUserSessions",
};
const ServiceNamespace = {
    APPSTREAM: "appstream",
    CASSANDRA: "cassandra",
    COMPREHEND: "comprehend",
    CUSTOM_RESOURCE: "custom-resource",
    DYNAMODB: "dynamodb",
    EC2: "ec2",
    ECS: "ecs",
    ELASTICACHE: "elasticache",
    EMR: "elasticmapreduce",
    KAFKA: "kafka",
    LAMBDA: "lambda",
    NEPTUNE: "neptune",
    RDS: "rds",
    SAGEMAKER: "sagemaker",
    WORKSPACES: "workspaces",
};
const ScalingActivityStatusCode = {
    Failed: "Failed",
    InProgress: "InProgress",
    Overridden: "Overridden",
    Pending: "Pending",
    Successful: "Successful",
    Unfulfilled: "Unfulfilled",
};
const PolicyType = {
    PredictiveScaling: "PredictiveScaling",
    StepScaling: "StepScaling",
    TargetTrackingScaling: "TargetTrackingScaling",
};
const PredictiveScalingMaxCapacityBreachBehavior = {
    HonorMaxCapacity: "HonorMaxCapacity",
    IncreaseMaxCapacity: "IncreaseMaxCapacity",
};
const PredictiveScalingMode = {
    ForecastAndScale: "ForecastAndScale",
    ForecastOnly: "ForecastOnly",
};
const MetricAggregationType = {
    Average: "Average",
    Maximum: "Maximum",
    Minimum: "Minimum",
};
const MetricStatistic = {
    Average: "Average",
    Maximum: "Maximum",
    Minimum: "Minimum",
    SampleCount: "SampleCount",
    Sum: "Sum",
};
const MetricType = {
    ALBRequestCountPerTarget: "ALBRequestCountPerTarget",
    AppStreamAverageCapacityUtilization: "AppStreamAverageCapacityUtilization",
    CassandraReadCapacityUtilization: "CassandraReadCapacityUtilization",
    CassandraWriteCapacityUtilization: "CassandraWriteCapacityUtilization",
    ComprehendInferenceUtilization: "ComprehendInferenceUtilization",
    DynamoDBReadCapacityUtilization: "DynamoDBReadCapacityUtilization",
    DynamoDBWriteCapacityUtilization: "DynamoDBWriteCapacityUtilization",
    EC2SpotFleetRequestAverageCPUUtilization: "EC2SpotFleetRequestAverageCPUUtilization",
    EC2SpotFleetRequestAverageNetworkIn: "EC2SpotFleetRequestAverageNetworkIn",
    EC2SpotFleetRequestAverageNetworkOut: "EC2SpotFleetRequestAverageNetworkOut",
    ECSServiceAverageCPUUtilization: "ECSServiceAverageCPUUtilization",
    ECSServiceAverageCPUUtilizationHighResolution: "ECSServiceAverageCPUUtilizationHighResolution",
    ECSServiceAverageMemoryUtilization: "ECSServiceAverageMemoryUtilization",
    ECSServiceAverageMemoryUtilizationHighResolution: "ECSServiceAverageMemoryUtilizationHighResolution",
    ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage: "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage",
    ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage: "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage",
    ElastiCacheDatabaseMemoryUsagePercentage: "ElastiCacheDatabaseMemoryUsagePercentage",
    ElastiCacheEngineCPUUtilization: "ElastiCacheEngineCPUUtilization",
    ElastiCachePrimaryEngineCPUUtilization: "ElastiCachePrimaryEngineCPUUtilization",
    ElastiCacheReplicaEngineCPUUtilization: "ElastiCacheReplicaEngineCPUUtilization",
    KafkaBrokerStorageUtilization: "KafkaBrokerStorageUtilization",
    LambdaProvisionedConcurrencyUtilization: "LambdaProvisionedConcurrencyUtilization",
    NeptuneReaderAverageCPUUtilization: "NeptuneReaderAverageCPUUtilization",
    RDSReaderAverageCPUUtilization: "RDSReaderAverageCPUUtilization",
    RDSReaderAverageDatabaseConnections: "RDSReaderAverageDatabaseConnections",
    SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution: "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution",
    SageMakerInferenceComponentInvocationsPerCopy: "SageMakerInferenceComponentInvocationsPerCopy",
    SageMakerVariantConcurrentRequestsPerModelHighResolution: "SageMakerVariantConcurrentRequestsPerModelHighResolution",
    SageMakerVariantInvocationsPerInstance: "SageMakerVariantInvocationsPerInstance",
    SageMakerVariantProvisionedConcurrencyUtilization: "SageMakerVariantProvisionedConcurrencyUtilization",
    WorkSpacesAverageUserSessionsCapacityUtilization: "WorkSpacesAverageUserSessionsCapacityUtilization",
};

exports.AdjustmentType = AdjustmentType;
exports.Alarm$ = Alarm$;
exports.ApplicationAutoScaling = ApplicationAutoScaling;
exports.ApplicationAutoScalingClient = ApplicationAutoScalingClient;
exports.ApplicationAutoScalingServiceException = ApplicationAutoScalingServiceException;
exports.ApplicationAutoScalingServiceException$ = ApplicationAutoScalingServiceException$;
exports.CapacityForecast$ = CapacityForecast$;
exports.ConcurrentUpdateException = ConcurrentUpdateException;
exports.ConcurrentUpdateException$ = ConcurrentUpdateException$;
exports.CustomizedMetricSpecification$ = CustomizedMetricSpecification$;
exports.DeleteScalingPolicy$ = DeleteScalingPolicy$;
exports.DeleteScalingPolicyCommand = DeleteScalingPolicyCommand;
exports.DeleteScalingPolicyRequest$ = DeleteScalingPolicyRequest$;
exports.DeleteScalingPolicyResponse$ = DeleteScalingPolicyResponse$;
exports.DeleteScheduledAction$ = DeleteScheduledAction$;
exports.DeleteScheduledActionCommand = DeleteScheduledActionCommand;
exports.DeleteScheduledActionRequest$ = DeleteScheduledActionRequest$;
exports.DeleteScheduledActionResponse$ = DeleteScheduledActionResponse$;
exports.DeregisterScalableTarget$ = DeregisterScalableTarget$;
exports.DeregisterScalableTargetCommand = DeregisterScalableTargetCommand;
exports.DeregisterScalableTargetRequest$ = DeregisterScalableTargetRequest$;
exports.DeregisterScalableTargetResponse$ = DeregisterScalableTargetResponse$;
exports.DescribeScalableTargets$ = DescribeScalableTargets$;
exports.DescribeScalableTargetsCommand = DescribeScalableTargetsCommand;
exports.DescribeScalableTargetsRequest$ = DescribeScalableTargetsRequest$;
exports.DescribeScalableTargetsResponse$ = DescribeScalableTargetsResponse$;
exports.DescribeScalingActivities$ = DescribeScalingActivities$;
exports.DescribeScalingActivitiesCommand = DescribeScalingActivitiesCommand;
exports.DescribeScalingActivitiesRequest$ = DescribeScalingActivitiesRequest$;
exports.DescribeScalingActivitiesResponse$ = DescribeScalingActivitiesResponse$;
exports.DescribeScalingPolicies$ = DescribeScalingPolicies$;
exports.DescribeScalingPoliciesCommand = DescribeScalingPoliciesCommand;
exports.DescribeScalingPoliciesRequest$ = DescribeScalingPoliciesRequest$;
exports.DescribeScalingPoliciesResponse$ = DescribeScalingPoliciesResponse$;
exports.DescribeScheduledActions$ = DescribeScheduledActions$;
exports.DescribeScheduledActionsCommand = DescribeScheduledActionsCommand;
exports.DescribeScheduledActionsRequest$ = DescribeScheduledActionsRequest$;
exports.DescribeScheduledActionsResponse$ = DescribeScheduledActionsResponse$;
exports.FailedResourceAccessException = FailedResourceAccessException;
exports.FailedResourceAccessException$ = FailedResourceAccessException$;
exports.GetPredictiveScalingForecast$ = GetPredictiveScalingForecast$;
exports.GetPredictiveScalingForecastCommand = GetPredictiveScalingForecastCommand;
exports.GetPredictiveScalingForecastRequest$ = GetPredictiveScalingForecastRequest$;
exports.GetPredictiveScalingForecastResponse$ = GetPredictiveScalingForecastResponse$;
exports.InternalServiceException = InternalServiceException;
exports.InternalServiceException$ = InternalServiceException$;
exports.InvalidNextTokenException = InvalidNextTokenException;
exports.InvalidNextTokenException$ = InvalidNextTokenException$;
exports.LimitExceededException = LimitExceededException;
exports.LimitExceededException$ = LimitExceededException$;
exports.ListTagsForResource$ = ListTagsForResource$;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
exports.LoadForecast$ = LoadForecast$;
exports.MetricAggregationType = MetricAggregationType;
exports.MetricDimension$ = MetricDimension$;
exports.MetricStatistic = MetricStatistic;
exports.MetricType = MetricType;
exports.NotScaledReason$ = NotScaledReason$;
exports.ObjectNotFoundException = ObjectNotFoundException;
exports.ObjectNotFoundException$ = ObjectNotFoundException$;
exports.PolicyType = PolicyType;
exports.PredefinedMetricSpecification$ = PredefinedMetricSpecification$;
exports.PredictiveScalingCustomizedMetricSpecification$ = PredictiveScalingCustomizedMetricSpecification$;
exports.PredictiveScalingMaxCapacityBreachBehavior = PredictiveScalingMaxCapacityBreachBehavior;
exports.PredictiveScalingMetric$ = PredictiveScalingMetric$;
exports.PredictiveScalingMetricDataQuery$ = PredictiveScalingMetricDataQuery$;
exports.PredictiveScalingMetricDimension$ = PredictiveScalingMetricDimension$;
exports.PredictiveScalingMetricSpecification$ = PredictiveScalingMetricSpecification$;
exports.PredictiveScalingMetricStat$ = PredictiveScalingMetricStat$;
exports.PredictiveScalingMode = PredictiveScalingMode;
exports.PredictiveScalingPolicyConfiguration$ = PredictiveScalingPolicyConfiguration$;
exports.PredictiveScalingPredefinedLoadMetricSpecification$ = PredictiveScalingPredefinedLoadMetricSpecification$;
exports.PredictiveScalingPredefinedMetricPairSpecification$ = PredictiveScalingPredefinedMetricPairSpecification$;
exports.PredictiveScalingPredefinedScalingMetricSpecification$ = PredictiveScalingPredefinedScalingMetricSpecification$;
exports.PutScalingPolicy$ = PutScalingPolicy$;
exports.PutScalingPolicyCommand = PutScalingPolicyCommand;
exports.PutScalingPolicyRequest$ = PutScalingPolicyRequest$;
exports.PutScalingPolicyResponse$ = PutScalingPolicyResponse$;
exports.PutScheduledAction$ = PutScheduledAction$;
exports.PutScheduledActionCommand = PutScheduledActionCommand;
exports.PutScheduledActionRequest$ = PutScheduledActionRequest$;
exports.PutScheduledActionResponse$ = PutScheduledActionResponse$;
exports.RegisterScalableTarget$ = RegisterScalableTarget$;
exports.RegisterScalableTargetCommand = RegisterScalableTargetCommand;
exports.RegisterScalableTargetRequest$ = RegisterScalableTargetRequest$;
exports.RegisterScalableTargetResponse$ = RegisterScalableTargetResponse$;
exports.ResourceNotFoundException = ResourceNotFoundException;
exports.ResourceNotFoundException$ = ResourceNotFoundException$;
exports.ScalableDimension = ScalableDimension;
exports.ScalableTarget$ = ScalableTarget$;
exports.ScalableTargetAction$ = ScalableTargetAction$;
exports.ScalingActivity$ = ScalingActivity$;
exports.ScalingActivityStatusCode = ScalingActivityStatusCode;
exports.ScalingPolicy$ = ScalingPolicy$;
exports.ScheduledAction$ = ScheduledAction$;
exports.ServiceNamespace = ServiceNamespace;
exports.StepAdjustment$ = StepAdjustment$;
exports.StepScalingPolicyConfiguration$ = StepScalingPolicyConfiguration$;
exports.SuspendedState$ = SuspendedState$;
exports.TagResource$ = TagResource$;
exports.TagResourceCommand = TagResourceCommand;
exports.TagResourceRequest$ = TagResourceRequest$;
exports.TagResourceResponse$ = TagResourceResponse$;
exports.TargetTrackingMetric$ = TargetTrackingMetric$;
exports.TargetTrackingMetricDataQuery$ = TargetTrackingMetricDataQuery$;
exports.TargetTrackingMetricDimension$ = TargetTrackingMetricDimension$;
exports.TargetTrackingMetricStat$ = TargetTrackingMetricStat$;
exports.TargetTrackingScalingPolicyConfiguration$ = TargetTrackingScalingPolicyConfiguration$;
exports.TooManyTagsException = TooManyTagsException;
exports.TooManyTagsException$ = TooManyTagsException$;
exports.UntagResource$ = UntagResource$;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UntagResourceRequest$ = UntagResourceRequest$;
exports.UntagResourceResponse$ = UntagResourceResponse$;
exports.ValidationException = ValidationException;
exports.ValidationException$ = ValidationException$;
exports.errorTypeRegistries = errorTypeRegistries;
exports.paginateDescribeScalableTargets = paginateDescribeScalableTargets;
exports.paginateDescribeScalingActivities = paginateDescribeScalingActivities;
exports.paginateDescribeScalingPolicies = paginateDescribeScalingPolicies;
exports.paginateDescribeScheduledActions = paginateDescribeScheduledActions;


/***/ })

};

//# sourceMappingURL=491.index.js.map