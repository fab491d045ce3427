export const id = 231;
export const ids = [231];
export const modules = {

/***/ 2231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSnsPort: () => (/* binding */ createSnsPort),
/* harmony export */   snsSubject: () => (/* binding */ snsSubject)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8797);

function createSnsPort(client) {
    return {
        async publish(topicArn, subject, message) {
            const out = await client.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_0__.PublishCommand({ TopicArn: topicArn, Subject: snsSubject(subject), Message: message }));
            return out.MessageId ?? '';
        },
    };
}
/**
 * SNS refuses a subject over 100 characters or with line breaks or non-ASCII characters
 * (email subscribers see it as the mail's subject); anything else is made to fit.
 */
function snsSubject(subject) {
    const ascii = subject
        .replace(/[\r\n]+/g, ' ')
        .replace(/[–—]/g, '-')
        .replace(/[^\x20-\x7E]/g, '')
        .trim();
    return ascii.length <= 100 ? ascii : `${ascii.slice(0, 97)}...`;
}


/***/ })

};

//# sourceMappingURL=231.index.js.map