"use strict";
exports.id = 638;
exports.ids = [638];
exports.modules = {

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony exports InputError, InputErrors */
/**
 * A problem with one input: names the input, the value given and what is allowed. The action prints
 * each as one `::error::` line, without a stack trace, before anything is downloaded or run.
 */
class InputError extends Error {
    input;
    value;
    allowed;
    constructor(input, value, allowed) {
        super(`Input '${input}' is ${value === '' ? 'empty' : `'${value}'`}: ${allowed}`);
        this.input = input;
        this.value = value;
        this.allowed = allowed;
        this.name = 'InputError';
    }
}
/** Several input problems found in one pass, so the user can fix them all at once. */
class InputErrors extends Error {
    problems;
    constructor(problems) {
        super(problems.map((problem) => problem.message).join('\n'));
        this.problems = problems;
        this.name = 'InputErrors';
    }
}
/** The message of anything thrown, without assuming it is an Error. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lastResort: () => (/* binding */ lastResort)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5224);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
// What both entries do with an error nothing else caught: one `::error::` line, exit code 1.


function lastResort(error) {
    process.exitCode = 1;
    try {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Unexpected error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
    catch {
        process.stdout.write(`::error::Unexpected error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}\n`);
    }
}


/***/ }),

/***/ 7278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ProxyAgent)
/* harmony export */ });
// @actions/http-client imports undici only for getAgentDispatcher(), which fetch-based callers use
// to honour proxies; this action never calls it (its HTTP goes through node:http). Evaluating the
// real undici costs about 90 ms on every start, most of the action's overhead on a warm tool cache,
// so package.json's `overrides` puts this stub in its place. Anything that does reach it fails loudly.
class ProxyAgent {
  constructor() {
    throw new Error(
      'undici is not bundled in this action: @actions/http-client getAgentDispatcher() is unsupported here',
    );
  }
}


/***/ })

};
;