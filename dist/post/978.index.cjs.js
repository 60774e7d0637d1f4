"use strict";
exports.id = 978;
exports.ids = [978];
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

/***/ 8575:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ hasResources),
/* harmony export */   xZ: () => (/* binding */ noResources)
/* harmony export */ });
/* unused harmony exports announcedResource, addResource */
// The AWS resources a build announces as it creates them (amazon-ebs, in Packer 1.6.6 and in the
// amazon plugin alike), so that the post step can find what a killed Packer left behind.
function noResources() {
    return { instanceIds: [], keyPairNames: [], securityGroupNames: [], amiIds: [], snapshotIds: [] };
}
// `==> amazon-ebs.web_node: Creating temporary keypair: packer_6b0d8c7f-...`, `    amazon-ebs.web_node:
// Instance ID: i-0123...`: the build name, then the step's own words.
const ANNOUNCEMENTS = (/* unused pure expression or super */ null && ([
    ['instanceIds', /: Instance ID: (i-[0-9a-f]+)\s*$/],
    ['keyPairNames', /: Creating temporary keypair: (packer_[0-9a-f-]+)\s*$/],
    [
        'securityGroupNames',
        /: Creating temporary security group for this instance: (packer_[0-9a-f-]+)\s*$/,
    ],
    ['amiIds', /: AMI: (ami-[0-9a-f]+)\s*$/],
    ['snapshotIds', /: Tagging snapshot: (snap-[0-9a-f]+)\s*$/],
]));
/** The resource one `ui` message announces, if any. */
function announcedResource(message) {
    for (const [kind, pattern] of ANNOUNCEMENTS) {
        const id = pattern.exec(message)?.[1];
        if (id !== undefined)
            return { kind, id };
    }
    return undefined;
}
/** Adds `id` to `resources`; false when it was already there. */
function addResource(resources, kind, id) {
    if (resources[kind].includes(id))
        return false;
    resources[kind].push(id);
    return true;
}
function hasResources(resources) {
    return Object.values(resources).some((ids) => ids.length > 0);
}


/***/ }),

/***/ 2325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(5224);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(8701);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/cleanup.js
// Removing what a run leaves behind (an install's staging folder, the work directory of Packer's
// output). Each removal retries as the toolkit's io.rmRF does (an antivirus holding a fresh packer.exe
// on Windows: EBUSY, EPERM), and a removal that still fails is a warning: it never replaces the
// error that stopped the run, nor fails a run that worked.



/** Removes `path` (a file or a folder tree); `what` names it for the warning. */
async function removeQuietly(path, what) {
    try {
        await io/* rmRF */.Yz(path);
    }
    catch (error) {
        core/* warning */.$e(`Could not remove ${what} ${path} (${(0,errors/* errorMessage */.gJ)(error)}). It is not in use any more: ` +
            'delete it by hand if it stays.');
    }
}

// EXTERNAL MODULE: ./lib/packer/resources.js
var resources = __webpack_require__(8575);
;// CONCATENATED MODULE: ./lib/packer/stream.js
// Packer's `-machine-readable` output: one record a line, `timestamp,target,type,data...`.
// Packer escapes inside each field: `,` as `%!(PACKER_COMMA)`, newline as the two characters `\n`,
// carriage return as `\r`, and nothing else: a backslash stays as it is, so a Windows path such as
// `images\nginx\node.pkr.hcl` reads like an escaped newline. Anything else (usage text,
// `fmt -diff`, a panic) is plain text.
// The type is a lower-case word so that plain text beginning with digits and a comma is not taken
// for a record.
const RECORD = /^(\d+),([^,]*),([a-z][a-z0-9_-]*)(?:,(.*))?$/;
const ESCAPE = /%!\(PACKER_COMMA\)|\\n|\\r/g;
const UNESCAPED = { '%!(PACKER_COMMA)': ',', '\\n': '\n', '\\r': '\r' };
const ESCAPED_COMMA = /%!\(PACKER_COMMA\)/g;
/**
 * Where HCL names a file, at the start of a line of its message: `on FILE line N:` or
 * `on FILE line N, in source "x" "y":`. Found in the escaped field, so that the file name is known
 * before any `\n` is unescaped.
 */
const ESCAPED_LOCATION = /(^|\\n)(\s*on )(.+?)( line \d+(?::|%!\(PACKER_COMMA\)))/g;
function unescapeText(text) {
    return text.replace(ESCAPE, (escaped) => UNESCAPED[escaped] ?? escaped);
}
/**
 * Undoes Packer's escaping of one field, except inside the file names of `on FILE line N`: there a
 * `\n` or `\r` is part of a Windows path (a file name holds no line breaks), and only commas are
 * unescaped.
 */
function unescapeField(field) {
    let decoded = '';
    let rest = 0;
    for (const match of field.matchAll(ESCAPED_LOCATION)) {
        const [whole, lineStart = '', on = '', file = '', line = ''] = match;
        decoded += unescapeText(field.slice(rest, match.index) + lineStart);
        decoded += on + file.replace(ESCAPED_COMMA, ',') + unescapeText(line);
        rest = match.index + whole.length;
    }
    return decoded + unescapeText(field.slice(rest));
}
/** Decodes one line (without its line ending); undefined when it is plain text. */
function decodeLine(line) {
    const match = RECORD.exec(line);
    if (!match)
        return undefined;
    const [, timestamp = '', target = '', type = '', rest] = match;
    return {
        timestamp,
        target: unescapeField(target),
        type,
        data: rest === undefined ? [] : rest.split(',').map(unescapeField),
    };
}
/**
 * Cuts a stream of text chunks into complete lines, whatever the chunk boundaries. Accepts LF and
 * CRLF; the last line needs no line ending (`end()` returns it).
 */
class stream_LineSplitter {
    pending = '';
    /** The lines completed by this chunk. */
    push(chunk) {
        const parts = (this.pending + chunk).split('\n');
        this.pending = parts.pop() ?? '';
        return parts.map(withoutCarriageReturn);
    }
    /** The unterminated last line, if any. */
    end() {
        const last = this.pending;
        this.pending = '';
        return last === '' ? [] : [withoutCarriageReturn(last)];
    }
}
function withoutCarriageReturn(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
/** Splits whole output into lines: each decoded record, or the plain text as it is. */
function decodeOutput(text) {
    const splitter = new stream_LineSplitter();
    return [...splitter.push(text), ...splitter.end()].map((line) => decodeLine(line) ?? line);
}
/** The records of whole output, plain text left out. */
function decodeRecords(text) {
    return decodeOutput(text).filter((line) => typeof line !== 'string');
}
/** `ui` record: its level (`say`, `message`, `error`) and message, or undefined for other records. */
function stream_uiMessage(line) {
    if (line.type !== 'ui')
        return undefined;
    const [level = '', message = ''] = line.data;
    return { level, message };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/packer/variables.js
// The `variables` input reaches Packer in a `.pkrvars.json` file of the run's work directory, never
// as `-var name=value`: a command line is readable by every user of the machine (`ps`,
// /proc/<pid>/cmdline) for as long as Packer runs. The file is given after the `var-files`, so its
// values win over theirs, as `-var` did; JSON, not HCL, because `.pkrvars.hcl` takes `${` in a value
// for a template. It exists only while a Packer process that reads it runs.



const VARIABLES_FILE = 'action-variables.pkrvars.json';
/** Where the run's variables file goes in the work directory; the post step removes it too. */
function variablesFilePath(workDir) {
    return external_node_path_.join(workDir, VARIABLES_FILE);
}
/** The file's content: each value a string, as `-var` gave it; a name given twice keeps its last. */
function variablesJson(variables) {
    const values = {};
    for (const { name, value } of variables)
        values[name] = value;
    return `${JSON.stringify(values, null, 2)}\n`;
}
/**
 * Runs `use` with the variables in their file (readable by this user alone), and removes the file
 * when `use` is done; `use` gets no file when there are no variables.
 */
async function withVariablesFile(workDir, variables, use) {
    if (variables.length === 0)
        return use(undefined);
    const file = variablesFilePath(workDir);
    await removeVariablesFile(workDir);
    await writeFile(file, variablesJson(variables), { mode: 0o600, flag: 'wx' });
    try {
        return await use(file);
    }
    finally {
        await removeVariablesFile(workDir);
    }
}
function removeVariablesFile(workDir) {
    return (0,promises_.rm)(variablesFilePath(workDir), { force: true });
}
// Packer's warning for a variable a var file sets and the template does not declare: `A "x" variable
// was set but was not found in known variables.` (1.6 to 1.9), `The variable "x" was set but was not
// declared as an input variable.` (later). HCL wraps the text at 80 columns, anywhere.
const UNDECLARED = /\b(?:A|The\s+variable)\s+"([^"]+)"\s+(?:variable\s+)?was\s+set\s+but\s+was\s+not\b/g;
/**
 * The `variables` the template does not declare, from Packer's warnings, in the input's order. As
 * `-var` they were an error; in a var file Packer only warns, so the action makes them an error again.
 */
function undeclaredVariables(lines, variables) {
    const warned = new Set();
    for (const line of lines) {
        for (const [, name = ''] of uiMessage(line)?.message.matchAll(UNDECLARED) ?? []) {
            warned.add(name);
        }
    }
    return [...new Set(variables.map((variable) => variable.name))].filter((name) => warned.has(name));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/process/child.js
// The one owner of child processes: spawning, signalling, timing out and reaping. Packer runs in the
// background with its output in a file, so that it outlives the action when the runner kills the
// action's process, and in a process group of its own, because the `packer` wrapper ignores SIGINT
// sent to its pid alone (a terminal's Ctrl-C works because it reaches the whole group).



function interruptMethod(platform) {
    return platform === 'win32' ? 'console' : 'process-group';
}
/**
 * Starts `binary` with its output going to `outputPath`. On Linux and macOS it leads a new process
 * group; on Windows it stays on the runner's console so that Ctrl-C reaches it.
 */
function startInBackground(binary, args, options) {
    const method = interruptMethod(options.platform ?? process.platform);
    const output = openSync(options.outputPath, 'w', 0o600);
    return new Promise((resolve, reject) => {
        const child = spawn(binary, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', output, output],
            detached: method === 'process-group',
            windowsHide: true,
        });
        // The child has its own copy of the descriptor.
        closeSync(output);
        child.once('error', (error) => reject(new Error(`Could not start '${binary}' in '${options.cwd}': ${error.message}`, {
            cause: error,
        })));
        child.once('spawn', () => {
            const pid = child.pid;
            if (pid === undefined) {
                reject(new Error(`'${binary}' started without a process id`));
                return;
            }
            const exited = new Promise((settle) => child.once('exit', (exitCode, signal) => settle({ exitCode, signal })));
            resolve({
                pid,
                method,
                exited,
                interrupt: () => method === 'process-group' && signalGroup(pid, 'SIGINT'),
            });
        });
    });
}
/** What a short run keeps of each stream: enough for `packer inspect`, bounded whatever it prints. */
const SHORT_RUN_OUTPUT_CHARACTERS = (/* unused pure expression or super */ null && (1024 * 1024));
/** After a short run exits, how long its pipes may stay open (held by a child it left behind). */
const PIPE_GRACE_MILLISECONDS = 500;
/**
 * Runs a short command that changes nothing (`packer inspect`, `packer version`) to its end, its
 * output in memory. It leads its own process group (Linux, macOS) so that a timeout or an abort
 * kills the `packer` wrapper and the real Packer behind it at once, with SIGKILL: there is nothing
 * to clean up. It never waits long on pipes that a process it left behind holds open.
 */
function runWithTimeout(binary, args, options) {
    const method = interruptMethod(options.platform ?? process.platform);
    return new Promise((resolve, reject) => {
        const child = spawn(binary, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: method === 'process-group',
            windowsHide: true,
        });
        const output = { stdout: '', stderr: '' };
        for (const stream of ['stdout', 'stderr']) {
            child[stream].setEncoding('utf8').on('data', (chunk) => {
                if (output[stream].length < SHORT_RUN_OUTPUT_CHARACTERS) {
                    output[stream] = (output[stream] + chunk).slice(0, SHORT_RUN_OUTPUT_CHARACTERS);
                }
            });
        }
        let killed;
        const kill = (why) => {
            if (killed !== undefined || child.pid === undefined)
                return;
            killed = why;
            if (method === 'process-group')
                signalGroup(child.pid, 'SIGKILL');
            else
                child.kill();
        };
        const timer = setTimeout(() => kill('timed-out'), options.timeoutMilliseconds);
        const onAbort = () => kill('aborted');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.once('error', (error) => {
            settle();
            reject(new Error(`Could not start '${binary}' in '${options.cwd}': ${error.message}`, {
                cause: error,
            }));
        });
        child.once('spawn', () => {
            if (options.signal?.aborted)
                kill('aborted');
        });
        // The output is complete once both streams have ended (`close`), or a moment after the exit.
        child.once('exit', (exitCode, signal) => {
            settle();
            const finish = () => {
                clearTimeout(grace);
                child.stdout.destroy();
                child.stderr.destroy();
                resolve({ exitCode, signal, ...output, ...(killed === undefined ? {} : { killed }) });
            };
            const grace = setTimeout(finish, PIPE_GRACE_MILLISECONDS);
            child.once('close', finish);
        });
    });
}
/** Sends `signal` to the process group `leader` leads; false when the group is gone. */
function signalGroup(leader, signal) {
    try {
        process.kill(-leader, signal);
        return true;
    }
    catch (error) {
        if (error.code === 'ESRCH')
            return false;
        throw error;
    }
}
/** Whether a process with this pid exists (signal 0 checks without sending anything). */
function isRunning(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        // EPERM: it exists, but belongs to someone else.
        return error.code === 'EPERM';
    }
    return !isZombie(pid);
}
/**
 * A process that has exited but was not reaped still answers signal 0. An orphan (a Packer whose
 * action was killed) is reaped by PID 1, which some containers' init never does: read its state
 * where Linux shows it.
 */
function isZombie(pid) {
    let stat;
    try {
        stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return false;
    }
    // `pid (comm) state ...`: comm may hold spaces and parentheses, the state follows the last `)`.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
}
/**
 * Waits for a process that is not this one's child (so there is no exit event to wait for) to be
 * gone. Resolves true when it went, false when the time ran out.
 */
async function waitUntilGone(running, options) {
    const { timeoutMilliseconds, pollMilliseconds = 250, progressMilliseconds = 15_000, sleep = (ms) => (0,external_node_timers_promises_.setTimeout)(ms), now = Date.now, onProgress, } = options;
    const started = now();
    let nextProgress = started + progressMilliseconds;
    while (running()) {
        const waited = now() - started;
        if (waited >= timeoutMilliseconds)
            return false;
        if (now() >= nextProgress) {
            onProgress?.(waited);
            nextProgress += progressMilliseconds;
        }
        await sleep(pollMilliseconds);
    }
    return true;
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./lib/process/follow.js
// Reads a file while another process writes it, as `tail -f` does: Packer's output goes to a file
// (which, unlike a pipe, does not break when the action is killed) and the action shows it live.




const CHUNK_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
const POLL_MILLISECONDS = 50;
/** Calls `onLine` with each complete line of `path` as it is written, from the start of the file. */
async function followFile(path, onLine, pollMilliseconds = POLL_MILLISECONDS) {
    const file = await open(path, 'r');
    const buffer = Buffer.alloc(CHUNK_BYTES);
    // A character split across two reads stays whole.
    const decoder = new StringDecoder('utf8');
    const splitter = new LineSplitter();
    let stopping = false;
    // Ends the wait between reads at once when stopping, so Packer's exit is not followed by a pause.
    const wake = new AbortController();
    const readAvailable = async () => {
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                return;
            for (const line of splitter.push(decoder.write(buffer.subarray(0, bytesRead))))
                onLine(line);
        }
    };
    const loop = (async () => {
        while (!stopping) {
            await readAvailable();
            await delay(pollMilliseconds, undefined, { signal: wake.signal }).catch(() => undefined);
        }
    })();
    return {
        async stop() {
            stopping = true;
            wake.abort();
            try {
                await loop;
                await readAvailable();
                for (const line of splitter.push(decoder.end()))
                    onLine(line);
                for (const line of splitter.end())
                    onLine(line);
            }
            finally {
                await file.close();
            }
        },
    };
}
/** The last `count` lines of a file, or fewer; empty when it cannot be read. */
async function lastLines(path, count) {
    let text;
    try {
        const file = await (0,promises_.open)(path, 'r');
        try {
            const { size } = await file.stat();
            const length = Math.min(size, 256 * 1024);
            const buffer = Buffer.alloc(length);
            await file.read(buffer, 0, length, size - length);
            text = buffer.toString('utf8');
        }
        finally {
            await file.close();
        }
    }
    catch {
        return [];
    }
    const splitter = new stream_LineSplitter();
    return [...splitter.push(text), ...splitter.end()].slice(-count);
}

// EXTERNAL MODULE: ./lib/report/log.js
var log = __webpack_require__(9820);
// EXTERNAL MODULE: ./lib/state.js
var lib_state = __webpack_require__(7390);
;// CONCATENATED MODULE: ./lib/post/run.js
// The post step: after a main step that did not end cleanly (cancelled, killed, or left Packer
// running), wait for Packer to finish its own cleanup, then look at EC2 for what the run left behind.
// It says only what it saw and did.










const PACKER_WAIT_MILLISECONDS = 5 * 60_000;
const LOG_TAIL_LINES = 20;
/** How the main step ended, when the post step found nothing to do. */
const NOTHING_TO_DO = {
    unknown: 'The main step ended before it could say how; it had started no Packer and used no AWS',
    cancelled: 'The main step was cancelled; it left no Packer running and no build in AWS',
    'packer-running': 'The main step left Packer running, which has exited; it had no build in AWS',
    'packer-killed': 'Packer was ended by a signal; it had no build in AWS',
};
async function runPost(state = (0,lib_state/* readPostState */.cj)(), options = {}) {
    if (state.end === 'clean')
        return;
    const summary = [];
    if (state.packer !== undefined) {
        summary.push(await waitForPacker(state.packer, options));
    }
    if (state.aws !== undefined &&
        (state.packer?.phase === 'build' || (0,resources/* hasResources */.MP)(state.resources))) {
        summary.push(...(await checkAws(state)));
    }
    if (state.workDir !== undefined && !(state.packer && isRunning(state.packer.pid))) {
        await removeQuietly(state.workDir, "the folder of Packer's output");
    }
    else if (state.workDir !== undefined) {
        // Packer still writes its output there, but read its variables when it started.
        await removeVariablesFile(state.workDir).catch((error) => core/* warning */.$e(`Could not remove the variables file: ${(0,errors/* errorMessage */.gJ)(error)}`));
    }
    if (summary.length === 0) {
        core/* info */.pq(`${NOTHING_TO_DO[state.end ?? 'unknown']}: nothing to clean up.`);
        return;
    }
    try {
        await core/* summary */.z.addRaw(`### Post step\n\n${summary.join('\n')}\n`).write();
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** Asks a Packer that is still running to stop, waits for it (bounded) and shows how its log ends. */
async function waitForPacker(packer, options) {
    const platform = options.platform ?? process.platform;
    // Packer itself, not its group: a provisioner's process it orphaned may keep the group alive.
    const alive = () => isRunning(packer.pid);
    if (!alive()) {
        core/* info */.pq(`Packer (pid ${packer.pid}, ${packer.phase}) is no longer running.`);
        await showLogEnd(packer);
        return `- Packer (pid ${packer.pid}, ${packer.phase}) had already exited.`;
    }
    if (platform === 'win32') {
        core/* info */.pq(`Packer (pid ${packer.pid}) is still running: waiting for it to finish its cleanup.`);
    }
    else {
        signalGroup(packer.pid, 'SIGINT');
        core/* info */.pq(`Packer (pid ${packer.pid}) is still running: sent SIGINT to its process group and waiting for it to finish its cleanup.`);
    }
    const timeout = options.packerWaitMilliseconds ?? PACKER_WAIT_MILLISECONDS;
    const gone = await waitUntilGone(alive, {
        timeoutMilliseconds: timeout,
        onProgress: (waited) => core/* info */.pq(`Still waiting for Packer (pid ${packer.pid}) after ${Math.round(waited / 1000)} s`),
    });
    await showLogEnd(packer);
    if (gone)
        return `- Packer (pid ${packer.pid}, ${packer.phase}) was still running; it exited while the post step waited.`;
    core/* warning */.$e(`Packer (pid ${packer.pid}) was still running after ${Math.round(timeout / 1000)} s; it was left running.`);
    return `- Packer (pid ${packer.pid}, ${packer.phase}) was still running after ${Math.round(timeout / 1000)} s; it was left running.`;
}
async function showLogEnd(packer) {
    const lines = await lastLines(packer.logPath, LOG_TAIL_LINES);
    if (lines.length === 0)
        return;
    core/* info */.pq(`The end of Packer's output (${packer.logPath}):`);
    await (0,log/* withCommandsStopped */.c7)(async () => {
        for (const line of lines) {
            const record = decodeLine(line);
            const message = record === undefined ? line : stream_uiMessage(record)?.message;
            if (message !== undefined)
                core/* info */.pq(`  ${message.replace(/\n+$/, '')}`);
        }
    });
}
/** Assumes the role again when there was one, and removes what EC2 says the run left behind. */
async function checkAws(state) {
    const aws = state.aws;
    if (aws === undefined)
        return [];
    return core/* group */.Os(`Check EC2 in ${aws.region} for what the build left`, async () => {
        let credentials;
        try {
            if (aws.roleToAssume !== undefined) {
                const { assumeRoleForTheRun } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(953)]).then(__webpack_require__.bind(__webpack_require__, 6953));
                ({ credentials } = await assumeRoleForTheRun({ ...aws, roleToAssume: aws.roleToAssume }));
            }
            const { removeLeftovers } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 2397));
            const report = await removeLeftovers({
                region: aws.region,
                credentials: credentials?.provider,
                runTag: state.runTag,
                announced: state.resources,
            });
            for (const line of report.removed)
                core/* info */.pq(`Removed: ${line}`);
            for (const line of report.kept)
                core/* info */.pq(`Kept: ${line}`);
            for (const line of report.problems)
                core/* warning */.$e(`EC2 clean-up: ${line}`);
            if (report.removed.length === 0 && report.problems.length === 0) {
                core/* info */.pq(`EC2 in ${aws.region} holds nothing this run left behind.`);
            }
            return [
                `- EC2 in ${aws.region}: ${report.removed.length > 0
                    ? report.removed.join('; ')
                    : report.problems.length > 0
                        ? 'removed nothing'
                        : 'found nothing left behind'}.`,
                ...report.kept.map((line) => `- ${line}.`),
                ...report.problems.map((line) => `- Could not clean up: ${line}.`),
            ];
        }
        catch (error) {
            core/* warning */.$e(`Could not check EC2 in ${aws.region} for leftovers: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return [`- Could not check EC2 in ${aws.region}: ${(0,errors/* errorMessage */.gJ)(error)}.`];
        }
        finally {
            credentials?.stop();
        }
    });
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ issueCommand),
/* harmony export */   c7: () => (/* binding */ withCommandsStopped)
/* harmony export */ });
/* unused harmony exports renderLine, logLine, logText, inPhase */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5224);
// The live log: Packer's records rendered as the text a person would have seen, one group per phase,
// shown with workflow commands stopped. The runner takes any line that starts with `::` (after
// spaces) for a command: a provisioner printing `::add-mask::`, `::error::` or `::set-output` would
// speak for the action. Outputs, state and environment go to files, which this does not affect.



/**
 * `ui` messages become their text, one log line per line of the message; other records are left
 * out because Packer also prints them as `ui` messages (`--> amazon-ebs: AMIs were created`).
 */
function renderLine(line) {
    if (line.type !== 'ui')
        return { level: 'info', lines: [] };
    const [level = '', message = ''] = line.data;
    return {
        level: level === 'error' ? 'error' : 'info',
        lines: message.replace(/\n+$/, '').split('\n'),
    };
}
const RED = '\u001b[31m';
const RESET = '\u001b[0m';
/** Writes one record to the log; errors in red, as Packer colours them on a terminal. */
function logLine(line) {
    const rendered = renderLine(line);
    for (const text of rendered.lines) {
        core.info(rendered.level === 'error' && text !== '' ? `${RED}${text}${RESET}` : text);
    }
}
/** Writes one plain-text line (usage text, `fmt -diff`) as it is. */
function logText(text) {
    core.info(text);
}
/** The token that ends the `::stop-commands::` in force; undefined while commands are processed. */
let stopToken;
function stopCommands() {
    // Fresh each time: nothing printed before can know it, and it is never printed inside.
    stopToken = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
    process.stdout.write(`::stop-commands::${stopToken}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
function resumeCommands() {
    if (stopToken === undefined)
        return;
    process.stdout.write(`::${stopToken}::${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
    stopToken = undefined;
}
/**
 * Runs `show` with workflow commands stopped, for output the action does not control (Packer's):
 * a line of it that starts with `::` is shown as text and does nothing.
 */
async function withCommandsStopped(show) {
    if (stopToken !== undefined)
        return show();
    stopCommands();
    try {
        return await show();
    }
    finally {
        resumeCommands();
    }
}
/**
 * Issues the action's own workflow command (an annotation, a notice, `::add-mask::` of a refreshed
 * credential), also while Packer's output is shown with commands stopped: commands are resumed for
 * it, then stopped again under a new token. Everything the action says during a phase with
 * `core.*` that writes a `::` line goes through here.
 */
function issueCommand(issue) {
    if (stopToken === undefined) {
        issue();
        return;
    }
    resumeCommands();
    try {
        issue();
    }
    finally {
        stopCommands();
    }
}
/** Runs one phase inside a collapsible log group named after it, with workflow commands stopped. */
function inPhase(phase, run) {
    return core.group(`packer ${phase}`, () => withCommandsStopped(run));
}


/***/ }),

/***/ 7390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cj: () => (/* binding */ readPostState),
/* harmony export */   h0: () => (/* binding */ RUN_TAG_KEY)
/* harmony export */ });
/* unused harmony exports RUN_TAG_VARIABLE, postStateWriter */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5224);
/* harmony import */ var _packer_resources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8575);
/* harmony import */ var _post_clean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6499);
// Everything the post step needs, in one place: written by the main step with core.saveState as soon
// as it is known (each write is appended to GITHUB_STATE at once, so it survives the main step being
// killed), read back once from the STATE_* variables the runner gives the post step.



/** The tag key the image templates put on the builder instance, its volumes, key pair and group. */
const RUN_TAG_KEY = 'PackerBuildRun';
/** The variable through which Packer's templates get the run tag's value (`env(...)`). */
const RUN_TAG_VARIABLE = 'PACKER_BUILD_RUN';
const MAIN_ENDS = ['clean', 'cancelled', 'packer-running', 'packer-killed'];
const KEYS = {
    end: _post_clean_js__WEBPACK_IMPORTED_MODULE_1__.END_STATE,
    packer: 'packer',
    aws: 'aws',
    runTag: 'run-tag',
    resources: 'resources',
    workDir: 'work-dir',
};
function postStateWriter(save = core.saveState) {
    return {
        runStarted: (runTag, workDir) => {
            save(KEYS.runTag, runTag);
            save(KEYS.workDir, workDir);
        },
        awsUsed: (aws) => save(KEYS.aws, JSON.stringify(aws)),
        packerStarted: (packer) => save(KEYS.packer, JSON.stringify(packer)),
        packerExited: () => save(KEYS.packer, ''),
        resourcesAnnounced: (resources) => save(KEYS.resources, JSON.stringify(resources)),
        mainEnded: (end) => save(KEYS.end, end),
    };
}
/** Reads what the main step saved; anything unreadable counts as not saved. */
function readPostState(get = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu) {
    const end = get(KEYS.end);
    return {
        end: MAIN_ENDS.find((known) => known === end),
        packer: parseJson(get(KEYS.packer)),
        aws: parseJson(get(KEYS.aws)),
        runTag: get(KEYS.runTag) || undefined,
        resources: { ...(0,_packer_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .noResources */ .xZ)(), ...parseJson(get(KEYS.resources)) },
        workDir: get(KEYS.workDir) || undefined,
    };
}
function parseJson(text) {
    if (text === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
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