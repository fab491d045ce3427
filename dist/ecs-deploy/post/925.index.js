export const id = 925;
export const ids = [925];
export const modules = {

/***/ 6925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REGION_PATTERN: () => (/* binding */ REGION_PATTERN),
/* harmony export */   USER_AGENT: () => (/* binding */ USER_AGENT),
/* harmony export */   awsClientSettings: () => (/* binding */ awsClientSettings)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);

/** Sent in every request's user agent, so AWS-side logs show which tool made a call. */
const USER_AGENT = ['trading-actions', '0.1.0'];
/**
 * Resolves the region from the action input, else AWS_REGION, else AWS_DEFAULT_REGION (what
 * aws-actions/configure-aws-credentials exports). Credentials come from the SDK's default chain
 * and the endpoint from AWS_ENDPOINT_URL when set, both read by the SDK itself; retries are
 * explicit so a throttled describe call does not fail a deploy.
 */
function awsClientSettings(regionInput, env) {
    const region = regionInput || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j([
            {
                input: 'aws-region',
                message: 'no region: set the aws-region input, or run aws-actions/configure-aws-credentials first (it sets AWS_REGION).',
            },
        ]);
    }
    return { region, maxAttempts: 5, retryMode: 'standard', customUserAgent: [USER_AGENT] };
}
/** AWS region names look like `us-east-1` or `eu-central-2`; checked before any call. */
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;


/***/ })

};

//# sourceMappingURL=925.index.js.map