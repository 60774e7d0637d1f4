"use strict";
exports.id = 397;
exports.ids = [397];
exports.modules = {

/***/ 2397:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  removeLeftovers: () => (/* binding */ removeLeftovers)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/state.js
var state = __webpack_require__(7390);
;// CONCATENATED MODULE: ./lib/aws/clients.js
/**
 * A client of `Client` (SSMClient, EC2Client) for `region`, with the assumed role's refreshing
 * session, or the SDK's default chain (the runner's credentials) when there is none.
 */
function awsClient(Client, region, credentials, options = {}) {
    return new Client({ region, ...options, ...(credentials ? { credentials } : {}) });
}

// EXTERNAL MODULE: ./lib/aws/retry.js
var retry = __webpack_require__(8083);
;// CONCATENATED MODULE: ./lib/aws/leftovers.js
// What a killed or interrupted build may have left in EC2, checked against EC2 itself (never against
// what Packer printed) and removed: builder instances, temporary key pairs and security groups, and
// AMIs that never became available, with their snapshots. Idempotent and best-effort: every call
// that fails is reported, and the rest goes on.





const GONE_INSTANCE_STATES = new Set(['shutting-down', 'terminated']);
const TERMINATION_TIMEOUT_MILLISECONDS = 3 * 60_000;
const POLL_MILLISECONDS = 3000;
async function removeLeftovers(request, timing = {}) {
    // The SDK's own retries (throttling, 5xx, network) stay on: no clean-up call needs its waits said
    // in the log or replaced in tests; DependencyViolation, which the SDK does not retry, is ours.
    const client = awsClient(dist_cjs/* EC2Client */.gu5, request.region, request.credentials);
    const report = { removed: [], kept: [], problems: [] };
    const attempt = async (what, call) => {
        try {
            return await call();
        }
        catch (error) {
            report.problems.push(`${what} failed: ${(0,retry/* errorName */.Is)(error)}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    };
    const byTag = request.runTag === undefined ? [] : [{ Name: `tag:${state/* RUN_TAG_KEY */.h0}`, Values: [request.runTag] }];
    try {
        const terminated = await terminateInstances(client, request, byTag, attempt);
        if (terminated.length > 0) {
            await waitForTermination(client, terminated, timing, report, attempt);
        }
        await deleteKeyPairs(client, request, byTag, report, attempt);
        await deleteSecurityGroups(client, request, byTag, report, attempt, timing.sleep ?? retry/* realSleep */.uk);
        await deregisterUnfinishedImages(client, request, report, attempt);
    }
    finally {
        client.destroy();
    }
    return report;
}
/** One query for what Packer announced (matched by `filter`), one for the run tag. */
function queries(filter, announced, byTag) {
    return [
        ...(announced.length > 0 ? [[{ Name: filter, Values: announced }]] : []),
        ...(byTag.length > 0 ? [byTag] : []),
    ];
}
/** Finds the run's instances by the ids Packer announced and by the run tag; terminates live ones. */
async function terminateInstances(client, request, byTag, attempt) {
    const live = new Set();
    for (const Filters of queries('instance-id', request.announced.instanceIds, byTag)) {
        const found = await attempt('ec2:DescribeInstances', () => client.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ Filters })));
        for (const instance of (found?.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
            if (instance.InstanceId && !GONE_INSTANCE_STATES.has(instance.State?.Name ?? '')) {
                live.add(instance.InstanceId);
            }
        }
    }
    if (live.size === 0)
        return [];
    const ids = [...live];
    const terminated = await attempt(`ec2:TerminateInstances of ${ids.join(', ')}`, () => client.send(new dist_cjs/* TerminateInstancesCommand */.NaF({ InstanceIds: ids })));
    return terminated === undefined ? [] : ids;
}
/**
 * Waits until EC2 shows the instances terminated, and only then counts them removed. A security
 * group cannot go while an instance using it exists.
 */
async function waitForTermination(client, ids, timing, report, attempt) {
    const sleep = timing.sleep ?? retry/* realSleep */.uk;
    const now = timing.now ?? Date.now;
    const timeout = timing.terminationTimeoutMilliseconds ?? TERMINATION_TIMEOUT_MILLISECONDS;
    const deadline = now() + timeout;
    let waitingFor = ids;
    for (;;) {
        const found = await attempt('ec2:DescribeInstances', () => client.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ Filters: [{ Name: 'instance-id', Values: waitingFor }] })));
        if (found === undefined) {
            report.problems.push(`asked EC2 to terminate ${waitingFor.join(', ')}, but could not see whether it did`);
            return;
        }
        const instances = (found.Reservations ?? []).flatMap((r) => r.Instances ?? []);
        for (const instance of instances) {
            if (instance.InstanceId && instance.State?.Name === 'terminated') {
                report.removed.push(`terminated instance ${instance.InstanceId}`);
            }
        }
        waitingFor = instances
            .filter((instance) => instance.State?.Name !== 'terminated')
            .flatMap((instance) => instance.InstanceId ?? []);
        if (waitingFor.length === 0)
            return;
        if (now() >= deadline) {
            report.problems.push(`instances ${waitingFor.join(', ')} were not terminated yet after ${Math.round(timeout / 1000)} s`);
            return;
        }
        await sleep(POLL_MILLISECONDS);
    }
}
async function deleteKeyPairs(client, request, byTag, report, attempt) {
    const names = new Set();
    for (const Filters of queries('key-name', request.announced.keyPairNames, byTag)) {
        const found = await attempt('ec2:DescribeKeyPairs', () => client.send(new dist_cjs/* DescribeKeyPairsCommand */.DRu({ Filters })));
        for (const pair of found?.KeyPairs ?? [])
            if (pair.KeyName)
                names.add(pair.KeyName);
    }
    for (const name of names) {
        const deleted = await attempt(`ec2:DeleteKeyPair of ${name}`, () => client.send(new dist_cjs/* DeleteKeyPairCommand */.EWB({ KeyName: name })));
        if (deleted !== undefined)
            report.removed.push(`deleted key pair ${name}`);
    }
}
async function deleteSecurityGroups(client, request, byTag, report, attempt, sleep) {
    const groups = new Map();
    for (const Filters of queries('group-name', request.announced.securityGroupNames, byTag)) {
        const found = await attempt('ec2:DescribeSecurityGroups', () => client.send(new dist_cjs/* DescribeSecurityGroupsCommand */.jsQ({ Filters })));
        for (const group of found?.SecurityGroups ?? []) {
            if (group.GroupId)
                groups.set(group.GroupId, group.GroupName ?? group.GroupId);
        }
    }
    // A network interface of a just-terminated instance can hold a group for a little while; EC2 says
    // DependencyViolation, which the SDK does not retry.
    const backoff = (0,retry/* backoffWith */.l$)({ attempts: 5, baseMilliseconds: POLL_MILLISECONDS, capMilliseconds: POLL_MILLISECONDS }, { sleep });
    for (const [id, name] of groups) {
        const deleted = await attempt(`ec2:DeleteSecurityGroup of ${id} (${name})`, () => (0,retry/* withRetries */.LH)(() => client.send(new dist_cjs/* DeleteSecurityGroupCommand */.yEh({ GroupId: id })), (error) => (0,retry/* errorName */.Is)(error) === 'DependencyViolation', backoff, () => undefined));
        if (deleted !== undefined)
            report.removed.push(`deleted security group ${id} (${name})`);
    }
}
/** An AMI Packer announced that is not `available` never became the build's result: it goes. */
async function deregisterUnfinishedImages(client, request, report, attempt) {
    if (request.announced.amiIds.length === 0)
        return;
    const found = await attempt('ec2:DescribeImages', () => client.send(new dist_cjs/* DescribeImagesCommand */.ji5({
        Owners: ['self'],
        Filters: [{ Name: 'image-id', Values: request.announced.amiIds }],
    })));
    for (const image of found?.Images ?? []) {
        const id = image.ImageId ?? '';
        if (image.State === 'available') {
            report.kept.push(`AMI ${id} is available: kept (the build created it)`);
            continue;
        }
        const deregistered = await attempt(`ec2:DeregisterImage of ${id}`, () => client.send(new dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: id })));
        if (deregistered === undefined)
            continue;
        report.removed.push(`deregistered AMI ${id} (it was ${image.State ?? 'in an unknown state'})`);
        const snapshots = (image.BlockDeviceMappings ?? []).flatMap((m) => m.Ebs?.SnapshotId ?? []);
        for (const snapshot of snapshots) {
            const deleted = await attempt(`ec2:DeleteSnapshot of ${snapshot}`, () => client.send(new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId: snapshot })));
            if (deleted !== undefined)
                report.removed.push(`deleted snapshot ${snapshot} of ${id}`);
        }
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
/* harmony export */   uk: () => (/* binding */ realSleep),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony exports backoffDelay, AWS_ATTEMPTS, regionCaller */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5224);
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
    return (operation, send) => withRetries(send, retryable, backoff, (error, wait, attempt) => core.info(`${region}: ${operation} answered ${errorName(error)}; retrying in ${wait} ms ` +
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