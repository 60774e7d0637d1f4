"use strict";
exports.id = 486;
exports.ids = [486];
exports.modules = {

/***/ 6933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ awsClient)
/* harmony export */ });
/**
 * A client of `Client` (SSMClient, EC2Client) for `region`, with the assumed role's refreshing
 * session, or the SDK's default chain (the runner's credentials) when there is none.
 */
function awsClient(Client, region, credentials, options = {}) {
    return new Client({ region, ...options, ...(credentials ? { credentials } : {}) });
}


/***/ }),

/***/ 7338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lm: () => (/* binding */ ssmFailureMessage),
/* harmony export */   PY: () => (/* binding */ parameterProblem),
/* harmony export */   au: () => (/* binding */ isRetryableSsmError),
/* harmony export */   d8: () => (/* binding */ ssmCaller),
/* harmony export */   sv: () => (/* binding */ readParameter)
/* harmony export */ });
/* unused harmony export MAX_PARAMETER_VERSIONS */
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4736);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8083);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4894);
// The SSM parameter as it stands, read before the build (the preflight) and again just before each
// region's publication, and what in it would stop a publication: SSM cannot change a parameter to
// or from the aws:ec2:image data type, and refuses a version that would drop a labelled oldest one.




/** How many versions of a parameter SSM keeps. */
const MAX_PARAMETER_VERSIONS = 100;
const HISTORY_PAGE_SIZE = 50;
function ssmCaller(target, timing = {}) {
    const call = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .regionCaller */ .OX)(target.region, isRetryableSsmError, timing);
    return (operation, send) => call(operation, send).catch((error) => {
        throw new Error(ssmFailureMessage(operation, target, error), { cause: error });
    });
}
function isRetryableSsmError(error) {
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(error) === 'TooManyUpdates' || (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isThrottling */ .E2)(error) || (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error);
}
function ssmFailureMessage(operation, target, error) {
    const { name, region } = target;
    const failure = `${operation} of ${name} in ${region} failed: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(error)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`;
    if (isRetryableSsmError(error))
        return `${failure} (still failing after ${_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_ATTEMPTS */ .v9} attempts)`;
    if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(error)) {
        // AWS names the resource it refused; the action's own guess is the fallback.
        const arn = /arn:[\w-]+:ssm:[\w-]+:\d*:parameter\/[\w.\-/]+/.exec((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error))?.[0] ??
            (0,_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterArn */ .vi)(name, region, target.accountId ?? '<account id>');
        return (`${failure}\nThe credentials may not call ssm:${operation} on ${arn}. The action needs ` +
            'ssm:GetParameter, ssm:GetParameterHistory, ssm:PutParameter and ssm:LabelParameterVersion on the ' +
            'parameter, and ec2:DescribeImages (SSM checks the AMI with it).');
    }
    if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(error) === 'ParameterMaxVersionLimitExceeded') {
        return (`${failure}\nSSM keeps 100 versions and cannot drop the oldest while it has a label: ` +
            'move or remove that label (aws ssm unlabel-parameter-version).');
    }
    return failure;
}
/**
 * The parameter's latest version, and its oldest when SSM keeps 100 (the history is read in pages of
 * 50); undefined when it does not exist yet.
 */
async function readParameter(client, call, name) {
    const found = await call('GetParameter', async () => {
        try {
            return await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_3__/* .GetParameterCommand */ .lhy({ Name: name }));
        }
        catch (error) {
            if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(error) === 'ParameterNotFound')
                return undefined;
            throw error;
        }
    });
    const parameter = found?.Parameter;
    if (parameter === undefined)
        return undefined;
    const current = {
        type: parameter.Type ?? 'unknown',
        dataType: parameter.DataType ?? 'text',
        version: parameter.Version ?? 0,
        value: parameter.Value ?? '',
    };
    if (current.version < MAX_PARAMETER_VERSIONS)
        return current;
    const oldest = await oldestVersion(client, call, name);
    return oldest === undefined ? current : { ...current, oldest };
}
async function oldestVersion(client, call, name) {
    let oldest;
    let nextToken;
    do {
        const token = nextToken;
        const page = await call('GetParameterHistory', () => client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_3__/* .GetParameterHistoryCommand */ .JFb({
            Name: name,
            MaxResults: HISTORY_PAGE_SIZE,
            NextToken: token,
        })));
        for (const entry of page.Parameters ?? []) {
            if (entry.Version !== undefined && entry.Version < (oldest?.Version ?? Infinity)) {
                oldest = entry;
            }
        }
        nextToken = page.NextToken;
    } while (nextToken);
    return oldest?.Version === undefined
        ? undefined
        : { version: oldest.Version, labels: oldest.Labels ?? [] };
}
/**
 * Why `amiId` cannot be published to the parameter as it stands, with the fix; undefined when it can.
 * Without `amiId` (before a build, whose AMI is not known yet) a new version is assumed.
 */
function parameterProblem(current, target, amiId) {
    if (current === undefined)
        return undefined;
    const { name, region } = target;
    if (current.type !== 'String' || current.dataType !== 'aws:ec2:image') {
        return (`SSM parameter ${name} in ${region} is a ${current.type} parameter of data type ${current.dataType}. ` +
            'The action publishes AMI ids as a String of data type aws:ec2:image, and SSM cannot change an ' +
            'existing parameter to or from that data type. Set ssm-parameter to another name, or delete this ' +
            `parameter (its history and labels go with it): aws ssm delete-parameter --name ${name} --region ${region}`);
    }
    // The same value again writes no version: nothing is dropped.
    if (current.value === amiId)
        return undefined;
    const labels = current.oldest?.labels ?? [];
    if (current.oldest === undefined || labels.length === 0)
        return undefined;
    const { version } = current.oldest;
    return (`SSM parameter ${name} in ${region} has ${MAX_PARAMETER_VERSIONS} versions, the most SSM keeps, and ` +
        `its oldest, version ${version}, has the label${labels.length === 1 ? '' : 's'} ${labels.join(', ')}: ` +
        'a new version would drop it, which SSM refuses (ParameterMaxVersionLimitExceeded). Move the ' +
        `label${labels.length === 1 ? '' : 's'} to a newer version or remove ${labels.length === 1 ? 'it' : 'them'}, ` +
        `then run again: aws ssm unlabel-parameter-version --name ${name} --parameter-version ${version} ` +
        `--labels ${labels.join(' ')} --region ${region}`);
}


/***/ }),

/***/ 3486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflight: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4736);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6933);
/* harmony import */ var _parameter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7338);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4894);
// The preflight's AWS side: in every region that will be published, can the SSM parameter take the
// AMI (and, for `command: publish`, is the AMI there and available)? Reads only: SSM has no dry run
// for a write. Loads the SSM client (and the EC2 one for known AMIs); import it lazily.






/** What stands in the way, one message a region (naming parameter, region and fix); empty when nothing. */
async function preflight(request, timing = {}) {
    const problems = await Promise.all(Object.entries(request.regions).map(([region, amiId]) => regionProblem(request, region, amiId, timing)));
    return problems.filter((problem) => problem !== undefined);
}
async function regionProblem(request, region, amiId, timing) {
    const { parameterName: name } = request;
    const nameProblem = (0,_validation_js__WEBPACK_IMPORTED_MODULE_3__/* .parameterNameProblem */ .c2)(name, region);
    if (nameProblem !== undefined)
        return `ssm-parameter ${name} in ${region}: ${nameProblem}`;
    if (amiId !== undefined) {
        // Only `command: publish` knows its AMIs before publishing: a build's are new.
        const { imageProblem } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(327)]).then(__webpack_require__.bind(__webpack_require__, 8327));
        const problem = await imageProblem(amiId, region, request.credentials, timing);
        if (problem !== undefined)
            return problem;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: AMI ${amiId} is available`);
    }
    const target = { name, region, accountId: request.accountId };
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_4__/* .awsClient */ .x)(_aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_5__/* .SSMClient */ .jBj, region, request.credentials, { maxAttempts: 1 });
    try {
        const current = await (0,_parameter_js__WEBPACK_IMPORTED_MODULE_2__/* .readParameter */ .sv)(client, (0,_parameter_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmCaller */ .d8)(target, timing), name);
        const problem = (0,_parameter_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterProblem */ .PY)(current, target, amiId);
        if (problem === undefined)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: ${standing(name, current, amiId)}`);
        return problem;
    }
    catch (error) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    }
    finally {
        client.destroy();
    }
}
/** What the check found, for the log. */
function standing(name, current, amiId) {
    if (current === undefined)
        return `${name} does not exist yet: the publication creates it`;
    const held = `${name} is at version ${current.version} (${current.value})`;
    if (current.value === amiId)
        return `${held}: it already holds ${amiId}, no version will be written`;
    const oldest = current.oldest;
    return oldest === undefined
        ? `${held}: it can take a new version`
        : `${held}: it can take a new version, which drops version ${oldest.version} (no label)`;
}


/***/ }),

/***/ 8083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   OX: () => (/* binding */ regionCaller),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   l$: () => (/* binding */ backoffWith),
/* harmony export */   uk: () => (/* binding */ realSleep),
/* harmony export */   v9: () => (/* binding */ AWS_ATTEMPTS),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6058);
// Retrying AWS calls with exponential backoff and jitter. Clients whose calls go through regionCaller
// turn the SDK's own retries off (maxAttempts: 1), so that every wait goes through the injectable
// `sleep` here and is said in the log. Errors are classified by their shape, without importing the SDK.


const realSleep = async (milliseconds) => {
    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(milliseconds);
};
/** A backoff with `timing`'s sleep and randomness, or the real ones. */
function backoffWith(policy, timing) {
    return { ...policy, sleep: timing.sleep ?? realSleep, random: timing.random ?? Math.random };
}
/**
 * The wait before retry number `retry` (1 for the first): doubling from the base up to the cap, of
 * which a random half is taken off ("equal jitter") so concurrent runs spread out yet always wait.
 */
function backoffDelay(retry, backoff) {
    const ceiling = Math.min(backoff.capMilliseconds, backoff.baseMilliseconds * 2 ** (retry - 1));
    return Math.round(ceiling / 2 + (backoff.random() * ceiling) / 2);
}
/**
 * Calls `operation` until it succeeds, it throws something `retryable` refuses, or the attempts are
 * used up; rethrows the last error as it is.
 */
async function withRetries(operation, retryable, backoff, onRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (attempt >= backoff.attempts || !retryable(error))
                throw error;
            const wait = backoffDelay(attempt, backoff);
            onRetry(error, wait, attempt);
            await backoff.sleep(wait);
        }
    }
}
/** Calls per region's service call, counting the first. */
const AWS_ATTEMPTS = 6;
/**
 * Calls to `region` retried (AWS_ATTEMPTS in all, 1 s doubling to 20 s) on what `retryable` accepts,
 * each retry said in the log with the operation and the error's name.
 */
function regionCaller(region, retryable, timing = {}) {
    const backoff = backoffWith({ attempts: AWS_ATTEMPTS, baseMilliseconds: 1000, capMilliseconds: 20_000 }, timing);
    return (operation, send) => withRetries(send, retryable, backoff, (error, wait, attempt) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${region}: ${operation} answered ${errorName(error)}; retrying in ${wait} ms ` +
        `(attempt ${attempt + 1} of ${AWS_ATTEMPTS})`));
}
function shape(error) {
    return typeof error === 'object' && error !== null ? error : {};
}
/** The service's error code (`AccessDenied`, `TooManyUpdates`), or the error's name. */
function errorName(error) {
    const { name } = shape(error);
    return typeof name === 'string' ? name : 'Error';
}
function httpStatus(error) {
    const status = shape(error).$metadata?.httpStatusCode;
    return typeof status === 'number' ? status : undefined;
}
const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
]);
function isThrottling(error) {
    return THROTTLING.has(errorName(error)) || httpStatus(error) === 429;
}
/**
 * The caller may not do this: IAM's AccessDenied (SSM's AccessDeniedException, EC2's
 * UnauthorizedOperation), or any 403.
 */
function isAccessDenied(error) {
    return (['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'].includes(errorName(error)) ||
        httpStatus(error) === 403);
}
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENOTFOUND',
    'EAI_AGAIN',
]);
/** A server-side failure (5xx) or a network one (no answer, reset, timeout). */
function isTransient(error) {
    const { code, $fault } = shape(error);
    const status = httpStatus(error);
    return ((status !== undefined && status >= 500) ||
        $fault === 'server' ||
        (typeof code === 'string' && NETWORK_CODES.has(code)) ||
        ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'].includes(errorName(error)));
}


/***/ })

};
;