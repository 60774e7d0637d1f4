// What the action's integration tests share: runner directories removed after each file, templates
// written into a workspace, a tool cache warmed once per file from the releases mirror.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  type ActionRun,
  makeRunnerDirectories,
  type RunnerDirectories,
  runAction,
  type StartedAction,
  startAction,
} from '../support/action.js';
import { type ReleasesMirror, startReleasesMirror } from '../support/releases-mirror.js';

/** Debian's Packer: the real binary the mirror ships. */
export const PACKER_BINARY = '/usr/bin/packer';
export const PACKER_VERSION = '1.6.6';

/** Makes runner directories and removes every one of them at the end of the file. */
export class Runners {
  private readonly roots: string[] = [];

  /** A fresh runner; give `toolCache` to share a cache with other runs. */
  make(toolCache?: string): RunnerDirectories {
    const runner = makeRunnerDirectories(toolCache);
    this.roots.push(runner.root);
    return runner;
  }

  removeAll(): void {
    for (const root of this.roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Writes `files` (path relative to the workspace → content), making directories as needed. */
export function writeWorkspace(runner: RunnerDirectories, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(runner.workspace, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** The inputs that point the action at `mirror` and its key, for the exact version it ships. */
export function mirrorInputs(mirror: ReleasesMirror): Record<string, string> {
  return {
    'packer-version': PACKER_VERSION,
    'releases-url': mirror.url,
    'releases-public-key': mirror.publicKey,
  };
}

/** The inputs of a `build` of `template` with `role-to-assume` that publishes to `ssm-parameter`. */
export function roleBuildInputs(
  mirror: ReleasesMirror,
  aws: { region: string; role: string; parameter: string },
  template = 'image.pkr.hcl',
): Record<string, string> {
  return {
    ...mirrorInputs(mirror),
    command: 'build',
    template,
    'aws-region': aws.region,
    'role-to-assume': aws.role,
    'ssm-parameter': aws.parameter,
  };
}

/**
 * Writes a shell script that answers `version` as Packer does and succeeds at everything else, for a
 * mirror that must be cheap to build: it would pass for Packer if verification let it through.
 */
export function writeStandInPacker(directory: string): string {
  const binaryPath = path.join(directory, 'packer');
  const script = `#!/bin/sh\n[ "$1" = version ] && echo 'Packer v${PACKER_VERSION}'\nexit 0\n`;
  fs.writeFileSync(binaryPath, script, { mode: 0o755 });
  return binaryPath;
}

/** A legacy JSON template Packer 1.6.6 validates. */
export const VALID_JSON_TEMPLATE = `${JSON.stringify(
  { builders: [{ type: 'null', communicator: 'none' }] },
  null,
  2,
)}\n`;

/**
 * An HCL2 template, canonically formatted: null sources named `sources` and one shell-local
 * provisioner running `commands` (each a line of HCL string content).
 */
export function nullTemplate(commands: string[], sources: string[] = ['x']): string {
  const blocks = sources.map((name) => `source "null" "${name}" {\n  communicator = "none"\n}\n`);
  const sourceList = sources.map((name) => `"source.null.${name}"`).join(', ');
  const inline = commands.map((command) => JSON.stringify(command)).join(', ');
  return `${blocks.join('\n')}
build {
  sources = [${sourceList}]

  provisioner "shell-local" {
    inline = [${inline}]
  }
}
`;
}

/**
 * Installs Packer from `mirror` into `toolCache` by running the action once, so that later runs hit
 * the cache. Throws with the action's log if that run fails.
 */
async function warmToolCache(
  runners: Runners,
  mirror: ReleasesMirror,
  toolCache: string,
): Promise<void> {
  const runner = runners.make(toolCache);
  writeWorkspace(runner, { 'warm.json': VALID_JSON_TEMPLATE });
  const run = await runAction({
    runner,
    inputs: { ...mirrorInputs(mirror), command: 'validate', template: 'warm.json' },
  });
  if (run.exitCode !== 0) {
    throw new Error(`Warming the tool cache failed (exit ${run.exitCode}):\n${run.stdout}`);
  }
}

export interface WarmPacker {
  /** A mirror shipping the real Packer; its request log is emptied before each test. */
  readonly mirror: ReleasesMirror;
  /** A fresh runner whose tool cache already holds Packer. */
  runner(): RunnerDirectories;
}

/**
 * For a test file that runs Packer but is not about installing it: one mirror (zipping the binary
 * takes seconds) and one tool cache, warmed before the first test, shared by every test.
 */
export function useWarmPacker(): WarmPacker {
  const runners = new Runners();
  let mirror: ReleasesMirror | undefined;
  let toolCache = '';
  const started = (): ReleasesMirror => {
    if (mirror === undefined) throw new Error('The releases mirror is started in beforeAll');
    return mirror;
  };

  beforeAll(async () => {
    mirror = await startReleasesMirror({
      releases: [{ version: PACKER_VERSION, binaryPath: PACKER_BINARY }],
    });
    toolCache = runners.make().toolCache;
    await warmToolCache(runners, mirror, toolCache);
  });
  beforeEach(() => {
    started().requests.length = 0;
  });
  afterAll(async () => {
    await mirror?.close();
    runners.removeAll();
  });

  return {
    get mirror() {
      return started();
    },
    runner: () => runners.make(toolCache),
  };
}

export interface BuildOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** More files for the workspace. */
  files?: Record<string, string>;
  /** Called with the runner's directories just before the action starts. */
  setUp?: (runner: RunnerDirectories) => void;
}

/** Starts `command: build` of `template` (as `image.pkr.hcl`) with the warm Packer. */
export function startNullBuild(
  packer: WarmPacker,
  template: string,
  { inputs = {}, env, files = {}, setUp }: BuildOptions = {},
): { runner: RunnerDirectories; action: StartedAction } {
  const runner = packer.runner();
  writeWorkspace(runner, { 'image.pkr.hcl': template, ...files });
  setUp?.(runner);
  const action = startAction({
    runner,
    inputs: {
      ...mirrorInputs(packer.mirror),
      command: 'build',
      template: 'image.pkr.hcl',
      ...inputs,
    },
    env,
  });
  return { runner, action };
}

/** What the provisioners of build `build` printed, one entry a line, as the live log shows it. */
export function provisionerOutput(run: ActionRun, build: string): string[] {
  const prefix = `    ${build}: `;
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));
}

/** Lines of a Node.js stack trace in the action's stdout or stderr. */
export function stackTraceLines(run: ActionRun): string[] {
  return `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /^\s{4}at /.test(line));
}

/** An HCL interpolation, `${expression}`, written where JavaScript would not take it for its own. */
export function hclInterpolation(expression: string): string {
  return `\${${expression}}`;
}
