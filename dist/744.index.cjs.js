"use strict";
exports.id = 744;
exports.ids = [744];
exports.modules = {

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


/***/ }),

/***/ 6744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadRelease: () => (/* binding */ downloadRelease),
  fetchIndex: () => (/* binding */ fetchIndex)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./lib/cleanup.js
var cleanup = __webpack_require__(4755);
// EXTERNAL MODULE: ./lib/install/cache.js + 3 modules
var cache = __webpack_require__(7580);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_http_, 2);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_https_, 2);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __webpack_require__(8313);
// EXTERNAL MODULE: ./lib/aws/retry.js
var retry = __webpack_require__(8083);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/install/limits.js
var install_limits = __webpack_require__(811);
// EXTERNAL MODULE: ./lib/install/releases.js
var install_releases = __webpack_require__(1065);
;// CONCATENATED MODULE: ./lib/install/download.js
// The one way installing Packer fetches anything (index.json, SHA256SUMS, its signature, the zip):
// every wait bounded (connect, idle, whole fetch), short bodies caught, what can succeed on another
// try tried again with bounded backoff, no connection keeping the process alive. Proxy settings come from
// @actions/http-client's agent, as tool-cache's downloads had them; the request itself is node:http,
// because http-client can neither abort a request nor time out a stalled body.














const USER_AGENT = 'packer-image-action';
const ATTEMPTS = 3;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 10_000;
const MAX_REDIRECTS = 5;
/** index.json, SHA256SUMS and signatures are far smaller; anything larger is not one of them. */
const MAX_IN_MEMORY_BYTES = 64 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Network errors that another try may not meet. Anything else (a bad certificate, a full disk) is final. */
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'EHOSTDOWN',
    'ENETUNREACH',
    'ENETDOWN',
    'ENETRESET',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
/** Errors writing the download, not fetching it. */
const DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);
/** A failed fetch, after every try it was worth. Its message names the URL (never credentials). */
class DownloadError extends Error {
    url;
    reason;
    status;
    constructor(url, reason, message, 
    /** The HTTP status that ended the last try, when one did. */
    status, options) {
        super(message, options);
        this.url = url;
        this.reason = reason;
        this.status = status;
        this.name = 'DownloadError';
    }
}
/** The server said the file is not there (404 or 410): a missing file, not a failing server. */
function isNotFound(error) {
    return error instanceof DownloadError && (error.status === 404 || error.status === 410);
}
/** Why one try failed, and whether another may succeed. */
class TryFailure extends Error {
    retryable;
    kind;
    retryAfterMs;
    status;
    constructor(message, retryable, kind = 'other', retryAfterMs, status) {
        super(message);
        this.retryable = retryable;
        this.kind = kind;
        this.retryAfterMs = retryAfterMs;
        this.status = status;
    }
}
/** A request failed before any answer on a reused keep-alive connection. */
class StaleConnection extends Error {
}
/**
 * One keep-alive agent per origin for the whole process, so that a later fetch (the release files
 * after the index) reuses the connection instead of opening another. A stopped or failed fetch
 * destroys its socket; a finished one leaves it idle in the agent, where Node unrefs it: it stays
 * open until the server closes it or the process exits, and never keeps the process alive.
 */
const agents = new Map();
class Downloader {
    options;
    stopping = new AbortController();
    sleep;
    constructor(options) {
        this.options = options;
        this.sleep = options.sleep ?? ((ms, signal) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }));
    }
    /** A small file (the index, SHA256SUMS, a signature), into memory. */
    async bytes(url) {
        let chunks = [];
        await this.fetch(url, () => {
            chunks = [];
            let size = 0;
            return {
                writable: new external_node_stream_.Writable({
                    write(chunk, _encoding, done) {
                        size += chunk.length;
                        if (size > MAX_IN_MEMORY_BYTES) {
                            done(new TryFailure(`it is larger than ${MAX_IN_MEMORY_BYTES >> 20} MiB`, false));
                            return;
                        }
                        chunks.push(chunk);
                        done();
                    },
                }),
            };
        });
        return Buffer.concat(chunks);
    }
    /**
     * A file written to `path` (replaced on each try), its SHA-256 computed as it arrives. The first
     * try's bytes also go to `alongside`, as they arrive; should that try fail, `alongside` is
     * destroyed and later tries write the file alone.
     */
    async file(url, path, alongside) {
        let hash = (0,external_node_crypto_.createHash)('sha256');
        let firstTry = alongside;
        const size = await this.fetch(url, () => {
            hash = (0,external_node_crypto_.createHash)('sha256');
            const file = (0,external_node_fs_.createWriteStream)(path, { highWaterMark: 1 << 20 });
            const writable = firstTry === undefined ? file : tee(file, firstTry);
            firstTry = undefined;
            return { writable, hash };
        });
        return { sha256: hash.digest('hex'), size };
    }
    /** Stops every fetch of this downloader still running: each rejects, its connection destroyed. */
    abort() {
        this.stopping.abort(new TryFailure('the install stopped', false));
    }
    /** Tries `url` until it succeeds, fails for good, or the limits run out; returns the body size. */
    async fetch(url, sink) {
        const { limits } = this.options;
        const deadline = performance.now() + limits.downloadTimeoutMs;
        let staleRetried = false;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.tryOnce(new URL(url), sink(), deadline);
            }
            catch (error) {
                // A kept-alive connection the server had just closed: not the server's fault, so it is
                // retried at once and not counted, once per fetch, as browsers do.
                if (error instanceof StaleConnection && !staleRetried) {
                    staleRetried = true;
                    attempt--;
                    continue;
                }
                const failure = asTryFailure(error instanceof StaleConnection ? error.cause : error);
                const waitMs = backoffMs(attempt, failure.retryAfterMs);
                const last = !failure.retryable ||
                    attempt >= ATTEMPTS ||
                    this.stopping.signal.aborted ||
                    performance.now() + waitMs >= deadline;
                if (last)
                    throw this.finalError(url, failure, attempt);
                core/* info */.pq(`${(0,install_releases/* redactUrl */.BO)(url)}: ${failure.message}; trying again in ${(waitMs / 1000).toFixed(1)} s ` +
                    `(try ${attempt + 1} of ${ATTEMPTS})`);
                try {
                    await this.sleep(waitMs, this.stopping.signal);
                }
                catch {
                    throw this.finalError(url, failure, attempt);
                }
            }
        }
    }
    /** One try, following redirects; every wait in it bounded. */
    async tryOnce(start, sink, deadline) {
        const { limits } = this.options;
        const attempt = new AbortController();
        const fail = (failure) => attempt.abort(failure);
        const stop = () => attempt.abort(this.stopping.signal.reason);
        this.stopping.signal.addEventListener('abort', stop, { once: true });
        if (this.stopping.signal.aborted)
            stop();
        const remainingMs = Math.max(0, deadline - performance.now());
        const seconds = (ms) => `${ms / 1000} s`;
        const deadlineTimer = setTimeout(() => fail(timeout(`not finished within ${seconds(limits.downloadTimeoutMs)}`)), remainingMs);
        // Connecting is bounded by the connect timeout; from then on, each silence by the idle timeout.
        // No timer starts once the try is over (a late socket event must not keep the process alive).
        let phaseTimer;
        let over = false;
        const watch = {
            connecting: () => {
                if (over)
                    return;
                clearTimeout(phaseTimer);
                phaseTimer = setTimeout(() => fail(timeout(`no connection within ${seconds(limits.connectTimeoutMs)}`)), limits.connectTimeoutMs);
            },
            connected: () => {
                if (over)
                    return;
                clearTimeout(phaseTimer);
                phaseTimer = setTimeout(() => fail(timeout(`no data for ${seconds(limits.idleTimeoutMs)}`)), limits.idleTimeoutMs);
            },
            data: () => phaseTimer?.refresh(),
        };
        let received = 0;
        try {
            let url = start;
            for (let redirects = 0;; redirects++) {
                const response = await this.request(url, attempt.signal, watch);
                const status = response.statusCode ?? 0;
                if (REDIRECTS.has(status)) {
                    response.destroy();
                    url = redirectTarget(url, response.headers.location, redirects);
                    core/* debug */.Yz(`Redirected to ${(0,install_releases/* redactUrl */.BO)(url.href)}`);
                    continue;
                }
                if (status !== 200) {
                    response.destroy();
                    throw statusFailure(status, response.statusMessage, response.headers['retry-after']);
                }
                const expected = contentLength(response.headers['content-length']);
                const { hash } = sink;
                const count = new external_node_stream_.Transform({
                    transform(chunk, _encoding, done) {
                        received += chunk.length;
                        watch.data();
                        hash?.update(chunk);
                        done(null, chunk);
                    },
                });
                try {
                    await (0,external_node_stream_promises_.pipeline)(response, count, sink.writable, { signal: attempt.signal });
                }
                catch (error) {
                    if (attempt.signal.aborted || error instanceof TryFailure)
                        throw error;
                    // The connection ended early: a short body, whatever Node calls it. A disk error is final.
                    const failure = asTryFailure(error);
                    if (failure.retryable && expected !== undefined && received < expected) {
                        throw shortBody(received, expected);
                    }
                    throw failure;
                }
                if (expected !== undefined && received !== expected)
                    throw shortBody(received, expected);
                return received;
            }
        }
        catch (error) {
            sink.writable.destroy();
            throw attempt.signal.aborted ? attempt.signal.reason : error;
        }
        finally {
            over = true;
            clearTimeout(deadlineTimer);
            clearTimeout(phaseTimer);
            this.stopping.signal.removeEventListener('abort', stop);
        }
    }
    /** Sends a GET and resolves with the response headers. */
    request(url, signal, watch) {
        const headers = {
            'user-agent': USER_AGENT,
            'accept-encoding': 'identity',
        };
        const { credentials } = this.options;
        // Credentials go to the origin they were given for, never across a redirect to another host.
        if (credentials !== undefined && url.origin === credentials.origin) {
            const token = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
            headers.authorization = `Basic ${token}`;
        }
        const target = new URL(url.href);
        target.username = '';
        target.password = '';
        const module = target.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
        return new Promise((resolve, reject) => {
            watch.connecting();
            const request = module.get(target, { agent: this.agentFor(target), headers, signal });
            request.once('socket', (socket) => {
                if (socket.connecting)
                    socket.once('connect', watch.connected);
                else
                    watch.connected();
            });
            request.once('response', resolve);
            request.once('error', (error) => {
                const stale = request.reusedSocket && !signal.aborted;
                reject(stale ? new StaleConnection(error.message, { cause: error }) : error);
            });
        });
    }
    /** The origin's agent: through the runner's proxy unless NO_PROXY or loopback says otherwise. */
    agentFor(url) {
        let agent = agents.get(url.origin);
        if (agent === undefined) {
            agent = new lib/* HttpClient */.Qq(USER_AGENT, [], { keepAlive: true }).getAgent(url.href);
            agents.set(url.origin, agent);
        }
        return agent;
    }
    finalError(url, failure, attempts) {
        const shown = (0,install_releases/* redactUrl */.BO)(url);
        const tries = attempts > 1 ? ` (${attempts} tries)` : '';
        let fix = this.options.fix;
        if (failure.kind === 'disk') {
            fix = 'Free space on the runner (downloads go to RUNNER_TEMP) and re-run.';
        }
        else if (failure.kind === 'timeout') {
            const { idleTimeoutMs, downloadTimeoutMs } = install_limits/* LIMIT_VARIABLES */.OZ;
            fix += ` On a slow network, raise ${idleTimeoutMs.name} or ${downloadTimeoutMs.name} (seconds).`;
        }
        return new DownloadError(shown, failure.message, `Could not download ${shown}: ${failure.message}${tries}. ${fix}`, failure.status, { cause: failure });
    }
}
/**
 * One writable that writes each chunk to every target, taking more once all have room; it finishes
 * when all have, fails when any does, and destroyed, destroys them all.
 */
function tee(...targets) {
    const all = new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            const full = targets.filter((target) => !target.write(chunk));
            Promise.all(full.map((target) => (0,external_node_events_.once)(target, 'drain'))).then(() => done(), done);
        },
        final(done) {
            Promise.all(targets.map((target) => (0,external_node_stream_promises_.finished)(target.end()))).then(() => done(), done);
        },
        destroy(error, done) {
            for (const target of targets)
                target.destroy(error ?? undefined);
            done(error);
        },
    });
    for (const target of targets)
        target.once('error', (error) => all.destroy(error));
    return all;
}
function timeout(message) {
    return new TryFailure(message, true, 'timeout');
}
function shortBody(received, expected) {
    return new TryFailure(`the connection closed after ${received} of ${expected} bytes`, true, 'network');
}
function asTryFailure(error) {
    if (error instanceof TryFailure)
        return error;
    const code = error?.code;
    if (code !== undefined && DISK_CODES.has(code)) {
        return new TryFailure(`saving it failed (${(0,errors/* errorMessage */.gJ)(error)})`, false, 'disk');
    }
    const retryable = code !== undefined && RETRYABLE_CODES.has(code);
    return new TryFailure((0,errors/* errorMessage */.gJ)(error), retryable, retryable ? 'network' : 'other');
}
function statusFailure(status, statusMessage, retryAfter) {
    const retryable = status >= 500 || status === 429 || status === 408;
    const text = `HTTP ${status}${statusMessage ? ` ${statusMessage}` : ''}`;
    return new TryFailure(text, retryable, 'status', retryAfterMs(retryAfter), status);
}
/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header) {
    if (header === undefined)
        return undefined;
    if (/^\d+$/.test(header.trim()))
        return Number(header) * 1000;
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** 1 s, then 2 s, …, at most 10 s, each with up to half of it taken off at random; Retry-After wins. */
function backoffMs(attempt, retryAfter) {
    if (retryAfter !== undefined)
        return Math.min(retryAfter, MAX_BACKOFF_MS);
    return (0,retry/* backoffDelay */.EY)(attempt, {
        baseMilliseconds: FIRST_BACKOFF_MS,
        capMilliseconds: MAX_BACKOFF_MS,
        random: Math.random,
    });
}
function contentLength(header) {
    return header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
}
/** Where a redirect leads: relative locations resolve against `from`; only http(s), never down to http. */
function redirectTarget(from, location, redirects) {
    if (redirects >= MAX_REDIRECTS) {
        throw new TryFailure(`more than ${MAX_REDIRECTS} redirects`, false);
    }
    if (location === undefined || location === '') {
        throw new TryFailure('a redirect without a Location header', false);
    }
    let target;
    try {
        target = new URL(location, from);
    }
    catch {
        throw new TryFailure(`a redirect to '${(0,install_releases/* redactUrl */.BO)(location)}', which is not a URL`, false);
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        throw new TryFailure(`a redirect to ${(0,install_releases/* redactUrl */.BO)(target.href)}: only http and https redirects are followed`, false);
    }
    if (from.protocol === 'https:' && target.protocol === 'http:') {
        throw new TryFailure(`a redirect from https to ${(0,install_releases/* redactUrl */.BO)(target.href)}: a downgrade to plain http is refused`, false);
    }
    return target;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./lib/install/extract.js
// Extracts a release zip in-process with zlib. tool-cache's extractZip runs `unzip` on Linux, whose
// own inflate takes about twice as long for Packer's 100 MB binary; this also behaves the same on
// every runner OS, hashes the binary as it is written, and refuses what a release never holds.









const DEFAULT_FILE_MODE = 0o644;
const FILE_TYPE_BITS = 0o170000;
const SYMBOLIC_LINK = 0o120000;
const STORED = 0;
const DEFLATE = 8;
const METHOD_NAMES = {
    9: 'Deflate64',
    12: 'bzip2',
    14: 'LZMA',
    93: 'Zstandard',
    95: 'XZ',
    98: 'PPMd',
};
// zlib's default 16 KiB chunks mean thousands of writes for one binary; 1 MiB ones halve the time.
const CHUNK_BYTES = 1 << 20;
/**
 * Extracts every file of `zipPath` below `destination`, but for those `options.streamed` already
 * wrote as the central directory describes them. yauzl refuses absolute names and `..`, so a zip
 * cannot write outside `destination`; symbolic links are refused too. The zip's integrity is the
 * caller's: its SHA256 was checked against the signed SHA256SUMS.
 */
async function extractZip(zipPath, destination, options = {}) {
    const { hashed, createFile = exclusiveFile, streamed = new Map() } = options;
    const zipName = external_node_path_.basename(zipPath);
    const extracted = { files: [] };
    const unlisted = new Set(streamed.keys());
    const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, strictFileNames: true });
    try {
        for await (const entry of zip.eachEntry()) {
            const target = external_node_path_.join(destination, entry.fileName);
            if (entry.fileName.endsWith('/')) {
                await (0,promises_.mkdir)(target, { recursive: true });
                continue;
            }
            // Unix permissions and file type live in the high 16 bits of the external attributes (0 when
            // the zip was made elsewhere).
            const unixMode = entry.externalFileAttributes >>> 16;
            if ((unixMode & FILE_TYPE_BITS) === SYMBOLIC_LINK) {
                throw new Error(`${zipName} holds '${entry.fileName}' as a symbolic link; a Packer release holds plain ` +
                    'files only, so it is refused. Check that releases-url serves HashiCorp releases.');
            }
            if (!isSupportedMethod(entry.compressionMethod))
                throw unsupportedMethod(entry, zipName);
            const mode = unixMode & 0o777 || DEFAULT_FILE_MODE;
            // A name listed twice gets the streamed file once: the second is written, and fails, as ever.
            const already = unlisted.delete(entry.fileName) ? streamed.get(entry.fileName) : undefined;
            if (already !== undefined && describesSame(entry, already)) {
                await (0,promises_.chmod)(target, mode);
                if (entry.fileName === hashed)
                    extracted.hashed = already.hashed;
                extracted.files.push(entry.fileName);
                continue;
            }
            if (already !== undefined)
                await (0,promises_.rm)(target, { force: true });
            await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
            const stages = entryStages(entry.compressionMethod, entry.fileName === hashed);
            try {
                await (0,external_node_stream_promises_.pipeline)([
                    await zip.openReadStreamPromise(entry, entry.isCompressed() ? { decompress: false } : {}),
                    ...stages.transforms,
                    createFile(target, mode),
                ]);
            }
            catch (error) {
                throw extractionError(error, entry, zipName, destination);
            }
            if (entry.fileName === hashed)
                extracted.hashed = stages.measure.digest();
            extracted.files.push(entry.fileName);
        }
    }
    finally {
        zip.close();
    }
    // Written from local headers the central directory does not list: not part of the release.
    await Promise.all([...unlisted].map((name) => (0,promises_.rm)(external_node_path_.join(destination, name), { force: true })));
    return extracted;
}
/** Whether the central directory's `entry` is the one streamed from the local header at `offset`. */
function describesSame(entry, streamed) {
    return (entry.relativeOffsetOfLocalHeader === streamed.offset &&
        entry.compressionMethod === streamed.compressionMethod &&
        entry.compressedSize === streamed.compressedSize &&
        entry.uncompressedSize === streamed.uncompressedSize);
}
/** A new file: an entry never overwrites another, nor follows a link already there. */
function exclusiveFile(file, mode) {
    return (0,external_node_fs_.createWriteStream)(file, { flags: 'wx', mode, highWaterMark: CHUNK_BYTES });
}
/** Whether entries compressed with `method` can be extracted: stored and deflated ones. */
function isSupportedMethod(method) {
    return method === STORED || method === DEFLATE;
}
/**
 * Counts the bytes on their way to an entry's file and, when asked, hashes them. With a `limit`, it
 * fails as soon as more would pass: an entry that inflates past its declared size is cut short.
 */
class Measure extends external_node_stream_.Transform {
    limit;
    size = 0;
    hash;
    constructor(hashed, limit = Number.POSITIVE_INFINITY) {
        super();
        this.limit = limit;
        this.hash = hashed ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    }
    _transform(chunk, _encoding, done) {
        if (this.size + chunk.length > this.limit) {
            done(new Error(`it inflates to more than the ${this.limit} bytes its header declares`));
            return;
        }
        this.hash?.update(chunk);
        this.size += chunk.length;
        done(null, chunk);
    }
    /** The size and SHA-256 of what passed, once all has; undefined when not hashed. */
    digest() {
        return this.hash && { size: this.size, sha256: this.hash.digest('hex') };
    }
}
/** The streams between a (supported) entry's bytes and its file: the inflater, then a Measure. */
function entryStages(method, hashed, limit) {
    const measure = new Measure(hashed, limit);
    const inflate = method === DEFLATE ? [(0,external_node_zlib_.createInflateRaw)({ chunkSize: CHUNK_BYTES })] : [];
    return { transforms: [...inflate, measure], measure };
}
function unsupportedMethod(entry, zipName) {
    const name = METHOD_NAMES[entry.compressionMethod];
    return new Error(`${zipName} compresses '${entry.fileName}' with method ${entry.compressionMethod}` +
        `${name === undefined ? '' : ` (${name})`}; only stored and deflated entries are supported, ` +
        "as in HashiCorp's releases. Check that releases-url serves HashiCorp releases.");
}
function extractionError(error, entry, zipName, destination) {
    const code = error?.code;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
        return new Error(`No space left on the disk of ${destination} while extracting '${entry.fileName}' ` +
            `(${entry.uncompressedSize} bytes) from ${zipName}: free space on that disk and re-run.`, { cause: error });
    }
    return new Error(`Extracting '${entry.fileName}' from ${zipName} failed: ${(0,errors/* errorMessage */.gJ)(error)}`, {
        cause: error,
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/process/child.js
var child = __webpack_require__(8211);
;// CONCATENATED MODULE: ./lib/install/packer-version.js
// Runs `<binary> version` on a fresh install, bounded in time: a damaged or foreign binary may hang
// or die by a signal instead of printing its version.




const VERSION_ENVIRONMENT = {
    // `packer version` would otherwise ask HashiCorp whether it is outdated.
    CHECKPOINT_DISABLE: '1',
    // Packer re-executes itself under panicwrap (to log crashes) unless this cookie says it already
    // is wrapped; skipping that halves the check (~100 ms of a cold install). Should a Packer use
    // another cookie, it simply wraps itself as usual.
    PACKER_WRAP_COOKIE: '49C22B1A-3A93-4C98-97FA-E07D18C787B5',
};
/** Throws unless `<binary> version` prints `Packer v<version>` within the time limit. */
async function confirmVersion(check) {
    const { binary, version, fix } = check;
    const command = `'${binary} version'`;
    let result;
    try {
        result = await (0,child/* runWithTimeout */.F2)(binary, ['version'], {
            cwd: external_node_path_.dirname(binary),
            env: { ...process.env, ...VERSION_ENVIRONMENT },
            timeoutMilliseconds: check.timeoutMs,
            signal: check.signal,
        });
    }
    catch (error) {
        // The message names the binary and why it could not start.
        throw new Error(`${(0,errors/* errorMessage */.gJ)(error)}: ${fix}.`, { cause: error });
    }
    if (result.killed === 'aborted') {
        throw new Error(`${command} was stopped: the action was asked to stop`);
    }
    if (result.killed === 'timed-out') {
        throw new Error(`${command} did not finish within ${check.timeoutMs / 1000} s and was killed: ${fix}. ` +
            `On a slow runner, raise ${check.timeoutVariable} (seconds).`);
    }
    if (result.signal !== null) {
        const number = external_node_os_.constants.signals[result.signal];
        throw new Error(`${command} was killed by ${result.signal} (signal ${number}): the binary is damaged or not ` +
            `built for this runner; ${fix}.`);
    }
    if (result.exitCode !== 0) {
        const said = firstLine(result.stderr) ?? firstLine(result.stdout);
        throw new Error(`${command} exited with code ${result.exitCode}${said === undefined ? '' : ` ('${said}')`}: ${fix}.`);
    }
    const printed = /^Packer v(\S+)/m.exec(result.stdout)?.[1];
    if (printed !== version) {
        const said = printed === undefined ? `no 'Packer v<version>' line` : `Packer v${printed}`;
        throw new Error(`${command} printed ${said}, but Packer ${version} was expected: ${fix}.`);
    }
}
function firstLine(text) {
    const line = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l !== '');
    return line === undefined ? undefined : line.slice(0, 200);
}

// EXTERNAL MODULE: ./lib/install/platform.js
var platform = __webpack_require__(6012);
// EXTERNAL MODULE: ./lib/install/verify.js
var verify = __webpack_require__(3658);
;// CONCATENATED MODULE: ./lib/install/zip-stream.js
// Extracts a release zip while it downloads, so that inflating overlaps the download instead of
// following it. Nothing it writes is trusted on its own: the zip's SHA256 is checked once it has
// arrived, and extractZip then keeps an entry written here only if the central directory describes
// it the same way (offset, sizes, method), and writes or replaces everything else.
//
// It reads the local file headers in order and stops writing, keeping what it finished, at the
// first entry it cannot take exactly as extractZip would: sizes only in a data descriptor after the
// data (zips written to a pipe), zip64, encryption, a compression method other than stored or
// deflate, a name yauzl refuses. extractZip writes the rest from the downloaded file.








const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const ENCRYPTED = 0x1;
const DATA_DESCRIPTOR = 0x8;
const ZIP64_SIZE = 0xffffffff;
/**
 * What may be written before the zip is verified: the download is not yet known to be the release,
 * so a zip that declares more (or inflates past what it declares) is left to the checked path.
 * Packer's binary is 100 to 200 MB.
 */
const MAX_UNVERIFIED_BYTES = 512 << 20;
/**
 * How far the arriving bytes may run ahead of inflating before the download waits. The streams'
 * own 16 KiB would make each network chunk wait for the previous one to be inflated.
 */
const BUFFERED_BYTES = 8 << 20;
/**
 * A writable that takes a zip's bytes in order and writes its entries below `destination` as they
 * arrive. It never fails the stream it is fed from: an entry it cannot write ends its work (see
 * `stopped`). `settled()` tells what it wrote in full; destroyed before the end, it removes all it
 * wrote, since bytes of an unfinished download may differ from those that are later verified.
 */
class StreamingUnzip extends external_node_stream_.Writable {
    destination;
    options;
    /** Why it stopped writing before the end of the local entries, if it did. */
    stopped;
    /** Whether it has read past the last local entry (the central directory begins there). */
    localEntriesEnded = false;
    /** Whether the zip ended with the stream, not before it was destroyed. */
    complete = false;
    entries = new Map();
    /** The uncompressed sizes the local headers declared, of the entries begun. */
    declaredBytes = 0;
    directories = [];
    pending = Buffer.alloc(0);
    /** The zip offset of `pending[0]`. */
    position = 0;
    current;
    /** The write under way: reading headers, writing an entry. */
    working = Promise.resolve();
    outcome;
    settle;
    constructor(destination, options = {}) {
        super();
        this.destination = destination;
        this.options = options;
        this.outcome = new Promise((resolve) => {
            this.settle = resolve;
        });
    }
    /** The entries written in full once the zip has ended; undefined if it was destroyed first. */
    settled() {
        return this.outcome;
    }
    _write(chunk, _encoding, done) {
        if (this.stopped !== undefined || this.localEntriesEnded) {
            done();
            return;
        }
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        this.working = this.consume()
            .catch((error) => this.stop(`writing failed: ${(0,errors/* errorMessage */.gJ)(error)}`))
            // A file that could not even be removed is met again, and named, when extractZip writes it.
            .catch(() => undefined);
        this.working.then(() => done());
    }
    _final(done) {
        const finish = async () => {
            if (this.current !== undefined)
                await this.stop('the zip ended inside an entry');
            this.complete = true;
            this.settle(this.entries);
        };
        finish().then(() => done(), done);
    }
    _destroy(error, done) {
        // Destroyed once finished (as every stream is, by autoDestroy): what it wrote stays.
        if (this.complete) {
            done(error);
            return;
        }
        const undo = async () => {
            this.stopped ??= 'destroyed';
            // Let the write under way see that it stopped (it may wait on the entry) before undoing it.
            this.current?.input.destroy();
            await this.working;
            const current = this.current;
            this.current = undefined;
            if (current !== undefined)
                await abandon(current);
            // Each top-level name written, with the folders made for nested ones.
            const written = [...this.entries.keys(), ...this.directories, current?.name ?? ''];
            this.entries.clear();
            const tops = new Set(written.filter(Boolean).map((name) => name.split('/')[0] ?? name));
            await Promise.all([...tops].map((top) => (0,promises_.rm)(external_node_path_.join(this.destination, top), { recursive: true, force: true })));
        };
        undo()
            .catch(() => undefined)
            .finally(() => {
            this.settle(undefined);
            done(error);
        });
    }
    /** Writes what `pending` holds of entries and reads the headers it holds in full. */
    async consume() {
        while (this.stopped === undefined && !this.localEntriesEnded) {
            if (this.current !== undefined) {
                if (this.pending.length === 0)
                    return;
                await this.feedCurrent();
                continue;
            }
            if (this.pending.length < 4)
                return;
            if (this.pending.readUInt32LE(0) !== LOCAL_HEADER) {
                // The central directory (or anything else) follows the last local entry.
                this.localEntriesEnded = true;
                return;
            }
            if (this.pending.length < LOCAL_HEADER_BYTES)
                return;
            const nameLength = this.pending.readUInt16LE(26);
            const headerLength = LOCAL_HEADER_BYTES + nameLength + this.pending.readUInt16LE(28);
            if (this.pending.length < headerLength)
                return;
            await this.startEntry(this.pending.subarray(0, headerLength), nameLength);
            this.advance(headerLength);
        }
    }
    async startEntry(header, nameLength) {
        const flags = header.readUInt16LE(6);
        const compressionMethod = header.readUInt16LE(8);
        const compressedSize = header.readUInt32LE(18);
        const uncompressedSize = header.readUInt32LE(22);
        const extraFields = yauzl.parseExtraFields(header.subarray(LOCAL_HEADER_BYTES + nameLength));
        const nameBuffer = header.subarray(LOCAL_HEADER_BYTES, LOCAL_HEADER_BYTES + nameLength);
        const name = yauzl.getFileNameLowLevel(flags, nameBuffer, extraFields, true);
        const refusal = yauzl.validateFileName(name);
        const unsupported = (refusal !== null && `its name is refused (${refusal})`) ||
            (name === '' && 'it has no name') ||
            (this.entries.has(name) && 'an entry of that name came before') ||
            (flags & ENCRYPTED && 'it is encrypted') ||
            (flags & DATA_DESCRIPTOR && 'its sizes follow its data') ||
            ((compressedSize === ZIP64_SIZE || uncompressedSize === ZIP64_SIZE) && 'it is zip64') ||
            (!isSupportedMethod(compressionMethod) &&
                `it is compressed with method ${compressionMethod}`) ||
            (compressionMethod === 0 && compressedSize !== uncompressedSize && 'its sizes disagree');
        if (unsupported) {
            this.stopped = `'${name}' cannot be written as it arrives: ${unsupported}`;
            return;
        }
        const { maxBytes = MAX_UNVERIFIED_BYTES } = this.options;
        this.declaredBytes += uncompressedSize;
        if (this.declaredBytes > maxBytes) {
            this.stopped = `'${name}' would take what is written before the zip is verified past ${maxBytes} bytes`;
            return;
        }
        const target = external_node_path_.join(this.destination, name);
        if (name.endsWith('/')) {
            if (compressedSize !== 0) {
                this.stopped = `the folder '${name}' has content`;
                return;
            }
            await (0,promises_.mkdir)(target, { recursive: true });
            this.directories.push(name);
            return;
        }
        await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
        if (this.stopped !== undefined)
            return;
        const entry = {
            offset: this.position,
            compressionMethod,
            compressedSize,
            uncompressedSize,
        };
        const { transforms, measure } = entryStages(compressionMethod, name === this.options.hashed, uncompressedSize);
        const input = transforms[0] ?? measure;
        const { createFile = exclusiveFile } = this.options;
        const file = createFile(target, DEFAULT_FILE_MODE);
        const written = (0,external_node_stream_promises_.pipeline)([...transforms, file]).then(() => {
            entry.hashed = measure.digest();
        });
        // Its failure is read where the entry ends or stops; until then it must not go unhandled.
        written.catch(() => undefined);
        this.current = { name, entry, remaining: compressedSize, input, measure, file, written };
        if (compressedSize === 0)
            await this.endCurrent();
    }
    /** Passes the current entry the bytes of it that have arrived, waiting while it is behind. */
    async feedCurrent() {
        const current = this.current;
        if (current === undefined)
            return;
        // Its pipeline failed (a full disk, more bytes than declared): the failure stops the writing.
        if (current.input.destroyed)
            await current.written;
        const part = this.pending.subarray(0, Math.min(current.remaining, this.pending.length));
        this.advance(part.length);
        current.remaining -= part.length;
        current.input.write(part);
        if (current.input.writableLength > BUFFERED_BYTES) {
            await Promise.race([(0,external_node_events_.once)(current.input, 'drain'), current.written]);
        }
        if (current.remaining === 0)
            await this.endCurrent();
    }
    async endCurrent() {
        const current = this.current;
        if (current === undefined)
            return;
        current.input.end();
        await current.written;
        this.current = undefined;
        const { size } = current.measure;
        if (size !== current.entry.uncompressedSize) {
            await (0,promises_.rm)(external_node_path_.join(this.destination, current.name), { force: true });
            this.stopped = `'${current.name}' inflated to ${size} bytes, not ${current.entry.uncompressedSize}`;
            return;
        }
        this.entries.set(current.name, current.entry);
    }
    /** Stops writing: the entry being written is removed; those finished stay. */
    async stop(reason) {
        this.stopped ??= reason;
        const current = this.current;
        this.current = undefined;
        if (current === undefined)
            return;
        await abandon(current);
        await (0,promises_.rm)(external_node_path_.join(this.destination, current.name), { force: true });
    }
    advance(bytes) {
        this.pending = this.pending.subarray(bytes);
        this.position += bytes;
    }
}
/** Stops writing the entry, once its file is closed: a file still opening would appear after removal. */
async function abandon(current) {
    current.input.destroy();
    await current.written.catch(() => undefined);
    current.file.destroy();
    if (!current.file.closed)
        await new Promise((resolve) => current.file.once('close', resolve));
}

;// CONCATENATED MODULE: ./lib/install/download-release.js
// Fetching a release: the downloader, the zip, its checks and its place in the tool cache. Loaded
// only when the network is needed (an index to read, a cache miss), so that a warm run loads none of
// it: not the downloader, the zip reader, nor the worker thread that loads openpgp.















/** The release index of `source`. */
function fetchIndex(source) {
    return withDownloader(source, (downloader) => (0,install_releases/* fetchReleaseIndex */.KO)(source.releases.url, downloader));
}
/** Runs `use` with a downloader for `source`, stopping whatever it still fetches afterwards. */
async function withDownloader({ releases, limits = install_limits/* DEFAULT_LIMITS */.dR, signal }, use) {
    const origin = new URL(releases.url).origin;
    const downloader = new Downloader({
        limits,
        credentials: releases.credentials && { origin, ...releases.credentials },
        fix: `Check the releases-url input ('${releases.url}') and that the runner can reach it.`,
    });
    const stop = () => downloader.abort();
    signal?.addEventListener('abort', stop, { once: true });
    if (signal?.aborted)
        stop();
    try {
        return await use(downloader);
    }
    finally {
        signal?.removeEventListener('abort', stop);
        downloader.abort();
    }
}
/**
 * Downloads, verifies, extracts and confirms the release, then places it in the tool cache; returns
 * the entry's folder.
 */
async function downloadRelease(options, plan) {
    const { version, releases, tempDir, limits = install_limits/* DEFAULT_LIMITS */.dR } = options;
    const { key, executable, runner, trust } = plan;
    // An exact version comes without the index: its release files are named by it, and the index is
    // asked only when they are missing.
    let build = options.index === undefined
        ? { target: (0,platform/* hashicorpTarget */.X7)(runner.platform, runner.arch) }
        : (0,platform/* chooseBuild */.s9)((0,install_releases/* releaseOf */.l7)(options.index, version, releases.url), runner.platform, runner.arch);
    await (0,cache/* sweepStale */.is)(key.tool);
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempDir, 'packer-install-'));
    let staging;
    let unzip;
    try {
        const stagingDir = await (0,cache/* makeStagingDir */.Py)(key);
        staging = stagingDir;
        const fetchBuild = (target, verifiedSums) => {
            // Extracts as the zip arrives; extractZip then keeps only what the central directory confirms.
            unzip = new StreamingUnzip(stagingDir, { hashed: executable });
            return downloadVerified(options, trust, { target, workDir, unzip, verifiedSums });
        };
        let zip;
        try {
            zip = await fetchBuild(build.target);
        }
        catch (error) {
            if (options.index !== undefined || !isMissingRelease(error))
                throw error;
            await unzip?.settled();
            build = await buildFromIndex(options, runner, error);
            // The version's SHA256SUMS, verified already, lists every build: no need to fetch it again.
            zip = await fetchBuild(build.target, error instanceof NotInSums ? error.sums : undefined);
        }
        if (build.fallback !== undefined)
            core/* info */.pq(build.fallback);
        const streamed = (await unzip?.settled()) ?? new Map();
        if (unzip?.stopped !== undefined) {
            core/* debug */.Yz(`Extracting as it arrived stopped: ${unzip.stopped}`);
        }
        const extracted = await extractZip(zip.path, staging, { hashed: executable, streamed });
        if (extracted.hashed === undefined) {
            throw new Error(`${zip.name} holds no '${executable}' (it holds: ${extracted.files.join(', ') || 'nothing'}): ` +
                `check that releases-url ('${releases.url}') serves HashiCorp's releases.`);
        }
        const binary = (0,external_node_path_.join)(staging, executable);
        // Whatever permissions the zip recorded, the binary must be executable.
        await (0,promises_.chmod)(binary, 0o755);
        await confirmVersion({
            binary,
            version,
            timeoutMs: limits.versionTimeoutMs,
            timeoutVariable: install_limits/* LIMIT_VARIABLES */.OZ.versionTimeoutMs.name,
            fix: `check that releases-url ('${releases.url}') serves HashiCorp's releases`,
            signal: options.signal,
        });
        core/* info */.pq(`The download's packer version reported Packer v${version}`);
        await (0,cache/* writeRecord */.rh)(staging, {
            version,
            build: `${build.target.os}/${build.target.arch}`,
            keyFingerprint: trust.fingerprint,
            file: executable,
            ...extracted.hashed,
        });
        const placed = await (0,cache/* placeEntry */.cT)(staging, key, executable, extracted.hashed.sha256);
        staging = undefined;
        if (!placed.raced)
            core/* info */.pq(`Cached Packer ${version} in ${placed.dir}`);
        return placed.dir;
    }
    finally {
        // Nothing may still write into the folders removed here.
        unzip?.destroy();
        await unzip?.settled();
        if (staging !== undefined) {
            await (0,cleanup/* removeQuietly */.S)(staging, 'the staging folder');
            await (0,cache/* removeToolDirIfEmpty */.a5)(key.tool);
        }
        await (0,cleanup/* removeQuietly */.S)(workDir, 'the download folder');
    }
}
/**
 * The bundle of signature-worker.cts, beside the chunk this module is bundled into (dist/). Not a
 * literal in `new URL`: the bundler would take it for a file to bundle.
 */
const SIGNATURE_WORKER = 'signature-worker/index.cjs';
/**
 * verifyDetachedSignature in a worker thread, so that openpgp's load holds no thread the zip's
 * extraction needs; the thread is stopped at once when `signal` aborts or the time limit runs out.
 * Run from source (the tests, local-action) there is no bundle to start: the check runs in this
 * thread, from a module the bundler leaves out of dist/.
 */
async function verifySignature(data, signature, armoredKey, { fileName, timeoutMs, signal }) {
    const workerFile = new URL(SIGNATURE_WORKER, require("url").pathToFileURL(__filename).href);
    if (!(0,external_node_fs_.existsSync)(workerFile)) {
        const { verifyDetachedSignature } = (await import(
        /* webpackIgnore: true */ './signature.js'));
        return verifyDetachedSignature(data, signature, armoredKey);
    }
    const request = { data, signature, armoredKey };
    return new Promise((resolve, reject) => {
        // The check needs no environment: the thread gets none of the runner's variables.
        const thread = new external_node_worker_threads_.Worker(workerFile, { workerData: request, env: {} });
        const stop = (why) => {
            void thread.terminate();
            reject(new Error(`The signature check of ${fileName} was stopped: ${why}.`));
        };
        const onAbort = () => stop('the action was asked to stop');
        const timer = setTimeout(() => stop(`it had not finished within ${timeoutMs / 1000} s. On a slow runner, raise ` +
            `${install_limits/* LIMIT_VARIABLES */.OZ.signatureTimeoutMs.name} (seconds)`), timeoutMs);
        const settled = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        };
        if (signal?.aborted)
            onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        thread.once('message', (answer) => {
            settled();
            if ('error' in answer)
                reject(new Error(answer.error));
            else
                resolve(answer.fingerprint);
        });
        thread.once('error', reject);
        // After an answer or a stop this changes nothing.
        thread.once('exit', (code) => {
            settled();
            reject(new Error(`The signature check's worker thread exited (code ${code}) without an answer.`));
        });
    });
}
/** SHA256SUMS, once its signature is checked against `trust`, within `check`'s bounds. */
async function fetchVerifiedSums(downloader, url, names, trust, check) {
    const [sums, signature] = await Promise.all([
        downloader.bytes(url(names.shasums)),
        downloader.bytes(url(names.signature)),
    ]);
    const fingerprint = await verifySignature(sums, signature, trust.armoredKey, {
        ...check,
        fileName: names.shasums,
    });
    if (fingerprint !== trust.fingerprint) {
        throw new Error(`openpgp reads fingerprint ${fingerprint} from releases-public-key, the tool cache ` +
            `${trust.fingerprint}: report this as a bug.`);
    }
    core/* info */.pq(`Verified the signature of ${names.shasums}: signed by key ${fingerprint}`);
    return sums.toString('utf8');
}
/** A release file the releases site does not have: SHA256SUMS, its signature or the zip. */
function isMissingRelease(error) {
    return isNotFound(error) || error instanceof NotInSums;
}
/**
 * Why an exact version's release files are missing, from the index: a version it does not list is
 * an input error, a runner it ships no build for an error naming what it ships; a build the runner
 * can run under emulation is the one to fetch instead. When the index lists the runner's own build,
 * the releases site lacks its files: `missing` is the error.
 */
async function buildFromIndex(options, runner, missing) {
    const { version, releases } = options;
    // Without an index to ask, what is missing is the error to report.
    const index = await fetchIndex(options).catch(() => {
        throw missing;
    });
    (0,install_releases/* resolveVersion */.x)(index, { kind: 'exact', version }, releases.url);
    const build = (0,platform/* chooseBuild */.s9)((0,install_releases/* releaseOf */.l7)(index, version, releases.url), runner.platform, runner.arch);
    if (build.fallback === undefined)
        throw missing;
    return build;
}
/** SHA256SUMS, validly signed, lists no zip of that name: the release has no such build. */
class NotInSums extends Error {
    sums;
    constructor(message, 
    /** The verified SHA256SUMS. */
    sums) {
        super(message);
        this.sums = sums;
    }
}
/**
 * Fetches SHA256SUMS, its signature (unless an earlier fetch verified them) and the zip at once,
 * the zip's bytes also going to `unzip`; checks the signature (while the zip is still arriving) and
 * the zip's SHA256, computed as it arrived. Nothing is trusted before both checks pass; a failed
 * check stops the zip's download, and is the error reported before the zip's.
 */
function downloadVerified(options, trust, { target, workDir, unzip, verifiedSums: known }) {
    const { version, releases, limits = install_limits/* DEFAULT_LIMITS */.dR } = options;
    // Its own downloader: a failed check stops it, and a second build may be fetched after.
    return withDownloader(options, async (downloader) => {
        const names = (0,install_releases/* sumsFileNames */.Vy)(version);
        const zipName = (0,install_releases/* zipFileName */.d0)(version, target);
        const url = (fileName) => (0,install_releases/* releaseFileUrl */.Pl)(releases.url, version, fileName);
        const zipPath = (0,external_node_path_.join)(workDir, zipName);
        // A failed check stops the zip's download.
        const verifiedSums = known === undefined
            ? fetchVerifiedSums(downloader, url, names, trust, {
                timeoutMs: limits.signatureTimeoutMs,
                signal: options.signal,
            }).catch((error) => {
                downloader.abort();
                throw error;
            })
            : Promise.resolve(known);
        // Settled both, so that nothing still writes into the work directory when it is removed.
        const [sums, zip] = await Promise.allSettled([
            verifiedSums,
            downloader.file(url(zipName), zipPath, unzip),
        ]);
        if (sums.status === 'rejected')
            throw sums.reason;
        const expected = (0,verify/* parseSha256Sums */.L)(sums.value).get(zipName);
        if (expected === undefined) {
            throw new NotInSums(`${names.shasums} has no entry for ${zipName}: the release at '${releases.url}' is ` +
                'incomplete. Choose another packer-version or check releases-url.', sums.value);
        }
        if (zip.status === 'rejected')
            throw zip.reason;
        if (zip.value.sha256 !== expected) {
            throw new Error(`The SHA256 of ${zipName} is ${zip.value.sha256}, but the signed ${names.shasums} says ${expected}: ` +
                'the download is corrupt or tampered with. Nothing was installed; re-run the job, and if ' +
                `this persists check releases-url ('${releases.url}').`);
        }
        core/* info */.pq(`Checked the SHA256 of ${zipName}: ${zip.value.sha256}`);
        return { path: zipPath, name: zipName };
    });
}


/***/ })

};
;