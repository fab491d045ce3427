export const id = 139;
export const ids = [139];
export const modules = {

/***/ 6139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createBudgetsPort: () => (/* binding */ createBudgetsPort)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_budgets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3001);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);


function createBudgetsPort(client) {
    return {
        async describeBudget(accountId, name) {
            let out;
            try {
                out = await client.send(new _aws_sdk_client_budgets__WEBPACK_IMPORTED_MODULE_1__.DescribeBudgetCommand({ AccountId: accountId, BudgetName: name }));
            }
            catch (error) {
                if (error instanceof Error && error.name === 'NotFoundException') {
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j([
                        {
                            input: 'budget-name',
                            message: `no budget '${name}' in account ${accountId}; check the name and account-id.`,
                        },
                    ]);
                }
                throw error;
            }
            const budget = out.Budget;
            const limit = budget?.BudgetLimit;
            if (!budget || !limit || (limit.Unit ?? 'USD') !== 'USD') {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j([
                    {
                        input: 'budget-name',
                        message: `budget '${name}' has no limit in USD; only cost budgets in USD can be checked.`,
                    },
                ]);
            }
            const forecast = budget.CalculatedSpend?.ForecastedSpend?.Amount;
            return {
                name,
                limitUsd: Number(limit.Amount),
                timeUnit: budget.TimeUnit ?? 'MONTHLY',
                actualUsd: Number(budget.CalculatedSpend?.ActualSpend?.Amount ?? 0),
                forecastUsd: forecast === undefined ? undefined : Number(forecast),
            };
        },
    };
}


/***/ })

};

//# sourceMappingURL=139.index.js.map