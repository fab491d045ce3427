export const id = 990;
export const ids = [990];
export const modules = {

/***/ 9990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   guardTermination: () => (/* binding */ guardTermination)
/* harmony export */ });
const EXIT_CODE = { SIGINT: 130, SIGTERM: 143 };
const GUARDED_SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * Runs `restore` once on the first SIGINT or SIGTERM, then exits with the conventional code
 * (128 + signal number). A second signal while restoring is logged and otherwise ignored: the
 * restore is the one thing that must finish.
 */
function guardTermination(restore, logger, signals = process, exit = (code) => process.exit(code)) {
    let restoring = false;
    const onSignal = (signal) => {
        if (restoring) {
            logger.warning(`Received ${signal} again; still restoring, please wait.`);
            return;
        }
        restoring = true;
        logger.warning(`Received ${signal}: the job is being cancelled or stopped. Restoring a safe state before exiting.`);
        void restore(signal)
            .catch((error) => {
            logger.error(`Restoring after ${signal} failed: ${error instanceof Error ? error.message : String(error)}`);
        })
            .finally(() => exit(EXIT_CODE[signal] ?? 1));
    };
    for (const signal of GUARDED_SIGNALS)
        signals.on(signal, onSignal);
    return {
        release: () => {
            for (const signal of GUARDED_SIGNALS)
                signals.off(signal, onSignal);
        },
    };
}


/***/ })

};

//# sourceMappingURL=990.index.js.map