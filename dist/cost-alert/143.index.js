export const id = 143;
export const ids = [143];
export const modules = {

/***/ 8143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAppAutoScalingPort: () => (/* binding */ createAppAutoScalingPort)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_application_auto_scaling__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1491);

/** DescribeScalableTargets takes at most 50 resource ids per request. */
const IDS_PER_REQUEST = 50;
function createAppAutoScalingPort(client) {
    return {
        async serviceCapacity(cluster, services) {
            const ranges = new Map();
            const ids = services.map((service) => `service/${cluster}/${service}`);
            for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
                let token;
                do {
                    const out = await client.send(new _aws_sdk_client_application_auto_scaling__WEBPACK_IMPORTED_MODULE_0__.DescribeScalableTargetsCommand({
                        ServiceNamespace: 'ecs',
                        ScalableDimension: 'ecs:service:DesiredCount',
                        ResourceIds: ids.slice(i, i + IDS_PER_REQUEST),
                        NextToken: token,
                    }));
                    for (const target of out.ScalableTargets ?? []) {
                        const service = target.ResourceId?.split('/')[2];
                        if (service && target.MinCapacity !== undefined && target.MaxCapacity !== undefined) {
                            ranges.set(service, { min: target.MinCapacity, max: target.MaxCapacity });
                        }
                    }
                    token = out.NextToken;
                } while (token);
            }
            return ranges;
        },
    };
}


/***/ })

};

//# sourceMappingURL=143.index.js.map