"use strict";
exports.id = 326;
exports.ids = [326];
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

/***/ 2326:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   plannedPublications: () => (/* binding */ plannedPublications),
/* harmony export */   publishAmiIds: () => (/* binding */ publishAmiIds)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4736);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6933);
/* harmony import */ var _parameter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7338);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8083);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4894);
// Publishing AMI ids to one SSM parameter, in every region the build produced an AMI in (or those of
// `command: publish`): idempotent, so a value the parameter already holds is only labelled.
// The endpoint is the SDK's to choose (AWS_ENDPOINT_URL_SSM, AWS_ENDPOINT_URL, or the regional one).







/** Ends a region's work where it stands, without counting as a failure. */
class Abandoned extends Error {
}
const VALIDATION_TIMEOUT_MILLISECONDS = 5 * 60_000;
const MAX_POLL_MILLISECONDS = 10_000;
/** One record a region, `skipped` until its publication starts. */
function plannedPublications(amiIds) {
    return Object.entries(amiIds).map(([region, amiId]) => ({ region, amiId, state: 'skipped' }));
}
/**
 * Reads the parameter in each region and checks it can take the AMI id (parameterProblem); writes the
 * id as a new version unless the parameter already holds it, waits until SSM has validated it, and
 * labels the version that holds it, updating `publications` (from plannedPublications) as it goes.
 * Regions run concurrently and independently: one failing leaves the others alone.
 */
async function publishAmiIds(request, timing = {}, publications = plannedPublications(request.amiIds)) {
    await Promise.all(publications.map((publication) => publishInRegion(request, publication, timing)));
    return publications;
}
async function publishInRegion(request, publication, timing) {
    const { region, amiId } = publication;
    const problem = (0,_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .amiIdProblem */ ._B)(amiId) ?? (0,_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .parameterNameProblem */ .c2)(request.parameterName, region);
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
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .awsClient */ .x)(_aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_6__/* .SSMClient */ .jBj, region, request.credentials, { maxAttempts: 1 });
    const target = { name: request.parameterName, region, accountId: request.accountId };
    const call = (0,_parameter_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmCaller */ .d8)(target, timing);
    try {
        // Read again, however recent the preflight: a build takes long, and others may write too.
        const current = await (0,_parameter_js__WEBPACK_IMPORTED_MODULE_2__/* .readParameter */ .sv)(client, call, request.parameterName);
        const problem = (0,_parameter_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterProblem */ .PY)(current, target, amiId);
        if (problem !== undefined)
            throw new Error(problem);
        if (request.stopStarting?.aborted) {
            publication.error = 'not written: the action was cancelled before it started this region';
            return;
        }
        let version;
        if (current?.value === amiId) {
            version = current.version;
            publication.unchanged = true;
            publication.version = version;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: ${request.parameterName} already holds ${amiId} as version ${version}: no new version`);
        }
        else {
            publication.waitingFor = 'PutParameter';
            const { Version: written } = await call('PutParameter', () => client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_6__/* .PutParameterCommand */ .ihh({
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
            version = written;
            publication.state = 'written';
            publication.version = written;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: wrote ${amiId} to ${request.parameterName} as version ${written}`);
            publication.waitingFor = 'validation';
            await waitUntilValidated(client, request, region, amiId, written, timing);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: SSM validated version ${written} of ${request.parameterName}`);
        }
        if (request.label !== undefined) {
            const { label } = request;
            publication.waitingFor = 'LabelParameterVersion';
            const { InvalidLabels } = await call('LabelParameterVersion', () => client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_6__/* .LabelParameterVersionCommand */ .Xjy({
                Name: request.parameterName,
                ParameterVersion: version,
                Labels: [label],
            })));
            if (InvalidLabels && InvalidLabels.length > 0) {
                throw new Error(`SSM refused the label ${InvalidLabels.join(', ')} for version ${version} of ` +
                    `${request.parameterName} in ${region}: labels have at most 100 letters, digits, '.', '-' ` +
                    "or '_' and do not begin with a digit, 'aws' or 'ssm'");
            }
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${region}: labelled version ${version} '${label}'`);
        }
        publication.state = 'published';
        delete publication.waitingFor;
    }
    catch (error) {
        if (error instanceof Abandoned)
            return;
        publication.state = 'failed';
        publication.error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
        delete publication.waitingFor;
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
    const sleep = timing.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_3__/* .realSleep */ .uk;
    const timeout = timing.validationTimeoutMilliseconds ?? VALIDATION_TIMEOUT_MILLISECONDS;
    const deadline = now() + timeout;
    for (let read = 1;; read++) {
        if (request.stopWaiting?.aborted)
            throw new Abandoned();
        let lastRead;
        try {
            const { Parameter } = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_6__/* .GetParameterCommand */ .lhy({ Name: name }));
            const seen = Parameter?.Version;
            if (seen !== undefined && seen >= version && Parameter?.Value === amiId)
                return;
            lastRead = `version ${seen ?? 'none'} holding ${Parameter?.Value ?? 'nothing'}`;
        }
        catch (error) {
            // A new parameter is not found until its first version is validated.
            if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .errorName */ .Is)(error) !== 'ParameterNotFound' && !(0,_parameter_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetryableSsmError */ .au)(error)) {
                throw new Error((0,_parameter_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmFailureMessage */ .Lm)('GetParameter', { name, region, accountId: request.accountId }, error), { cause: error });
            }
            lastRead = (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .errorName */ .Is)(error);
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