export const id = 326;
export const ids = [326];
export const modules = {

/***/ 2326:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   plannedPublications: () => (/* binding */ plannedPublications),
/* harmony export */   publishAmiIds: () => (/* binding */ publishAmiIds)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4736);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8083);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4894);
// Publishing the built AMI ids to one SSM parameter, in every region the build produced an AMI in.
// The endpoint is the SDK's to choose (AWS_ENDPOINT_URL_SSM, AWS_ENDPOINT_URL, or the regional one).





/** Ends a region's work where it stands, without counting as a failure. */
class Abandoned extends Error {
}
const SSM_ATTEMPTS = 6;
const VALIDATION_TIMEOUT_MILLISECONDS = 5 * 60_000;
const MAX_POLL_MILLISECONDS = 10_000;
/** One record a region, `skipped` until its publication starts. */
function plannedPublications(amiIds) {
    return Object.entries(amiIds).map(([region, amiId]) => ({ region, amiId, state: 'skipped' }));
}
/**
 * Writes each region's AMI id as a new version of the parameter, waits until SSM has validated it and
 * labels it, updating `publications` (from plannedPublications) as it goes. Regions run concurrently
 * and independently: one failing leaves the others alone.
 */
async function publishAmiIds(request, timing = {}, publications = plannedPublications(request.amiIds)) {
    await Promise.all(publications.map((publication) => publishInRegion(request, publication, timing)));
    return publications;
}
async function publishInRegion(request, publication, timing) {
    const { region, amiId } = publication;
    const problem = (0,_validation_js__WEBPACK_IMPORTED_MODULE_3__/* .amiIdProblem */ ._B)(amiId) ?? (0,_validation_js__WEBPACK_IMPORTED_MODULE_3__/* .parameterNameProblem */ .c2)(request.parameterName, region);
    if (problem !== undefined) {
        publication.state = 'failed';
        publication.error = `Not written to ${request.parameterName} in ${region}: ${problem}`;
        return;
    }
    if (request.stopStarting?.aborted) {
        publication.error = 'not written: the action was cancelled before it started this region';
        return;
    }
    // The SDK's retries would wait outside our control: ours go through `sleep`.
    const client = new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__/* .SSMClient */ .jBj({
        region,
        maxAttempts: 1,
        ...(request.credentials ? { credentials: request.credentials } : {}),
    });
    const backoff = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffWith */ .l$)({ attempts: SSM_ATTEMPTS, baseMilliseconds: 1000, capMilliseconds: 20_000 }, timing);
    const call = (operation, send) => (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(send, isRetryableSsmError, backoff, (error, wait, attempt) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: ${operation} answered ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(error)}; retrying in ${wait} ms ` +
        `(attempt ${attempt + 1} of ${SSM_ATTEMPTS})`)).catch((error) => {
        throw new Error(ssmFailureMessage(operation, request.parameterName, region, error), {
            cause: error,
        });
    });
    try {
        const { Version: written } = await call('PutParameter', () => client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__/* .PutParameterCommand */ .ihh({
            Name: request.parameterName,
            Value: amiId,
            Type: 'String',
            DataType: 'aws:ec2:image',
            Tier: 'Standard',
            Overwrite: true,
        })));
        if (written === undefined) {
            throw new Error(`PutParameter of ${request.parameterName} in ${region} returned no version`);
        }
        publication.state = 'written';
        publication.version = written;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: wrote ${amiId} to ${request.parameterName} as version ${written}`);
        await waitUntilValidated(client, request, region, amiId, written, timing);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: SSM validated version ${written} of ${request.parameterName}`);
        if (request.label !== undefined) {
            const { label } = request;
            const { InvalidLabels } = await call('LabelParameterVersion', () => client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__/* .LabelParameterVersionCommand */ .Xjy({
                Name: request.parameterName,
                ParameterVersion: written,
                Labels: [label],
            })));
            if (InvalidLabels && InvalidLabels.length > 0) {
                throw new Error(`SSM refused the label ${InvalidLabels.join(', ')} for version ${written} of ` +
                    `${request.parameterName} in ${region}: labels have at most 100 letters, digits, '.', '-' ` +
                    "or '_' and do not begin with a digit, 'aws' or 'ssm'");
            }
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: labelled version ${written} '${label}'`);
        }
        publication.state = 'published';
    }
    catch (error) {
        if (error instanceof Abandoned)
            return;
        publication.state = 'failed';
        publication.error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    }
    finally {
        client.destroy();
    }
}
/**
 * SSM checks an aws:ec2:image value after PutParameter has answered, and drops the version when the
 * check fails: the write only counts once a read returns it.
 */
async function waitUntilValidated(client, request, region, amiId, version, timing) {
    const name = request.parameterName;
    const now = timing.now ?? Date.now;
    const sleep = timing.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .realSleep */ .uk;
    const timeout = timing.validationTimeoutMilliseconds ?? VALIDATION_TIMEOUT_MILLISECONDS;
    const deadline = now() + timeout;
    for (let read = 1;; read++) {
        if (request.stopWaiting?.aborted)
            throw new Abandoned();
        let lastRead;
        try {
            const { Parameter } = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__/* .GetParameterCommand */ .lhy({ Name: name }));
            const seen = Parameter?.Version;
            if (seen !== undefined && seen >= version && Parameter?.Value === amiId)
                return;
            lastRead = `version ${seen ?? 'none'} holding ${Parameter?.Value ?? 'nothing'}`;
        }
        catch (error) {
            // A new parameter is not found until its first version is validated.
            if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(error) !== 'ParameterNotFound' && !isRetryableSsmError(error)) {
                throw new Error(ssmFailureMessage('GetParameter', name, region, error), { cause: error });
            }
            lastRead = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(error);
        }
        const left = deadline - now();
        if (left <= 0) {
            throw new Error(`SSM has not validated ${amiId} as version ${version} of ${name} in ${region} within ` +
                `${Math.round(timeout / 1000)} s (last read: ${lastRead}). aws:ec2:image values are checked ` +
                `asynchronously and dropped when the check fails: make sure ${amiId} exists in ${region} and ` +
                'that the credentials allow ec2:DescribeImages.');
        }
        await sleep(Math.min(1000 * 2 ** (read - 1), MAX_POLL_MILLISECONDS, left));
    }
}
function isRetryableSsmError(error) {
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(error) === 'TooManyUpdates' || (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isThrottling */ .E2)(error) || (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(error);
}
function ssmFailureMessage(operation, name, region, error) {
    const failure = `${operation} of ${name} in ${region} failed: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(error)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
    if (isRetryableSsmError(error))
        return `${failure} (still failing after ${SSM_ATTEMPTS} attempts)`;
    switch ((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(error)) {
        case 'AccessDeniedException':
            return (`${failure}\nThe credentials need ssm:PutParameter, ssm:GetParameter and ` +
                'ssm:LabelParameterVersion on the parameter, and ec2:DescribeImages (SSM checks the AMI with it).');
        case 'ParameterMaxVersionLimitExceeded':
            return (`${failure}\nSSM keeps 100 versions and cannot drop the oldest while it has a label: ` +
                'move or remove that label (aws ssm unlabel-parameter-version).');
        default:
            return failure;
    }
}


/***/ }),

/***/ 8083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   l$: () => (/* binding */ backoffWith),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
// Retrying AWS calls with exponential backoff and jitter. The SDK's own retries are turned off on our
// clients (maxAttempts: 1) so that every wait goes through the injectable `sleep` here. Errors are
// classified by their shape, without importing the SDK.

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
