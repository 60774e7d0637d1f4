// Runs the built action (dist/index.cjs) the way a GitHub runner does: inputs as INPUT_* variables,
// outputs, summary and environment files under a fresh runner directory.
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ACTION_ENTRY = fileURLToPath(new URL('../../dist/index.cjs', import.meta.url));
export const POST_ENTRY = fileURLToPath(new URL('../../dist/post/index.cjs', import.meta.url));
/** The action's runtime is node24: ACTION_NODE names that Node when the tests run on another. */
export const ACTION_NODE = process.env.ACTION_NODE || process.execPath;
const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url));

interface ActionMetadata {
  inputs: Record<string, { default?: string; required?: boolean; description: string }>;
  outputs: Record<string, { description: string }>;
}

let metadata: ActionMetadata | undefined;

/** action.yml, parsed once: each parse costs about 5 ms, which the bench would count as the action's. */
export function actionMetadata(): ActionMetadata {
  metadata ??= parse(fs.readFileSync(ACTION_YML, 'utf8')) as ActionMetadata;
  return metadata;
}

/**
 * The inputs as the runner passes them: every declared input with its default, expressions such as
 * `${{ github.token }}` evaluated to '' (there is no token here), then the given values.
 */
export function inputsWithDefaults(inputs: Record<string, string>): Record<string, string> {
  const defaults = Object.entries(actionMetadata().inputs).map(([name, input]) => [
    name,
    String(input.default ?? '').includes('${{') ? '' : String(input.default ?? ''),
  ]);
  return { ...Object.fromEntries(defaults), ...inputs };
}

export interface RunnerDirectories {
  root: string;
  workspace: string;
  temp: string;
  toolCache: string;
}

/** A runner's directories; the tool cache can be shared between runs to test cache hits. */
export function makeRunnerDirectories(toolCache?: string): RunnerDirectories {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-'));
  const directories = {
    root,
    workspace: path.join(root, 'workspace'),
    temp: path.join(root, 'temp'),
    toolCache: toolCache ?? path.join(root, 'tool-cache'),
  };
  for (const directory of [directories.workspace, directories.temp, directories.toolCache]) {
    fs.mkdirSync(directory, { recursive: true });
  }
  return directories;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  githubEnv: string;
  /** What the step saved with core.saveState (GITHUB_STATE), name → last value. */
  state: Record<string, string>;
  /** The workflow commands the runner would process (see workflowCommands), in order. */
  commands: string[];
  /** The `::error ...::message` lines among them. */
  errors: string[];
}

export interface ActionOptions {
  inputs: Record<string, string>;
  runner: RunnerDirectories;
  env?: Record<string, string>;
  /** Also copy the action's stdout and stderr to this process's, as they come. */
  echo?: boolean;
  /** The bundle to run instead of dist/index.cjs, e.g. a copy with chunks removed. */
  entry?: string;
  /** For the post step: the main step's saved state, given as STATE_* variables. */
  state?: Record<string, string>;
}

export interface StartedAction {
  child: ChildProcess;
  /** Resolves when the action exits. */
  done: Promise<ActionRun>;
  /** Resolves once stdout contains `text`. */
  waitForOutput(text: string): Promise<void>;
}

function runnerEnvironment(options: ActionOptions): NodeJS.ProcessEnv {
  const { inputs, runner, env } = options;
  const files = {
    GITHUB_OUTPUT: path.join(runner.root, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runner.root, 'summary'),
    GITHUB_ENV: path.join(runner.root, 'env'),
    GITHUB_STATE: path.join(runner.root, 'state'),
  };
  for (const file of Object.values(files)) fs.writeFileSync(file, '');
  const inherited = Object.fromEntries(
    ['PATH', 'HOME', 'LANG', 'SYSTEMROOT'].flatMap((name) =>
      process.env[name] === undefined ? [] : [[name, process.env[name]]],
    ),
  );
  const inputVariables = Object.fromEntries(
    Object.entries(inputsWithDefaults(inputs)).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  );
  return {
    ...inherited,
    ...files,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: runner.workspace,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runner.temp,
    RUNNER_TOOL_CACHE: runner.toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...inputVariables,
    ...Object.fromEntries(
      Object.entries(options.state ?? {}).map(([name, value]) => [`STATE_${name}`, value]),
    ),
    ...env,
  };
}

/**
 * The lines of `stdout` the runner would process as workflow commands, as actions/runner's
 * ActionCommandManager does: a line that starts with `::` after leading white space is a command,
 * except between `::stop-commands::<token>` and a `::<token>::` (case-insensitive) line, which
 * processes nothing else. The stop and resume lines themselves are left out.
 */
export function workflowCommands(stdout: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    const command = /^::([^ :]+)[^:]*::(.*)$/.exec(line);
    if (command === null) continue;
    const [, name = '', value = ''] = command;
    if (stopToken !== undefined) {
      if (name.toLowerCase() === stopToken.toLowerCase()) stopToken = undefined;
    } else if (name === 'stop-commands') {
      stopToken = value;
    } else {
      commands.push(line);
    }
  }
  return commands;
}

/** Parses the GITHUB_OUTPUT file format: `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) {
    const [, name, , value] = match;
    if (name !== undefined && value !== undefined) outputs[name] = value;
  }
  return outputs;
}

export function startAction(options: ActionOptions): StartedAction {
  const env = runnerEnvironment(options);
  const child = spawn(ACTION_NODE, [options.entry ?? ACTION_ENTRY], {
    cwd: options.runner.workspace,
    env,
  });
  let stdout = '';
  let stderr = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (options.echo) process.stdout.write(chunk);
    for (const waiter of waiters.filter((w) => stdout.includes(w.text))) waiter.resolve();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (options.echo) process.stderr.write(chunk);
  });
  const done = new Promise<ActionRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      // A test may point a file variable at something unreadable (a directory).
      const read = (name: string) => {
        try {
          return fs.readFileSync(env[name] ?? '', 'utf8');
        } catch {
          return '';
        }
      };
      resolve({
        exitCode,
        signal,
        stdout,
        stderr,
        outputs: parseOutputFile(read('GITHUB_OUTPUT')),
        summary: read('GITHUB_STEP_SUMMARY'),
        githubEnv: read('GITHUB_ENV'),
        state: parseOutputFile(read('GITHUB_STATE')),
        commands: workflowCommands(stdout),
        errors: workflowCommands(stdout).filter((line) => line.startsWith('::error')),
      });
    });
  });
  const waitForOutput = (text: string) =>
    new Promise<void>((resolve) => {
      if (stdout.includes(text)) resolve();
      else waiters.push({ text, resolve });
    });
  return { child, done, waitForOutput };
}

export function runAction(options: ActionOptions): Promise<ActionRun> {
  return startAction(options).done;
}

/** Runs the post step (dist/post/index.cjs) as the runner does after the job's steps. */
export function startPost(options: ActionOptions): StartedAction {
  return startAction({ entry: POST_ENTRY, ...options });
}

/** Whether a file of a bundle's folder is one of its chunks (`<id>.index.cjs.js`), not its entry. */
export function isChunk(name: string): boolean {
  return name.endsWith('.index.cjs.js');
}

export interface TrimmedBundle {
  /** The copy's entry, to run instead of the bundle's. */
  entry: string;
  /** The chunks left out. */
  removed: string[];
  /** Deletes the copy. */
  dispose(): void;
}

/**
 * A copy of the bundle of `entry` (dist/ or dist/post/) without the chunks whose text `leaveOut`
 * picks: a run of the copy that needs one of them fails with "Cannot find module".
 */
export function bundleWithout(entry: string, leaveOut: (text: string) => boolean): TrimmedBundle {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-trimmed-'));
  fs.cpSync(path.dirname(entry), copy, { recursive: true });
  const removed = fs
    .readdirSync(copy)
    .filter(isChunk)
    .filter((name) => leaveOut(fs.readFileSync(path.join(copy, name), 'utf8')));
  for (const name of removed) fs.rmSync(path.join(copy, name));
  return {
    entry: path.join(copy, path.basename(entry)),
    removed,
    dispose: () => fs.rmSync(copy, { recursive: true, force: true }),
  };
}
