export const id = 1;
export const ids = [1];
export const modules = {

/***/ 3001:
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

const defaultBudgetsHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "budgets",
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
const defaultBudgetsHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "budgets",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1123.0";
var packageInfo = {
	version: version};

const n = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = "sigv4", i = { [n]: "Endpoint" }, j = { [n]: d }, k = { "fn": f, "argv": [j, "name"] }, l = { "authSchemes": [{ "name": h, "signingRegion": "{PartitionResult#implicitGlobalRegion}" }] }, m = [{ [n]: "Region" }];
const _data = {
    conditions: [
        [c, [i]],
        [c, m],
        ["aws.partition", m, d],
        [e, [{ [n]: "UseFIPS" }, b]],
        [e, [{ fn: f, argv: [j, "supportsFIPS"] }, b]],
        [e, [{ [n]: "UseDualStack" }, b]],
        [g, [k, "aws-iso-b"]],
        [g, [k, "aws-iso-e"]],
        [g, [k, "aws"]],
        [g, [k, "aws-iso-f"]],
        [g, [k, "aws-eusc"]],
        [e, [{ fn: f, argv: [j, "supportsDualStack"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [i, {}],
        ["https://budgets.us-east-1.api.aws", { authSchemes: [{ name: h, signingRegion: "us-east-1" }] }],
        ["https://budgets.global.sc2s.sgov.gov", { authSchemes: [{ name: h, signingRegion: "us-isob-east-1" }] }],
        ["https://budgets.global.cloud.adc-e.uk", { authSchemes: [{ name: h, signingRegion: "eu-isoe-west-1" }] }],
        ["https://budgets.global.csp.hci.ic.gov", { authSchemes: [{ name: h, signingRegion: "us-isof-south-1" }] }],
        ["https://budgets.eusc-de-east-1.api.amazonwebservices.eu", { authSchemes: [{ name: h, signingRegion: "eusc-de-east-1" }] }],
        ["https://budgets-fips.{PartitionResult#dualStackDnsSuffix}", l],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://budgets-fips.{PartitionResult#dnsSuffix}", l],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://budgets.{PartitionResult#dualStackDnsSuffix}", l],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://budgets.{PartitionResult#dnsSuffix}", l],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 18, 3,
    1, 4, r + 16,
    2, 5, r + 16,
    3, 14, 6,
    5, 11, 7,
    6, r + 5, 8,
    7, r + 6, 9,
    9, r + 7, 10,
    10, r + 8, r + 15,
    8, r + 4, 12,
    10, r + 8, 13,
    11, r + 13, r + 14,
    4, 16, 15,
    5, r + 10, r + 12,
    5, 17, r + 11,
    11, r + 9, r + 10,
    3, r + 1, 19,
    5, r + 2, r + 3,
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

class BudgetsServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, BudgetsServiceException.prototype);
    }
}

class AccessDeniedException extends BudgetsServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
class BillingViewHealthStatusException extends BudgetsServiceException {
    name = "BillingViewHealthStatusException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "BillingViewHealthStatusException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, BillingViewHealthStatusException.prototype);
        this.Message = opts.Message;
    }
}
class CreationLimitExceededException extends BudgetsServiceException {
    name = "CreationLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CreationLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CreationLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateRecordException extends BudgetsServiceException {
    name = "DuplicateRecordException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateRecordException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateRecordException.prototype);
        this.Message = opts.Message;
    }
}
class InternalErrorException extends BudgetsServiceException {
    name = "InternalErrorException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalErrorException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalErrorException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidParameterException extends BudgetsServiceException {
    name = "InvalidParameterException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
        this.Message = opts.Message;
    }
}
class NotFoundException extends BudgetsServiceException {
    name = "NotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "NotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ServiceQuotaExceededException extends BudgetsServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
    }
}
class ThrottlingException extends BudgetsServiceException {
    name = "ThrottlingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceLockedException extends BudgetsServiceException {
    name = "ResourceLockedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceLockedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceLockedException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidNextTokenException extends BudgetsServiceException {
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
class ExpiredNextTokenException extends BudgetsServiceException {
    name = "ExpiredNextTokenException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ExpiredNextTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ExpiredNextTokenException.prototype);
        this.Message = opts.Message;
    }
}

const _A = "Action";
const _AA = "ActualAmount";
const _AAD = "AutoAdjustData";
const _AAT = "AutoAdjustType";
const _ADE = "AccessDeniedException";
const _AH = "ActionHistory";
const _AHD = "ActionHistoryDetails";
const _AHc = "ActionHistories";
const _AI = "ActionId";
const _AIc = "AccountId";
const _AM = "ApprovalModel";
const _AS = "ActualSpend";
const _AST = "ActionSubType";
const _AT = "ActionType";
const _ATT = "ActionThresholdType";
const _ATV = "ActionThresholdValue";
const _ATc = "ActionThreshold";
const _Ac = "Actions";
const _Ad = "Address";
const _Am = "Amount";
const _An = "And";
const _B = "Budget";
const _BA = "BudgetedAmount";
const _BAAA = "BudgetedAndActualAmounts";
const _BAAAL = "BudgetedAndActualAmountsList";
const _BAP = "BudgetAdjustmentPeriod";
const _BL = "BudgetLimit";
const _BN = "BudgetName";
const _BNFA = "BudgetNotificationsForAccount";
const _BNFAL = "BudgetNotificationsForAccountList";
const _BPH = "BudgetPerformanceHistory";
const _BT = "BudgetType";
const _BVA = "BillingViewArn";
const _BVHSE = "BillingViewHealthStatusException";
const _Bu = "Budgets";
const _CB = "CreateBudget";
const _CBA = "CreateBudgetAction";
const _CBAR = "CreateBudgetActionRequest";
const _CBARr = "CreateBudgetActionResponse";
const _CBR = "CreateBudgetRequest";
const _CBRr = "CreateBudgetResponse";
const _CC = "CostCategories";
const _CCV = "CostCategoryValues";
const _CF = "CostFilters";
const _CLEE = "CreationLimitExceededException";
const _CN = "CreateNotification";
const _CNR = "CreateNotificationRequest";
const _CNRr = "CreateNotificationResponse";
const _CO = "ComparisonOperator";
const _CS = "CalculatedSpend";
const _CSR = "CreateSubscriberRequest";
const _CSRr = "CreateSubscriberResponse";
const _CSr = "CreateSubscriber";
const _CT = "CostTypes";
const _D = "Definition";
const _DB = "DeleteBudget";
const _DBA = "DeleteBudgetAction";
const _DBAFA = "DescribeBudgetActionsForAccount";
const _DBAFAR = "DescribeBudgetActionsForAccountRequest";
const _DBAFARe = "DescribeBudgetActionsForAccountResponse";
const _DBAFB = "DescribeBudgetActionsForBudget";
const _DBAFBR = "DescribeBudgetActionsForBudgetRequest";
const _DBAFBRe = "DescribeBudgetActionsForBudgetResponse";
const _DBAH = "DescribeBudgetActionHistories";
const _DBAHR = "DescribeBudgetActionHistoriesRequest";
const _DBAHRe = "DescribeBudgetActionHistoriesResponse";
const _DBAR = "DeleteBudgetActionRequest";
const _DBARe = "DeleteBudgetActionResponse";
const _DBARes = "DescribeBudgetActionRequest";
const _DBAResc = "DescribeBudgetActionResponse";
const _DBAe = "DescribeBudgetAction";
const _DBNFA = "DescribeBudgetNotificationsForAccount";
const _DBNFAR = "DescribeBudgetNotificationsForAccountRequest";
const _DBNFARe = "DescribeBudgetNotificationsForAccountResponse";
const _DBPH = "DescribeBudgetPerformanceHistory";
const _DBPHR = "DescribeBudgetPerformanceHistoryRequest";
const _DBPHRe = "DescribeBudgetPerformanceHistoryResponse";
const _DBR = "DeleteBudgetRequest";
const _DBRe = "DeleteBudgetResponse";
const _DBRes = "DescribeBudgetRequest";
const _DBResc = "DescribeBudgetResponse";
const _DBRescr = "DescribeBudgetsRequest";
const _DBRescri = "DescribeBudgetsResponse";
const _DBe = "DescribeBudget";
const _DBes = "DescribeBudgets";
const _DN = "DeleteNotification";
const _DNFB = "DescribeNotificationsForBudget";
const _DNFBR = "DescribeNotificationsForBudgetRequest";
const _DNFBRe = "DescribeNotificationsForBudgetResponse";
const _DNR = "DeleteNotificationRequest";
const _DNRe = "DeleteNotificationResponse";
const _DRE = "DuplicateRecordException";
const _DS = "DeleteSubscriber";
const _DSFN = "DescribeSubscribersForNotification";
const _DSFNR = "DescribeSubscribersForNotificationRequest";
const _DSFNRe = "DescribeSubscribersForNotificationResponse";
const _DSR = "DeleteSubscriberRequest";
const _DSRe = "DeleteSubscriberResponse";
const _Di = "Dimensions";
const _E = "Expression";
const _EBA = "ExecuteBudgetAction";
const _EBAR = "ExecuteBudgetActionRequest";
const _EBARx = "ExecuteBudgetActionResponse";
const _EDV = "ExpressionDimensionValues";
const _ENTE = "ExpiredNextTokenException";
const _ERA = "ExecutionRoleArn";
const _ET = "EventType";
const _ETx = "ExecutionType";
const _En = "End";
const _Ex = "Expressions";
const _FE = "FilterExpression";
const _FS = "ForecastedSpend";
const _G = "Groups";
const _HO = "HistoricalOptions";
const _HS = "HealthStatus";
const _IAD = "IamActionDefinition";
const _IC = "IncludeCredit";
const _ID = "IncludeDiscount";
const _IEE = "InternalErrorException";
const _II = "InstanceIds";
const _INTE = "InvalidNextTokenException";
const _IOS = "IncludeOtherSubscription";
const _IPE = "InvalidParameterException";
const _IR = "IncludeRefund";
const _IRn = "IncludeRecurring";
const _IS = "IncludeSubscription";
const _ISn = "IncludeSupport";
const _IT = "IncludeTax";
const _IU = "IncludeUpfront";
const _K = "Key";
const _LAAT = "LastAutoAdjustTime";
const _LBAP = "LookBackAvailablePeriods";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LUT = "LastUpdatedTime";
const _M = "Message";
const _MO = "MatchOptions";
const _MR = "MaxResults";
const _Me = "Metrics";
const _N = "Notifications";
const _NA = "NewAction";
const _NB = "NewBudget";
const _NFE = "NotFoundException";
const _NN = "NewNotification";
const _NS = "NotificationState";
const _NSe = "NewSubscriber";
const _NT = "NotificationType";
const _NTe = "NextToken";
const _NWS = "NotificationsWithSubscribers";
const _NWSL = "NotificationWithSubscribersList";
const _NWSo = "NotificationWithSubscribers";
const _No = "Notification";
const _Not = "Not";
const _O = "Or";
const _OA = "OldAction";
const _ON = "OldNotification";
const _OS = "OldSubscriber";
const _PA = "PolicyArn";
const _PBL = "PlannedBudgetLimits";
const _PI = "PolicyId";
const _R = "Roles";
const _RARN = "ResourceARN";
const _RLE = "ResourceLockedException";
const _RT = "ResourceTags";
const _RTK = "ResourceTagKeys";
const _RTL = "ResourceTagList";
const _RTe = "ResourceTag";
const _Re = "Region";
const _S = "Status";
const _SA = "SubscriberAddress";
const _SAD = "ScpActionDefinition";
const _SADs = "SsmActionDefinition";
const _SFE = "ShowFilterExpression";
const _SQEE = "ServiceQuotaExceededException";
const _SR = "StatusReason";
const _ST = "SubscriptionType";
const _Sp = "Spend";
const _St = "Start";
const _Su = "Subscribers";
const _Sub = "Subscriber";
const _T = "Timestamp";
const _TE = "ThrottlingException";
const _TI = "TargetIds";
const _TP = "TimePeriod";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TT = "ThresholdType";
const _TU = "TimeUnit";
const _TV = "TagValues";
const _Ta = "Tags";
const _Th = "Threshold";
const _U = "Users";
const _UA = "UseAmortized";
const _UB = "UseBlended";
const _UBA = "UpdateBudgetAction";
const _UBAR = "UpdateBudgetActionRequest";
const _UBARp = "UpdateBudgetActionResponse";
const _UBR = "UpdateBudgetRequest";
const _UBRp = "UpdateBudgetResponse";
const _UBp = "UpdateBudget";
const _UN = "UpdateNotification";
const _UNR = "UpdateNotificationRequest";
const _UNRp = "UpdateNotificationResponse";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _US = "UpdateSubscriber";
const _USR = "UpdateSubscriberRequest";
const _USRp = "UpdateSubscriberResponse";
const _Un = "Unit";
const _V = "Values";
const _Va = "Value";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.budgets";
const _se = "server";
const n0 = "com.amazonaws.budgets";
const _s_registry = TypeRegistry.for(_s);
var BudgetsServiceException$ = [-3, _s, "BudgetsServiceException", 0, [], []];
_s_registry.registerError(BudgetsServiceException$, BudgetsServiceException);
const n0_registry = TypeRegistry.for(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var BillingViewHealthStatusException$ = [-3, n0, _BVHSE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(BillingViewHealthStatusException$, BillingViewHealthStatusException);
var CreationLimitExceededException$ = [-3, n0, _CLEE,
    { [_e]: _c, [_hE]: 405 },
    [_M],
    [0]
];
n0_registry.registerError(CreationLimitExceededException$, CreationLimitExceededException);
var DuplicateRecordException$ = [-3, n0, _DRE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateRecordException$, DuplicateRecordException);
var ExpiredNextTokenException$ = [-3, n0, _ENTE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ExpiredNextTokenException$, ExpiredNextTokenException);
var InternalErrorException$ = [-3, n0, _IEE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(InternalErrorException$, InternalErrorException);
var InvalidNextTokenException$ = [-3, n0, _INTE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterException$ = [-3, n0, _IPE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var NotFoundException$ = [-3, n0, _NFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(NotFoundException$, NotFoundException);
var ResourceLockedException$ = [-3, n0, _RLE,
    { [_e]: _c, [_hE]: 423 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceLockedException$, ResourceLockedException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var SubscriberAddress = [0, n0, _SA, 8, 0];
var Action$ = [3, n0, _A,
    0,
    [_AI, _BN, _NT, _AT, _ATc, _D, _ERA, _AM, _S, _Su],
    [0, 0, 0, 0, () => ActionThreshold$, () => Definition$, 0, 0, 0, [() => Subscribers, 0]], 10
];
var ActionHistory$ = [3, n0, _AH,
    0,
    [_T, _S, _ET, _AHD],
    [4, 0, 0, [() => ActionHistoryDetails$, 0]], 4
];
var ActionHistoryDetails$ = [3, n0, _AHD,
    0,
    [_M, _A],
    [0, [() => Action$, 0]], 2
];
var ActionThreshold$ = [3, n0, _ATc,
    0,
    [_ATV, _ATT],
    [1, 0], 2
];
var AutoAdjustData$ = [3, n0, _AAD,
    0,
    [_AAT, _HO, _LAAT],
    [0, () => HistoricalOptions$, 4], 1
];
var Budget$ = [3, n0, _B,
    0,
    [_BN, _TU, _BT, _BL, _PBL, _CF, _CT, _TP, _CS, _LUT, _AAD, _FE, _Me, _BVA, _HS],
    [0, 0, 0, () => Spend$, () => PlannedBudgetLimits, [2, n0, _CF, 0, 0, 64 | 0], () => CostTypes$, () => TimePeriod$, () => CalculatedSpend$, 4, () => AutoAdjustData$, () => Expression$, 64 | 0, 0, () => HealthStatus$], 3
];
var BudgetedAndActualAmounts$ = [3, n0, _BAAA,
    0,
    [_BA, _AA, _TP],
    [() => Spend$, () => Spend$, () => TimePeriod$]
];
var BudgetNotificationsForAccount$ = [3, n0, _BNFA,
    0,
    [_N, _BN],
    [() => Notifications, 0]
];
var BudgetPerformanceHistory$ = [3, n0, _BPH,
    0,
    [_BN, _BT, _CF, _CT, _TU, _BVA, _BAAAL, _FE, _Me],
    [0, 0, [2, n0, _CF, 0, 0, 64 | 0], () => CostTypes$, 0, 0, () => BudgetedAndActualAmountsList, () => Expression$, 64 | 0]
];
var CalculatedSpend$ = [3, n0, _CS,
    0,
    [_AS, _FS],
    [() => Spend$, () => Spend$], 1
];
var CostCategoryValues$ = [3, n0, _CCV,
    0,
    [_K, _V, _MO],
    [0, 64 | 0, 64 | 0]
];
var CostTypes$ = [3, n0, _CT,
    0,
    [_IT, _IS, _UB, _IR, _IC, _IU, _IRn, _IOS, _ISn, _ID, _UA],
    [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]
];
var CreateBudgetActionRequest$ = [3, n0, _CBAR,
    0,
    [_AIc, _BN, _NT, _AT, _ATc, _D, _ERA, _AM, _Su, _RT],
    [0, 0, 0, 0, () => ActionThreshold$, () => Definition$, 0, 0, [() => Subscribers, 0], () => ResourceTagList], 9
];
var CreateBudgetActionResponse$ = [3, n0, _CBARr,
    0,
    [_AIc, _BN, _AI],
    [0, 0, 0], 3
];
var CreateBudgetRequest$ = [3, n0, _CBR,
    0,
    [_AIc, _B, _NWS, _RT],
    [0, () => Budget$, [() => NotificationWithSubscribersList, 0], () => ResourceTagList], 2
];
var CreateBudgetResponse$ = [3, n0, _CBRr,
    0,
    [],
    []
];
var CreateNotificationRequest$ = [3, n0, _CNR,
    0,
    [_AIc, _BN, _No, _Su],
    [0, 0, () => Notification$, [() => Subscribers, 0]], 4
];
var CreateNotificationResponse$ = [3, n0, _CNRr,
    0,
    [],
    []
];
var CreateSubscriberRequest$ = [3, n0, _CSR,
    0,
    [_AIc, _BN, _No, _Sub],
    [0, 0, () => Notification$, [() => Subscriber$, 0]], 4
];
var CreateSubscriberResponse$ = [3, n0, _CSRr,
    0,
    [],
    []
];
var Definition$ = [3, n0, _D,
    0,
    [_IAD, _SAD, _SADs],
    [() => IamActionDefinition$, () => ScpActionDefinition$, () => SsmActionDefinition$]
];
var DeleteBudgetActionRequest$ = [3, n0, _DBAR,
    0,
    [_AIc, _BN, _AI],
    [0, 0, 0], 3
];
var DeleteBudgetActionResponse$ = [3, n0, _DBARe,
    0,
    [_AIc, _BN, _A],
    [0, 0, [() => Action$, 0]], 3
];
var DeleteBudgetRequest$ = [3, n0, _DBR,
    0,
    [_AIc, _BN],
    [0, 0], 2
];
var DeleteBudgetResponse$ = [3, n0, _DBRe,
    0,
    [],
    []
];
var DeleteNotificationRequest$ = [3, n0, _DNR,
    0,
    [_AIc, _BN, _No],
    [0, 0, () => Notification$], 3
];
var DeleteNotificationResponse$ = [3, n0, _DNRe,
    0,
    [],
    []
];
var DeleteSubscriberRequest$ = [3, n0, _DSR,
    0,
    [_AIc, _BN, _No, _Sub],
    [0, 0, () => Notification$, [() => Subscriber$, 0]], 4
];
var DeleteSubscriberResponse$ = [3, n0, _DSRe,
    0,
    [],
    []
];
var DescribeBudgetActionHistoriesRequest$ = [3, n0, _DBAHR,
    0,
    [_AIc, _BN, _AI, _TP, _MR, _NTe],
    [0, 0, 0, () => TimePeriod$, 1, 0], 3
];
var DescribeBudgetActionHistoriesResponse$ = [3, n0, _DBAHRe,
    0,
    [_AHc, _NTe],
    [[() => ActionHistories, 0], 0], 1
];
var DescribeBudgetActionRequest$ = [3, n0, _DBARes,
    0,
    [_AIc, _BN, _AI],
    [0, 0, 0], 3
];
var DescribeBudgetActionResponse$ = [3, n0, _DBAResc,
    0,
    [_AIc, _BN, _A],
    [0, 0, [() => Action$, 0]], 3
];
var DescribeBudgetActionsForAccountRequest$ = [3, n0, _DBAFAR,
    0,
    [_AIc, _MR, _NTe],
    [0, 1, 0], 1
];
var DescribeBudgetActionsForAccountResponse$ = [3, n0, _DBAFARe,
    0,
    [_Ac, _NTe],
    [[() => Actions, 0], 0], 1
];
var DescribeBudgetActionsForBudgetRequest$ = [3, n0, _DBAFBR,
    0,
    [_AIc, _BN, _MR, _NTe],
    [0, 0, 1, 0], 2
];
var DescribeBudgetActionsForBudgetResponse$ = [3, n0, _DBAFBRe,
    0,
    [_Ac, _NTe],
    [[() => Actions, 0], 0], 1
];
var DescribeBudgetNotificationsForAccountRequest$ = [3, n0, _DBNFAR,
    0,
    [_AIc, _MR, _NTe],
    [0, 1, 0], 1
];
var DescribeBudgetNotificationsForAccountResponse$ = [3, n0, _DBNFARe,
    0,
    [_BNFA, _NTe],
    [() => BudgetNotificationsForAccountList, 0]
];
var DescribeBudgetPerformanceHistoryRequest$ = [3, n0, _DBPHR,
    0,
    [_AIc, _BN, _TP, _MR, _NTe],
    [0, 0, () => TimePeriod$, 1, 0], 2
];
var DescribeBudgetPerformanceHistoryResponse$ = [3, n0, _DBPHRe,
    0,
    [_BPH, _NTe],
    [() => BudgetPerformanceHistory$, 0]
];
var DescribeBudgetRequest$ = [3, n0, _DBRes,
    0,
    [_AIc, _BN, _SFE],
    [0, 0, 2], 2
];
var DescribeBudgetResponse$ = [3, n0, _DBResc,
    0,
    [_B],
    [() => Budget$]
];
var DescribeBudgetsRequest$ = [3, n0, _DBRescr,
    0,
    [_AIc, _MR, _NTe, _SFE],
    [0, 1, 0, 2], 1
];
var DescribeBudgetsResponse$ = [3, n0, _DBRescri,
    0,
    [_Bu, _NTe],
    [() => Budgets$1, 0]
];
var DescribeNotificationsForBudgetRequest$ = [3, n0, _DNFBR,
    0,
    [_AIc, _BN, _MR, _NTe],
    [0, 0, 1, 0], 2
];
var DescribeNotificationsForBudgetResponse$ = [3, n0, _DNFBRe,
    0,
    [_N, _NTe],
    [() => Notifications, 0]
];
var DescribeSubscribersForNotificationRequest$ = [3, n0, _DSFNR,
    0,
    [_AIc, _BN, _No, _MR, _NTe],
    [0, 0, () => Notification$, 1, 0], 3
];
var DescribeSubscribersForNotificationResponse$ = [3, n0, _DSFNRe,
    0,
    [_Su, _NTe],
    [[() => Subscribers, 0], 0]
];
var ExecuteBudgetActionRequest$ = [3, n0, _EBAR,
    0,
    [_AIc, _BN, _AI, _ETx],
    [0, 0, 0, 0], 4
];
var ExecuteBudgetActionResponse$ = [3, n0, _EBARx,
    0,
    [_AIc, _BN, _AI, _ETx],
    [0, 0, 0, 0], 4
];
var Expression$ = [3, n0, _E,
    0,
    [_O, _An, _Not, _Di, _Ta, _CC],
    [() => Expressions, () => Expressions, () => Expression$, () => ExpressionDimensionValues$, () => TagValues$, () => CostCategoryValues$]
];
var ExpressionDimensionValues$ = [3, n0, _EDV,
    0,
    [_K, _V, _MO],
    [0, 64 | 0, 64 | 0], 2
];
var HealthStatus$ = [3, n0, _HS,
    0,
    [_S, _SR, _LUT],
    [0, 0, 4]
];
var HistoricalOptions$ = [3, n0, _HO,
    0,
    [_BAP, _LBAP],
    [1, 1], 1
];
var IamActionDefinition$ = [3, n0, _IAD,
    0,
    [_PA, _R, _G, _U],
    [0, 64 | 0, 64 | 0, 64 | 0], 1
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RARN],
    [0], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_RT],
    [() => ResourceTagList]
];
var Notification$ = [3, n0, _No,
    0,
    [_NT, _CO, _Th, _TT, _NS],
    [0, 0, 1, 0, 0], 3
];
var NotificationWithSubscribers$ = [3, n0, _NWSo,
    0,
    [_No, _Su],
    [() => Notification$, [() => Subscribers, 0]], 2
];
var ResourceTag$ = [3, n0, _RTe,
    0,
    [_K, _Va],
    [0, 0], 2
];
var ScpActionDefinition$ = [3, n0, _SAD,
    0,
    [_PI, _TI],
    [0, 64 | 0], 2
];
var Spend$ = [3, n0, _Sp,
    0,
    [_Am, _Un],
    [0, 0], 2
];
var SsmActionDefinition$ = [3, n0, _SADs,
    0,
    [_AST, _Re, _II],
    [0, 0, 64 | 0], 3
];
var Subscriber$ = [3, n0, _Sub,
    0,
    [_ST, _Ad],
    [0, [() => SubscriberAddress, 0]], 2
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RARN, _RT],
    [0, () => ResourceTagList], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TagValues$ = [3, n0, _TV,
    0,
    [_K, _V, _MO],
    [0, 64 | 0, 64 | 0]
];
var TimePeriod$ = [3, n0, _TP,
    0,
    [_St, _En],
    [4, 4]
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RARN, _RTK],
    [0, 64 | 0], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateBudgetActionRequest$ = [3, n0, _UBAR,
    0,
    [_AIc, _BN, _AI, _NT, _ATc, _D, _ERA, _AM, _Su],
    [0, 0, 0, 0, () => ActionThreshold$, () => Definition$, 0, 0, [() => Subscribers, 0]], 3
];
var UpdateBudgetActionResponse$ = [3, n0, _UBARp,
    0,
    [_AIc, _BN, _OA, _NA],
    [0, 0, [() => Action$, 0], [() => Action$, 0]], 4
];
var UpdateBudgetRequest$ = [3, n0, _UBR,
    0,
    [_AIc, _NB],
    [0, () => Budget$], 2
];
var UpdateBudgetResponse$ = [3, n0, _UBRp,
    0,
    [],
    []
];
var UpdateNotificationRequest$ = [3, n0, _UNR,
    0,
    [_AIc, _BN, _ON, _NN],
    [0, 0, () => Notification$, () => Notification$], 4
];
var UpdateNotificationResponse$ = [3, n0, _UNRp,
    0,
    [],
    []
];
var UpdateSubscriberRequest$ = [3, n0, _USR,
    0,
    [_AIc, _BN, _No, _OS, _NSe],
    [0, 0, () => Notification$, [() => Subscriber$, 0], [() => Subscriber$, 0]], 5
];
var UpdateSubscriberResponse$ = [3, n0, _USRp,
    0,
    [],
    []
];
var ActionHistories = [1, n0, _AHc,
    0, [() => ActionHistory$,
        0]
];
var Actions = [1, n0, _Ac,
    0, [() => Action$,
        0]
];
var BudgetedAndActualAmountsList = [1, n0, _BAAAL,
    0, () => BudgetedAndActualAmounts$
];
var BudgetNotificationsForAccountList = [1, n0, _BNFAL,
    0, () => BudgetNotificationsForAccount$
];
var Budgets$1 = [1, n0, _Bu,
    0, () => Budget$
];
var Expressions = [1, n0, _Ex,
    0, () => Expression$
];
var Notifications = [1, n0, _N,
    0, () => Notification$
];
var NotificationWithSubscribersList = [1, n0, _NWSL,
    0, [() => NotificationWithSubscribers$,
        0]
];
var ResourceTagList = [1, n0, _RTL,
    0, () => ResourceTag$
];
var Subscribers = [1, n0, _Su,
    0, [() => Subscriber$,
        0]
];
var PlannedBudgetLimits = [2, n0, _PBL,
    0, 0, () => Spend$
];
var CreateBudget$ = [9, n0, _CB,
    0, () => CreateBudgetRequest$, () => CreateBudgetResponse$
];
var CreateBudgetAction$ = [9, n0, _CBA,
    0, () => CreateBudgetActionRequest$, () => CreateBudgetActionResponse$
];
var CreateNotification$ = [9, n0, _CN,
    0, () => CreateNotificationRequest$, () => CreateNotificationResponse$
];
var CreateSubscriber$ = [9, n0, _CSr,
    0, () => CreateSubscriberRequest$, () => CreateSubscriberResponse$
];
var DeleteBudget$ = [9, n0, _DB,
    0, () => DeleteBudgetRequest$, () => DeleteBudgetResponse$
];
var DeleteBudgetAction$ = [9, n0, _DBA,
    0, () => DeleteBudgetActionRequest$, () => DeleteBudgetActionResponse$
];
var DeleteNotification$ = [9, n0, _DN,
    0, () => DeleteNotificationRequest$, () => DeleteNotificationResponse$
];
var DeleteSubscriber$ = [9, n0, _DS,
    0, () => DeleteSubscriberRequest$, () => DeleteSubscriberResponse$
];
var DescribeBudget$ = [9, n0, _DBe,
    0, () => DescribeBudgetRequest$, () => DescribeBudgetResponse$
];
var DescribeBudgetAction$ = [9, n0, _DBAe,
    0, () => DescribeBudgetActionRequest$, () => DescribeBudgetActionResponse$
];
var DescribeBudgetActionHistories$ = [9, n0, _DBAH,
    0, () => DescribeBudgetActionHistoriesRequest$, () => DescribeBudgetActionHistoriesResponse$
];
var DescribeBudgetActionsForAccount$ = [9, n0, _DBAFA,
    0, () => DescribeBudgetActionsForAccountRequest$, () => DescribeBudgetActionsForAccountResponse$
];
var DescribeBudgetActionsForBudget$ = [9, n0, _DBAFB,
    0, () => DescribeBudgetActionsForBudgetRequest$, () => DescribeBudgetActionsForBudgetResponse$
];
var DescribeBudgetNotificationsForAccount$ = [9, n0, _DBNFA,
    0, () => DescribeBudgetNotificationsForAccountRequest$, () => DescribeBudgetNotificationsForAccountResponse$
];
var DescribeBudgetPerformanceHistory$ = [9, n0, _DBPH,
    0, () => DescribeBudgetPerformanceHistoryRequest$, () => DescribeBudgetPerformanceHistoryResponse$
];
var DescribeBudgets$ = [9, n0, _DBes,
    0, () => DescribeBudgetsRequest$, () => DescribeBudgetsResponse$
];
var DescribeNotificationsForBudget$ = [9, n0, _DNFB,
    0, () => DescribeNotificationsForBudgetRequest$, () => DescribeNotificationsForBudgetResponse$
];
var DescribeSubscribersForNotification$ = [9, n0, _DSFN,
    0, () => DescribeSubscribersForNotificationRequest$, () => DescribeSubscribersForNotificationResponse$
];
var ExecuteBudgetAction$ = [9, n0, _EBA,
    0, () => ExecuteBudgetActionRequest$, () => ExecuteBudgetActionResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var TagResource$ = [9, n0, _TR,
    0, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateBudget$ = [9, n0, _UBp,
    0, () => UpdateBudgetRequest$, () => UpdateBudgetResponse$
];
var UpdateBudgetAction$ = [9, n0, _UBA,
    0, () => UpdateBudgetActionRequest$, () => UpdateBudgetActionResponse$
];
var UpdateNotification$ = [9, n0, _UN,
    0, () => UpdateNotificationRequest$, () => UpdateNotificationResponse$
];
var UpdateSubscriber$ = [9, n0, _US,
    0, () => UpdateSubscriberRequest$, () => UpdateSubscriberResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2016-10-20",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultBudgetsHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.budgets",
            errorTypeRegistries,
            version: "2016-10-20",
            serviceTarget: "AWSBudgetServiceGateway",
        },
        serviceId: config?.serviceId ?? "Budgets",
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

class BudgetsClient extends Client {
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
            httpAuthSchemeParametersProvider: defaultBudgetsHttpAuthSchemeParametersProvider,
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

const command = makeBuilder(commonParams, "AWSBudgetServiceGateway", "BudgetsClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class CreateBudgetActionCommand extends command(_ep0, _mw0, "CreateBudgetAction", CreateBudgetAction$) {
}

class CreateBudgetCommand extends command(_ep0, _mw0, "CreateBudget", CreateBudget$) {
}

class CreateNotificationCommand extends command(_ep0, _mw0, "CreateNotification", CreateNotification$) {
}

class CreateSubscriberCommand extends command(_ep0, _mw0, "CreateSubscriber", CreateSubscriber$) {
}

class DeleteBudgetActionCommand extends command(_ep0, _mw0, "DeleteBudgetAction", DeleteBudgetAction$) {
}

class DeleteBudgetCommand extends command(_ep0, _mw0, "DeleteBudget", DeleteBudget$) {
}

class DeleteNotificationCommand extends command(_ep0, _mw0, "DeleteNotification", DeleteNotification$) {
}

class DeleteSubscriberCommand extends command(_ep0, _mw0, "DeleteSubscriber", DeleteSubscriber$) {
}

class DescribeBudgetActionCommand extends command(_ep0, _mw0, "DescribeBudgetAction", DescribeBudgetAction$) {
}

class DescribeBudgetActionHistoriesCommand extends command(_ep0, _mw0, "DescribeBudgetActionHistories", DescribeBudgetActionHistories$) {
}

class DescribeBudgetActionsForAccountCommand extends command(_ep0, _mw0, "DescribeBudgetActionsForAccount", DescribeBudgetActionsForAccount$) {
}

class DescribeBudgetActionsForBudgetCommand extends command(_ep0, _mw0, "DescribeBudgetActionsForBudget", DescribeBudgetActionsForBudget$) {
}

class DescribeBudgetCommand extends command(_ep0, _mw0, "DescribeBudget", DescribeBudget$) {
}

class DescribeBudgetNotificationsForAccountCommand extends command(_ep0, _mw0, "DescribeBudgetNotificationsForAccount", DescribeBudgetNotificationsForAccount$) {
}

class DescribeBudgetPerformanceHistoryCommand extends command(_ep0, _mw0, "DescribeBudgetPerformanceHistory", DescribeBudgetPerformanceHistory$) {
}

class DescribeBudgetsCommand extends command(_ep0, _mw0, "DescribeBudgets", DescribeBudgets$) {
}

class DescribeNotificationsForBudgetCommand extends command(_ep0, _mw0, "DescribeNotificationsForBudget", DescribeNotificationsForBudget$) {
}

class DescribeSubscribersForNotificationCommand extends command(_ep0, _mw0, "DescribeSubscribersForNotification", DescribeSubscribersForNotification$) {
}

class ExecuteBudgetActionCommand extends command(_ep0, _mw0, "ExecuteBudgetAction", ExecuteBudgetAction$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateBudgetActionCommand extends command(_ep0, _mw0, "UpdateBudgetAction", UpdateBudgetAction$) {
}

class UpdateBudgetCommand extends command(_ep0, _mw0, "UpdateBudget", UpdateBudget$) {
}

class UpdateNotificationCommand extends command(_ep0, _mw0, "UpdateNotification", UpdateNotification$) {
}

class UpdateSubscriberCommand extends command(_ep0, _mw0, "UpdateSubscriber", UpdateSubscriber$) {
}

const paginateDescribeBudgetActionHistories = createPaginator(BudgetsClient, DescribeBudgetActionHistoriesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeBudgetActionsForAccount = createPaginator(BudgetsClient, DescribeBudgetActionsForAccountCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeBudgetActionsForBudget = createPaginator(BudgetsClient, DescribeBudgetActionsForBudgetCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeBudgetNotificationsForAccount = createPaginator(BudgetsClient, DescribeBudgetNotificationsForAccountCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeBudgetPerformanceHistory = createPaginator(BudgetsClient, DescribeBudgetPerformanceHistoryCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeBudgets = createPaginator(BudgetsClient, DescribeBudgetsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeNotificationsForBudget = createPaginator(BudgetsClient, DescribeNotificationsForBudgetCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeSubscribersForNotification = createPaginator(BudgetsClient, DescribeSubscribersForNotificationCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    CreateBudgetCommand,
    CreateBudgetActionCommand,
    CreateNotificationCommand,
    CreateSubscriberCommand,
    DeleteBudgetCommand,
    DeleteBudgetActionCommand,
    DeleteNotificationCommand,
    DeleteSubscriberCommand,
    DescribeBudgetCommand,
    DescribeBudgetActionCommand,
    DescribeBudgetActionHistoriesCommand,
    DescribeBudgetActionsForAccountCommand,
    DescribeBudgetActionsForBudgetCommand,
    DescribeBudgetNotificationsForAccountCommand,
    DescribeBudgetPerformanceHistoryCommand,
    DescribeBudgetsCommand,
    DescribeNotificationsForBudgetCommand,
    DescribeSubscribersForNotificationCommand,
    ExecuteBudgetActionCommand,
    ListTagsForResourceCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateBudgetCommand,
    UpdateBudgetActionCommand,
    UpdateNotificationCommand,
    UpdateSubscriberCommand,
};
const paginators = {
    paginateDescribeBudgetActionHistories,
    paginateDescribeBudgetActionsForAccount,
    paginateDescribeBudgetActionsForBudget,
    paginateDescribeBudgetNotificationsForAccount,
    paginateDescribeBudgetPerformanceHistory,
    paginateDescribeBudgets,
    paginateDescribeNotificationsForBudget,
    paginateDescribeSubscribersForNotification,
};
class Budgets extends BudgetsClient {
}
createAggregatedClient(commands, Budgets, { paginators });

const ThresholdType = {
    ABSOLUTE_VALUE: "ABSOLUTE_VALUE",
    PERCENTAGE: "PERCENTAGE",
};
const ActionType = {
    IAM: "APPLY_IAM_POLICY",
    SCP: "APPLY_SCP_POLICY",
    SSM: "RUN_SSM_DOCUMENTS",
};
const ApprovalModel = {
    AUTO: "AUTOMATIC",
    MANUAL: "MANUAL",
};
const ActionSubType = {
    STOP_EC2: "STOP_EC2_INSTANCES",
    STOP_RDS: "STOP_RDS_INSTANCES",
};
const NotificationType = {
    ACTUAL: "ACTUAL",
    FORECASTED: "FORECASTED",
};
const ActionStatus = {
    Execution_Failure: "EXECUTION_FAILURE",
    Execution_In_Progress: "EXECUTION_IN_PROGRESS",
    Execution_Success: "EXECUTION_SUCCESS",
    Pending: "PENDING",
    Reset_Failure: "RESET_FAILURE",
    Reset_In_Progress: "RESET_IN_PROGRESS",
    Reverse_Failure: "REVERSE_FAILURE",
    Reverse_In_Progress: "REVERSE_IN_PROGRESS",
    Reverse_Success: "REVERSE_SUCCESS",
    Standby: "STANDBY",
};
const SubscriptionType = {
    EMAIL: "EMAIL",
    SNS: "SNS",
};
const EventType = {
    CreateAction: "CREATE_ACTION",
    DeleteAction: "DELETE_ACTION",
    ExecuteAction: "EXECUTE_ACTION",
    System: "SYSTEM",
    UpdateAction: "UPDATE_ACTION",
};
const AutoAdjustType = {
    FORECAST: "FORECAST",
    HISTORICAL: "HISTORICAL",
};
const BudgetType = {
    Cost: "COST",
    RICoverage: "RI_COVERAGE",
    RIUtilization: "RI_UTILIZATION",
    SPCoverage: "SAVINGS_PLANS_COVERAGE",
    SPUtilization: "SAVINGS_PLANS_UTILIZATION",
    Usage: "USAGE",
};
const MatchOption = {
    ABSENT: "ABSENT",
    CASE_INSENSITIVE: "CASE_INSENSITIVE",
    CASE_SENSITIVE: "CASE_SENSITIVE",
    CONTAINS: "CONTAINS",
    ENDS_WITH: "ENDS_WITH",
    EQUALS: "EQUALS",
    GREATER_THAN_OR_EQUAL: "GREATER_THAN_OR_EQUAL",
    STARTS_WITH: "STARTS_WITH",
};
const Dimension = {
    AZ: "AZ",
    BILLING_ENTITY: "BILLING_ENTITY",
    CACHE_ENGINE: "CACHE_ENGINE",
    COST_CATEGORY_NAME: "COST_CATEGORY_NAME",
    DATABASE_ENGINE: "DATABASE_ENGINE",
    DEPLOYMENT_OPTION: "DEPLOYMENT_OPTION",
    INSTANCE_TYPE: "INSTANCE_TYPE",
    INSTANCE_TYPE_FAMILY: "INSTANCE_TYPE_FAMILY",
    INVOICING_ENTITY: "INVOICING_ENTITY",
    LEGAL_ENTITY_NAME: "LEGAL_ENTITY_NAME",
    LINKED_ACCOUNT: "LINKED_ACCOUNT",
    LINKED_ACCOUNT_NAME: "LINKED_ACCOUNT_NAME",
    OPERATING_SYSTEM: "OPERATING_SYSTEM",
    OPERATION: "OPERATION",
    PAYMENT_OPTION: "PAYMENT_OPTION",
    PLATFORM: "PLATFORM",
    PURCHASE_TYPE: "PURCHASE_TYPE",
    RECORD_TYPE: "RECORD_TYPE",
    REGION: "REGION",
    RESERVATION_ID: "RESERVATION_ID",
    RESERVATION_MODIFIED: "RESERVATION_MODIFIED",
    RESOURCE_ID: "RESOURCE_ID",
    RIGHTSIZING_TYPE: "RIGHTSIZING_TYPE",
    SAVINGS_PLANS_TYPE: "SAVINGS_PLANS_TYPE",
    SAVINGS_PLAN_ARN: "SAVINGS_PLAN_ARN",
    SCOPE: "SCOPE",
    SERVICE: "SERVICE",
    SERVICE_CODE: "SERVICE_CODE",
    SUBSCRIPTION_ID: "SUBSCRIPTION_ID",
    TAG_KEY: "TAG_KEY",
    TENANCY: "TENANCY",
    USAGE_TYPE: "USAGE_TYPE",
    USAGE_TYPE_GROUP: "USAGE_TYPE_GROUP",
};
const HealthStatusValue = {
    HEALTHY: "HEALTHY",
    UNHEALTHY: "UNHEALTHY",
};
const HealthStatusReason = {
    BILLING_VIEW_NO_ACCESS: "BILLING_VIEW_NO_ACCESS",
    BILLING_VIEW_UNHEALTHY: "BILLING_VIEW_UNHEALTHY",
    FILTER_INVALID: "FILTER_INVALID",
    MULTI_YEAR_HISTORICAL_DATA_DISABLED: "MULTI_YEAR_HISTORICAL_DATA_DISABLED",
};
const Metric = {
    AMORTIZED_COST: "AmortizedCost",
    BLENDED_COST: "BlendedCost",
    HOURS: "Hours",
    NET_AMORTIZED_COST: "NetAmortizedCost",
    NET_UNBLENDED_COST: "NetUnblendedCost",
    NORMALIZED_USAGE_AMOUNT: "NormalizedUsageAmount",
    UNBLENDED_COST: "UnblendedCost",
    USAGE_QUANTITY: "UsageQuantity",
};
const TimeUnit = {
    ANNUALLY: "ANNUALLY",
    CUSTOM: "CUSTOM",
    DAILY: "DAILY",
    MONTHLY: "MONTHLY",
    QUARTERLY: "QUARTERLY",
};
const ComparisonOperator = {
    EQUAL_TO: "EQUAL_TO",
    GREATER_THAN: "GREATER_THAN",
    LESS_THAN: "LESS_THAN",
};
const NotificationState = {
    ALARM: "ALARM",
    OK: "OK",
};
const ExecutionType = {
    ApproveBudgetAction: "APPROVE_BUDGET_ACTION",
    ResetBudgetAction: "RESET_BUDGET_ACTION",
    RetryBudgetAction: "RETRY_BUDGET_ACTION",
    ReverseBudgetAction: "REVERSE_BUDGET_ACTION",
};

exports.AccessDeniedException = AccessDeniedException;
exports.AccessDeniedException$ = AccessDeniedException$;
exports.Action$ = Action$;
exports.ActionHistory$ = ActionHistory$;
exports.ActionHistoryDetails$ = ActionHistoryDetails$;
exports.ActionStatus = ActionStatus;
exports.ActionSubType = ActionSubType;
exports.ActionThreshold$ = ActionThreshold$;
exports.ActionType = ActionType;
exports.ApprovalModel = ApprovalModel;
exports.AutoAdjustData$ = AutoAdjustData$;
exports.AutoAdjustType = AutoAdjustType;
exports.BillingViewHealthStatusException = BillingViewHealthStatusException;
exports.BillingViewHealthStatusException$ = BillingViewHealthStatusException$;
exports.Budget$ = Budget$;
exports.BudgetNotificationsForAccount$ = BudgetNotificationsForAccount$;
exports.BudgetPerformanceHistory$ = BudgetPerformanceHistory$;
exports.BudgetType = BudgetType;
exports.BudgetedAndActualAmounts$ = BudgetedAndActualAmounts$;
exports.Budgets = Budgets;
exports.BudgetsClient = BudgetsClient;
exports.BudgetsServiceException = BudgetsServiceException;
exports.BudgetsServiceException$ = BudgetsServiceException$;
exports.CalculatedSpend$ = CalculatedSpend$;
exports.ComparisonOperator = ComparisonOperator;
exports.CostCategoryValues$ = CostCategoryValues$;
exports.CostTypes$ = CostTypes$;
exports.CreateBudget$ = CreateBudget$;
exports.CreateBudgetAction$ = CreateBudgetAction$;
exports.CreateBudgetActionCommand = CreateBudgetActionCommand;
exports.CreateBudgetActionRequest$ = CreateBudgetActionRequest$;
exports.CreateBudgetActionResponse$ = CreateBudgetActionResponse$;
exports.CreateBudgetCommand = CreateBudgetCommand;
exports.CreateBudgetRequest$ = CreateBudgetRequest$;
exports.CreateBudgetResponse$ = CreateBudgetResponse$;
exports.CreateNotification$ = CreateNotification$;
exports.CreateNotificationCommand = CreateNotificationCommand;
exports.CreateNotificationRequest$ = CreateNotificationRequest$;
exports.CreateNotificationResponse$ = CreateNotificationResponse$;
exports.CreateSubscriber$ = CreateSubscriber$;
exports.CreateSubscriberCommand = CreateSubscriberCommand;
exports.CreateSubscriberRequest$ = CreateSubscriberRequest$;
exports.CreateSubscriberResponse$ = CreateSubscriberResponse$;
exports.CreationLimitExceededException = CreationLimitExceededException;
exports.CreationLimitExceededException$ = CreationLimitExceededException$;
exports.Definition$ = Definition$;
exports.DeleteBudget$ = DeleteBudget$;
exports.DeleteBudgetAction$ = DeleteBudgetAction$;
exports.DeleteBudgetActionCommand = DeleteBudgetActionCommand;
exports.DeleteBudgetActionRequest$ = DeleteBudgetActionRequest$;
exports.DeleteBudgetActionResponse$ = DeleteBudgetActionResponse$;
exports.DeleteBudgetCommand = DeleteBudgetCommand;
exports.DeleteBudgetRequest$ = DeleteBudgetRequest$;
exports.DeleteBudgetResponse$ = DeleteBudgetResponse$;
exports.DeleteNotification$ = DeleteNotification$;
exports.DeleteNotificationCommand = DeleteNotificationCommand;
exports.DeleteNotificationRequest$ = DeleteNotificationRequest$;
exports.DeleteNotificationResponse$ = DeleteNotificationResponse$;
exports.DeleteSubscriber$ = DeleteSubscriber$;
exports.DeleteSubscriberCommand = DeleteSubscriberCommand;
exports.DeleteSubscriberRequest$ = DeleteSubscriberRequest$;
exports.DeleteSubscriberResponse$ = DeleteSubscriberResponse$;
exports.DescribeBudget$ = DescribeBudget$;
exports.DescribeBudgetAction$ = DescribeBudgetAction$;
exports.DescribeBudgetActionCommand = DescribeBudgetActionCommand;
exports.DescribeBudgetActionHistories$ = DescribeBudgetActionHistories$;
exports.DescribeBudgetActionHistoriesCommand = DescribeBudgetActionHistoriesCommand;
exports.DescribeBudgetActionHistoriesRequest$ = DescribeBudgetActionHistoriesRequest$;
exports.DescribeBudgetActionHistoriesResponse$ = DescribeBudgetActionHistoriesResponse$;
exports.DescribeBudgetActionRequest$ = DescribeBudgetActionRequest$;
exports.DescribeBudgetActionResponse$ = DescribeBudgetActionResponse$;
exports.DescribeBudgetActionsForAccount$ = DescribeBudgetActionsForAccount$;
exports.DescribeBudgetActionsForAccountCommand = DescribeBudgetActionsForAccountCommand;
exports.DescribeBudgetActionsForAccountRequest$ = DescribeBudgetActionsForAccountRequest$;
exports.DescribeBudgetActionsForAccountResponse$ = DescribeBudgetActionsForAccountResponse$;
exports.DescribeBudgetActionsForBudget$ = DescribeBudgetActionsForBudget$;
exports.DescribeBudgetActionsForBudgetCommand = DescribeBudgetActionsForBudgetCommand;
exports.DescribeBudgetActionsForBudgetRequest$ = DescribeBudgetActionsForBudgetRequest$;
exports.DescribeBudgetActionsForBudgetResponse$ = DescribeBudgetActionsForBudgetResponse$;
exports.DescribeBudgetCommand = DescribeBudgetCommand;
exports.DescribeBudgetNotificationsForAccount$ = DescribeBudgetNotificationsForAccount$;
exports.DescribeBudgetNotificationsForAccountCommand = DescribeBudgetNotificationsForAccountCommand;
exports.DescribeBudgetNotificationsForAccountRequest$ = DescribeBudgetNotificationsForAccountRequest$;
exports.DescribeBudgetNotificationsForAccountResponse$ = DescribeBudgetNotificationsForAccountResponse$;
exports.DescribeBudgetPerformanceHistory$ = DescribeBudgetPerformanceHistory$;
exports.DescribeBudgetPerformanceHistoryCommand = DescribeBudgetPerformanceHistoryCommand;
exports.DescribeBudgetPerformanceHistoryRequest$ = DescribeBudgetPerformanceHistoryRequest$;
exports.DescribeBudgetPerformanceHistoryResponse$ = DescribeBudgetPerformanceHistoryResponse$;
exports.DescribeBudgetRequest$ = DescribeBudgetRequest$;
exports.DescribeBudgetResponse$ = DescribeBudgetResponse$;
exports.DescribeBudgets$ = DescribeBudgets$;
exports.DescribeBudgetsCommand = DescribeBudgetsCommand;
exports.DescribeBudgetsRequest$ = DescribeBudgetsRequest$;
exports.DescribeBudgetsResponse$ = DescribeBudgetsResponse$;
exports.DescribeNotificationsForBudget$ = DescribeNotificationsForBudget$;
exports.DescribeNotificationsForBudgetCommand = DescribeNotificationsForBudgetCommand;
exports.DescribeNotificationsForBudgetRequest$ = DescribeNotificationsForBudgetRequest$;
exports.DescribeNotificationsForBudgetResponse$ = DescribeNotificationsForBudgetResponse$;
exports.DescribeSubscribersForNotification$ = DescribeSubscribersForNotification$;
exports.DescribeSubscribersForNotificationCommand = DescribeSubscribersForNotificationCommand;
exports.DescribeSubscribersForNotificationRequest$ = DescribeSubscribersForNotificationRequest$;
exports.DescribeSubscribersForNotificationResponse$ = DescribeSubscribersForNotificationResponse$;
exports.Dimension = Dimension;
exports.DuplicateRecordException = DuplicateRecordException;
exports.DuplicateRecordException$ = DuplicateRecordException$;
exports.EventType = EventType;
exports.ExecuteBudgetAction$ = ExecuteBudgetAction$;
exports.ExecuteBudgetActionCommand = ExecuteBudgetActionCommand;
exports.ExecuteBudgetActionRequest$ = ExecuteBudgetActionRequest$;
exports.ExecuteBudgetActionResponse$ = ExecuteBudgetActionResponse$;
exports.ExecutionType = ExecutionType;
exports.ExpiredNextTokenException = ExpiredNextTokenException;
exports.ExpiredNextTokenException$ = ExpiredNextTokenException$;
exports.Expression$ = Expression$;
exports.ExpressionDimensionValues$ = ExpressionDimensionValues$;
exports.HealthStatus$ = HealthStatus$;
exports.HealthStatusReason = HealthStatusReason;
exports.HealthStatusValue = HealthStatusValue;
exports.HistoricalOptions$ = HistoricalOptions$;
exports.IamActionDefinition$ = IamActionDefinition$;
exports.InternalErrorException = InternalErrorException;
exports.InternalErrorException$ = InternalErrorException$;
exports.InvalidNextTokenException = InvalidNextTokenException;
exports.InvalidNextTokenException$ = InvalidNextTokenException$;
exports.InvalidParameterException = InvalidParameterException;
exports.InvalidParameterException$ = InvalidParameterException$;
exports.ListTagsForResource$ = ListTagsForResource$;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
exports.MatchOption = MatchOption;
exports.Metric = Metric;
exports.NotFoundException = NotFoundException;
exports.NotFoundException$ = NotFoundException$;
exports.Notification$ = Notification$;
exports.NotificationState = NotificationState;
exports.NotificationType = NotificationType;
exports.NotificationWithSubscribers$ = NotificationWithSubscribers$;
exports.ResourceLockedException = ResourceLockedException;
exports.ResourceLockedException$ = ResourceLockedException$;
exports.ResourceTag$ = ResourceTag$;
exports.ScpActionDefinition$ = ScpActionDefinition$;
exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
exports.Spend$ = Spend$;
exports.SsmActionDefinition$ = SsmActionDefinition$;
exports.Subscriber$ = Subscriber$;
exports.SubscriptionType = SubscriptionType;
exports.TagResource$ = TagResource$;
exports.TagResourceCommand = TagResourceCommand;
exports.TagResourceRequest$ = TagResourceRequest$;
exports.TagResourceResponse$ = TagResourceResponse$;
exports.TagValues$ = TagValues$;
exports.ThresholdType = ThresholdType;
exports.ThrottlingException = ThrottlingException;
exports.ThrottlingException$ = ThrottlingException$;
exports.TimePeriod$ = TimePeriod$;
exports.TimeUnit = TimeUnit;
exports.UntagResource$ = UntagResource$;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UntagResourceRequest$ = UntagResourceRequest$;
exports.UntagResourceResponse$ = UntagResourceResponse$;
exports.UpdateBudget$ = UpdateBudget$;
exports.UpdateBudgetAction$ = UpdateBudgetAction$;
exports.UpdateBudgetActionCommand = UpdateBudgetActionCommand;
exports.UpdateBudgetActionRequest$ = UpdateBudgetActionRequest$;
exports.UpdateBudgetActionResponse$ = UpdateBudgetActionResponse$;
exports.UpdateBudgetCommand = UpdateBudgetCommand;
exports.UpdateBudgetRequest$ = UpdateBudgetRequest$;
exports.UpdateBudgetResponse$ = UpdateBudgetResponse$;
exports.UpdateNotification$ = UpdateNotification$;
exports.UpdateNotificationCommand = UpdateNotificationCommand;
exports.UpdateNotificationRequest$ = UpdateNotificationRequest$;
exports.UpdateNotificationResponse$ = UpdateNotificationResponse$;
exports.UpdateSubscriber$ = UpdateSubscriber$;
exports.UpdateSubscriberCommand = UpdateSubscriberCommand;
exports.UpdateSubscriberRequest$ = UpdateSubscriberRequest$;
exports.UpdateSubscriberResponse$ = UpdateSubscriberResponse$;
exports.errorTypeRegistries = errorTypeRegistries;
exports.paginateDescribeBudgetActionHistories = paginateDescribeBudgetActionHistories;
exports.paginateDescribeBudgetActionsForAccount = paginateDescribeBudgetActionsForAccount;
exports.paginateDescribeBudgetActionsForBudget = paginateDescribeBudgetActionsForBudget;
exports.paginateDescribeBudgetNotificationsForAccount = paginateDescribeBudgetNotificationsForAccount;
exports.paginateDescribeBudgetPerformanceHistory = paginateDescribeBudgetPerformanceHistory;
exports.paginateDescribeBudgets = paginateDescribeBudgets;
exports.paginateDescribeNotificationsForBudget = paginateDescribeNotificationsForBudget;
exports.paginateDescribeSubscribersForNotification = paginateDescribeSubscribersForNotification;


/***/ })

};

//# sourceMappingURL=1.index.js.map