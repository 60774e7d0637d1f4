"use strict";
exports.id = 953;
exports.ids = [953];
exports.modules = {

/***/ 6953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assumeRoleForTheRun: () => (/* binding */ assumeRoleForTheRun)
});

// UNUSED EXPORTS: assumeRoleWithGithubOidc

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/report/log.js
var log = __webpack_require__(9820);
;// CONCATENATED MODULE: ./lib/aws/refresh.js
/**
 * How long before its expiry a session is replaced, at most: more than the 5 minutes before expiry
 * at which the SDKs (JavaScript v3, Go v1 and v2) fetch again, so that what they fetch then is
 * already the next session, and enough for STS's retries when it is slow.
 */
const REFRESH_MARGIN_MILLISECONDS = 10 * 60_000;
/** After a failed refresh, the next attempt (by the timer or on demand) waits this long. */
const RETRY_MILLISECONDS = 30_000;
const realTimers = {
    now: Date.now,
    schedule: (callback, milliseconds) => {
        const timer = setTimeout(callback, milliseconds);
        // A pending refresh must never be what keeps the action (or its post step) running.
        timer.unref();
        return () => clearTimeout(timer);
    },
};
/**
 * When a session obtained at `obtainedAt` and expiring at `expiresAt` is replaced: the margin before
 * its expiry, or halfway through a session shorter than twice the margin.
 */
function refreshTime(obtainedAt, expiresAt, marginMilliseconds = REFRESH_MARGIN_MILLISECONDS) {
    const lifetime = Math.max(0, expiresAt - obtainedAt);
    return expiresAt - Math.min(marginMilliseconds, lifetime / 2);
}
class RefreshingCredentials {
    options;
    session;
    pending;
    /** No refresh is attempted before this time after a failure (unless the session has expired). */
    retryAt = 0;
    cancelTimer;
    stopped = false;
    timers;
    /** Takes over `first`, a session just obtained, and schedules its replacement. */
    constructor(first, options) {
        this.options = options;
        this.timers = options.timers ?? realTimers;
        this.session = this.sessionOf(first, this.timers.now());
        this.scheduleAt(this.session.refreshAt);
    }
    /** For the SDK clients: they call it again when what it gave is 5 minutes from its expiry. */
    provider = () => this.current();
    /**
     * The current session's credentials, refreshed first when past their refresh time. When the refresh
     * fails, the session held is given while it has not expired.
     */
    async current() {
        const now = this.timers.now();
        const { credentials, refreshAt } = this.session;
        const expiresAt = credentials.expiration.getTime();
        if (now < refreshAt || (now < this.retryAt && now < expiresAt))
            return credentials;
        try {
            return (await this.refresh()).credentials;
        }
        catch (error) {
            if (this.timers.now() < expiresAt)
                return credentials;
            throw new Error(`The AWS credentials expired at ${credentials.expiration.toISOString()} and could not be refreshed`, { cause: error });
        }
    }
    /** Stops refreshing: for the end of the run. What was handed out stays valid until it expires. */
    stop() {
        this.stopped = true;
        this.cancelTimer?.();
    }
    refresh() {
        this.pending ??= this.assumeAgain().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
    async assumeAgain() {
        const started = this.timers.now();
        try {
            this.session = this.sessionOf(await this.options.assume(), started);
            this.retryAt = 0;
            this.scheduleAt(this.session.refreshAt);
            return this.session;
        }
        catch (error) {
            this.retryAt = this.timers.now() + RETRY_MILLISECONDS;
            this.scheduleAt(this.retryAt);
            this.options.onRefreshFailed?.(error, this.session.credentials.expiration);
            throw error;
        }
    }
    sessionOf(credentials, obtainedAt) {
        const expiration = credentials.expiration ?? new Date(obtainedAt + this.options.sessionSeconds * 1000);
        return {
            credentials: { ...credentials, expiration },
            refreshAt: refreshTime(obtainedAt, expiration.getTime(), this.options.marginMilliseconds),
        };
    }
    scheduleAt(time) {
        this.cancelTimer?.();
        if (this.stopped)
            return;
        this.cancelTimer = this.timers.schedule(() => {
            // A failure is reported through onRefreshFailed and retried by the next timer.
            this.refresh().catch(() => { });
        }, Math.max(0, time - this.timers.now()));
    }
}

// EXTERNAL MODULE: ./lib/aws/retry.js
var retry = __webpack_require__(8083);
;// CONCATENATED MODULE: ./lib/aws/token.js
// What a GitHub OIDC token says about this run, read only to explain a refusal: the signature is
// AWS's business, not ours.
/** The `sub`, `aud` and `iss` claims of a JWT, without verifying it; empty when it cannot be read. */
function tokenClaims(jwt) {
    const payload = jwt.split('.')[1];
    if (payload === undefined)
        return {};
    let decoded;
    try {
        decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
    if (typeof decoded !== 'object' || decoded === null)
        return {};
    const { sub, aud, iss } = decoded;
    const claims = {};
    if (typeof sub === 'string')
        claims.sub = sub;
    if (typeof aud === 'string')
        claims.aud = aud;
    if (Array.isArray(aud))
        claims.aud = aud.filter((item) => typeof item === 'string').join(', ');
    if (typeof iss === 'string')
        claims.iss = iss;
    return claims;
}
/** The issuer of github.com's tokens: what a hint names only when a token's own `iss` is unreadable. */
const GITHUB_COM_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The IAM OIDC identity provider a role must trust for these claims, built from the token's own
 * issuer: `token.actions.githubusercontent.com` on github.com, `<host>/_services/token` on GitHub
 * Enterprise Server. IAM names the provider, and prefixes its condition keys, by the issuer URL
 * without `https://`.
 */
function oidcProvider(claims) {
    const issuer = claims.iss ?? GITHUB_COM_ISSUER;
    return { issuer, name: issuer.replace(/^https:\/\//, '').replace(/\/+$/, '') };
}
/**
 * The repository part of a subject, `repo:<owner>/<repo>` or, in GitHub's immutable format,
 * `repo:<owner>@<owner id>/<repo>@<repo id>`; undefined for another kind of subject.
 */
function subjectRepository(sub) {
    return /^repo:[^:]+/.exec(sub ?? '')?.[0];
}
/** Whether a subject names owner and repository by their ids as well (`repo:octo@1/app@2:…`). */
function isImmutableSubject(sub) {
    return /^repo:[^:/@]+@\d+\/[^:/@]+@\d+:/.test(sub ?? '');
}

;// CONCATENATED MODULE: ./lib/aws/credentials.js
// Credentials from GitHub OIDC: the job's ID token, exchanged with STS AssumeRoleWithWebIdentity, and
// exchanged again (a fresh token, a new session) before each session expires, for as long as the run
// needs them. The endpoint is the SDK's to choose (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, or the
// regional one).







const STS_ATTEMPTS = 6;
const NO_TOKEN = 'role-to-assume is set, but this job cannot request a GitHub OIDC token ' +
    '(ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). ' +
    'Give the workflow or job `permissions: id-token: write` (plus `contents: read` for checkout). ' +
    'Pull requests from forks never get a token: build on push, tag or release instead, ' +
    'or leave role-to-assume empty and provide credentials another way.';
/**
 * Assumes `roleToAssume` with the job's OIDC token. The token and the credentials are masked as soon
 * as they arrive; nothing is exported to later steps.
 */
async function assumeRoleWithGithubOidc(request, timing = {}) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new Error(NO_TOKEN);
    }
    let token;
    try {
        token = await core/* getIDToken */.V9(request.audience);
    }
    catch (error) {
        throw new Error(`Could not get a GitHub OIDC token for audience '${request.audience}': ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    // A refresh can come while Packer's output is shown with workflow commands stopped, which would
    // silence ::add-mask::: the masks go through issueCommand, which resumes commands for them.
    (0,log/* issueCommand */.Lb)(() => core/* setSecret */.Pq(token));
    core/* info */.pq(`Assuming ${request.roleToAssume} as session ${request.roleSessionName} for ` +
        `${request.roleDurationSeconds} s with a GitHub OIDC token (audience ${request.audience})`);
    // The SDK's retries would wait outside our control: ours go through `sleep`.
    const client = new dist_cjs/* STSClient */.iM({ region: request.region, maxAttempts: 1 });
    const command = new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
        RoleArn: request.roleToAssume,
        RoleSessionName: request.roleSessionName,
        DurationSeconds: request.roleDurationSeconds,
        WebIdentityToken: token,
    });
    let response;
    try {
        response = await (0,retry/* withRetries */.LH)(() => client.send(command), isRetryableStsError, (0,retry/* backoffWith */.l$)({ attempts: STS_ATTEMPTS, baseMilliseconds: 1000, capMilliseconds: 15_000 }, timing), (error, wait, attempt) => core/* info */.pq(`STS answered ${(0,retry/* errorName */.Is)(error)}: ${(0,errors/* errorMessage */.gJ)(error)}; retrying in ${wait} ms ` +
            `(attempt ${attempt + 1} of ${STS_ATTEMPTS})`));
    }
    catch (error) {
        throw new Error(stsFailureMessage(request, error, token), { cause: error });
    }
    finally {
        client.destroy();
    }
    const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = response.Credentials ?? {};
    (0,log/* issueCommand */.Lb)(() => {
        for (const secret of [AccessKeyId, SecretAccessKey, SessionToken]) {
            if (secret)
                core/* setSecret */.Pq(secret);
        }
    });
    if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
        throw new Error(`STS assumed ${request.roleToAssume} but its answer lacks the credentials`);
    }
    const assumedRoleArn = response.AssumedRoleUser?.Arn;
    const accountId = assumedRoleArn?.split(':')[4] || undefined;
    core/* info */.pq(`Assumed ${assumedRoleArn ?? request.roleToAssume} in account ${accountId ?? 'unknown'}` +
        (Expiration ? `; the credentials expire at ${Expiration.toISOString()}` : ''));
    return {
        credentials: {
            accessKeyId: AccessKeyId,
            secretAccessKey: SecretAccessKey,
            sessionToken: SessionToken,
            expiration: Expiration,
        },
        accountId,
        assumedRoleArn,
    };
}
/**
 * Assumes the role now, and again (with a new OIDC token) before each session expires: every session
 * lasts `roleDurationSeconds`, the run as long as it needs. Stop the credentials at the end of the run.
 */
async function assumeRoleForTheRun(request, timing = {}) {
    const first = await assumeRoleWithGithubOidc(request, timing);
    const credentials = new RefreshingCredentials(first.credentials, {
        assume: async () => (await assumeRoleWithGithubOidc(request, timing)).credentials,
        sessionSeconds: request.roleDurationSeconds,
        timers: timing.timers,
        // Like the masks above, this warning may come while Packer runs.
        onRefreshFailed: (error, expiresAt) => (0,log/* issueCommand */.Lb)(() => core/* warning */.$e(`Could not refresh the AWS credentials of ${request.roleToAssume}: ${(0,errors/* errorMessage */.gJ)(error)}. ` +
            `The current ones expire at ${expiresAt.toISOString()}; trying again shortly.`)),
    });
    return { ...first, credentials };
}
function isRetryableStsError(error) {
    return ((0,retry/* isThrottling */.E2)(error) ||
        (0,retry/* isTransient */.dg)(error) ||
        ['IDPCommunicationError', 'IDPCommunicationErrorException'].includes((0,retry/* errorName */.Is)(error)));
}
function isDenied(error) {
    return (0,retry/* isAccessDenied */.w7)(error) || /not authorized/i.test((0,errors/* errorMessage */.gJ)(error));
}
function stsFailureMessage(request, error, token) {
    const failure = `Could not assume ${request.roleToAssume}: ${(0,retry/* errorName */.Is)(error)}: ${(0,errors/* errorMessage */.gJ)(error)}`;
    const claims = tokenClaims(token);
    const provider = oidcProvider(claims);
    // arn:<partition>:iam::<account>:role/<name>
    const [, partition = 'aws', , , account = '<account>'] = request.roleToAssume.split(':');
    const providerArn = `arn:${partition}:iam::${account}:oidc-provider/${provider.name}`;
    if (isDenied(error)) {
        return [failure, ...trustPolicyHints(claims.sub, claims.aud, provider.name, providerArn)].join('\n');
    }
    if (isRetryableStsError(error))
        return `${failure} (still failing after ${STS_ATTEMPTS} attempts)`;
    if (/DurationSeconds/.test((0,errors/* errorMessage */.gJ)(error))) {
        return `${failure}\nLower role-duration-seconds, or raise the role's maximum session duration.`;
    }
    if (/No OpenIDConnect provider/i.test((0,errors/* errorMessage */.gJ)(error))) {
        return (`${failure}\nCreate an IAM OIDC identity provider for ${provider.issuer} ` +
            `(audience ${request.audience}) in the role's account: ${providerArn}.`);
    }
    return failure;
}
/** What the trust policy must say for this token, one line each. */
function trustPolicyHints(sub, aud, provider, providerArn) {
    const hints = [
        `The role's trust policy does not accept this run's GitHub OIDC token. It must trust the identity ` +
            `provider ${provider} (${providerArn}) with conditions on ${provider}:aud and ${provider}:sub that ` +
            `match what this run presents: aud '${aud ?? 'unreadable'}', sub '${sub ?? 'unreadable'}'.`,
    ];
    if (isImmutableSubject(sub)) {
        hints.push("This sub is in GitHub's immutable format, repo:<owner>@<owner id>/<repo>@<repo id>:… (the " +
            'default for repositories created or renamed since 2026-07-15, opt-in for older ones): a ' +
            'condition written for names, repo:<owner>/<repo>:…, does not match it. Write it with the ids, ' +
            'as above.');
    }
    const repository = subjectRepository(sub);
    if (repository !== undefined) {
        hints.push(`Trust only the runs that may build images, e.g. StringEquals '${repository}:environment:<name>' ` +
            `for jobs in a protected environment, or StringLike '${repository}:ref:refs/tags/v*' for release tags.`);
    }
    return hints;
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