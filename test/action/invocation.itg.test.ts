// How the action runs Packer, seen from outside with the real Packer 1.6.6: which builds `only` and
// `except` may name, what each Packer process gets in its environment and on its command line, and
// what its output can do to the runner.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseOutputFile, type RunnerDirectories, type StartedAction } from '../support/action.js';
import {
  hclInterpolation,
  nullTemplate,
  PACKER_VERSION,
  provisionerOutput,
  startNullBuild,
  useWarmPacker,
} from './support.js';

const packer = useWarmPacker();

describe('only and except', () => {
  // Two builders: one named, one known by its type.
  const JSON_TEMPLATE = JSON.stringify({
    builders: [
      { type: 'null', name: 'alpha', communicator: 'none' },
      { type: 'null', communicator: 'none' },
    ],
    provisioners: [{ type: 'shell-local', inline: ['echo built {{build_name}}'] }],
  });
  const buildJson = (inputs: Record<string, string>) =>
    startNullBuild(packer, '', {
      inputs: { template: 'image.json', ...inputs },
      files: { 'image.json': JSON_TEMPLATE },
    }).action.done;

  it.each<[string, Record<string, string>, string]>([
    ['only', { only: 'alphx' }, "Input 'only' is 'alphx': 'alphx' matches"],
    ['except', { except: ' alpha,\nnul ' }, "Input 'except' is 'alpha,nul': 'nul' matches"],
    [
      'only, with command: validate',
      { only: 'alpha, nope, null', command: 'validate' },
      "Input 'only' is 'alpha,nope,null': 'nope' matches",
    ],
  ])(
    'a legacy JSON template: a typo in %s is one error listing the builds, before Packer runs',
    async (_, inputs, start) => {
      const run = await buildJson(inputs);

      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        `::error::${start} no build of image.json; its builds are alpha, null`,
      ]);
      expect(run.stdout).not.toContain('::group::packer');
      expect(run.outputs).toEqual({ 'packer-version': PACKER_VERSION });
    },
  );

  it('a legacy JSON template: names on lines of their own select those builds', async () => {
    const run = await buildJson({ only: 'alpha\n  null\n' });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(provisionerOutput(run, 'alpha')).toEqual(['built alpha']);
    expect(provisionerOutput(run, 'null')).toEqual(['built null']);
  });

  const HCL2_TEMPLATE = nullTemplate([`echo built ${hclInterpolation('source.name')}`], ['a', 'b']);
  const UNCHECKED = `(Packer ${PACKER_VERSION} does not check the names of HCL2 builds: they are <source type>.<source name>, after the name of their build block when it has one)`;

  it.each<[string, Record<string, string>, string, string[]]>([
    [
      'only, matching nothing',
      { only: 'null.typo' },
      `Input 'only' is 'null.typo': matches no build of image.pkr.hcl, so nothing was built ${UNCHECKED}`,
      [],
    ],
    [
      'only, one name matching nothing',
      { only: 'null.a, null.typo' },
      `Input 'only' is 'null.a,null.typo': 'null.typo' matched none of the builds of image.pkr.hcl that ran (null.a) ${UNCHECKED}`,
      ['null.a'],
    ],
    [
      'except, leaving nothing',
      { except: 'null.*' },
      `Input 'except' is 'null.*': leaves no build of image.pkr.hcl, so nothing was built ${UNCHECKED}`,
      [],
    ],
  ])(
    'an HCL2 template on Packer 1.6.6: fails the build on %s, saying what was built',
    async (_, inputs, message, built) => {
      const run = await startNullBuild(packer, HCL2_TEMPLATE, { inputs }).action.done;

      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([`::error::${message}`]);
      expect(run.summary).toMatch(/^\| build \| .+ \| failed; exit code 0 \|$/m);
      const artifacts = JSON.parse(run.outputs.artifacts ?? '') as { buildName: string }[];
      expect(artifacts.map((artifact) => artifact.buildName)).toEqual(built);
    },
  );

  it('an HCL2 template on Packer 1.6.6: a typo in except goes unseen, both builds run (Packer ≥ 1.8 reports it)', async () => {
    const run = await startNullBuild(packer, HCL2_TEMPLATE, { inputs: { except: 'null.typo' } })
      .action.done;

    expect(run.exitCode).toBe(0);
    expect(provisionerOutput(run, 'null.a')).toEqual(['built a']);
    expect(provisionerOutput(run, 'null.b')).toEqual(['built b']);
  });

  it('an HCL2 template on Packer 1.6.6, command: validate: a notice says the names are not checked', async () => {
    const run = await startNullBuild(packer, HCL2_TEMPLATE, {
      inputs: { command: 'validate', only: 'null.typo' },
    }).action.done;

    expect(run.exitCode).toBe(0);
    expect(run.commands).toContain(
      "::notice::Packer 1.6.6 does not check the names in 'only' against the builds of an HCL2 template (Packer 1.8 and later do): a build checks them after it ran.",
    );
  });
});

/** Polls `read` until it returns something; fails after `timeoutMilliseconds`. */
async function waitFor<T>(
  what: string,
  read: () => T | undefined,
  timeoutMilliseconds = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await delay(20);
  }
}

/** The Packer process the action has saved for the post step (GITHUB_STATE), while it runs. */
function runningPacker(runner: RunnerDirectories): { pid: number; phase: string } | undefined {
  const saved = parseOutputFile(fs.readFileSync(path.join(runner.root, 'state'), 'utf8')).packer;
  return saved ? (JSON.parse(saved) as { pid: number; phase: string }) : undefined;
}

function environOf(pid: number): Record<string, string> {
  const entries = fs
    .readFileSync(`/proc/${pid}/environ`, 'utf8')
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]);
  return Object.fromEntries(entries);
}

/**
 * An HCL2 template whose locals read `gate`, a named pipe in the workspace: each Packer run
 * (validate, then build) blocks until the test writes to it, so the test can look at the running
 * processes. `commands` run in a shell-local provisioner.
 */
function gatedTemplate(commands: string[], head = ''): string {
  return `${head}locals {
  gate = file("gate")
}

source "null" "x" {
  communicator = "none"
}

build {
  sources = ["source.null.x"]

  provisioner "shell-local" {
    inline = ${JSON.stringify(commands)}
  }
}
`;
}

/** Starts a build of `template`, with its named pipe `gate` in the workspace. */
function startGatedBuild(
  template: string,
  inputs: Record<string, string>,
  env?: Record<string, string>,
): { runner: RunnerDirectories; gate: string; action: StartedAction } {
  const gate = (runner: RunnerDirectories) => path.join(runner.workspace, 'gate');
  const { runner, action } = startNullBuild(packer, template, {
    inputs,
    env,
    setUp: (directories) => execFileSync('mkfifo', [gate(directories)]),
  });
  return { runner, gate: gate(runner), action };
}

/**
 * Waits until a process has opened the named pipe `gate` to read it, and so waits there; returns
 * what lets it through, or undefined once `over()`. Opening without blocking fails (ENXIO) while
 * nothing reads.
 */
async function atGate(
  gate: string,
  over: () => boolean = () => false,
): Promise<{ pass(text: string): void } | undefined> {
  const fd = await waitFor(`a reader of ${gate}`, () => {
    if (over()) return -1;
    try {
      return fs.openSync(gate, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENXIO') return undefined;
      throw error;
    }
  });
  if (fd === -1) return undefined;
  return {
    pass: (text) => {
      try {
        fs.writeSync(fd, text);
      } catch (error) {
        // A reader that had got through with the previous text closed the pipe meanwhile.
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/**
 * Holds each reader of `gate` there while `look` runs, then lets it through with what `look`
 * returns; until the action exits. The action is killed if a reader never comes.
 */
async function holdEachReader(
  gate: string,
  action: StartedAction,
  look: () => string,
): Promise<void> {
  let exited = false;
  void action.done.then(() => {
    exited = true;
  });
  for (;;) {
    const waiting = await atGate(gate, () => exited).catch((error: unknown) => {
      action.child.kill('SIGKILL');
      throw error;
    });
    if (waiting === undefined) return;
    waiting.pass(look());
  }
}

/** `root` and every process below it, each with its command line (those that are gone left out). */
function processTree(root: number): Map<number, string> {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // `pid (comm) state ppid ...`: comm may hold spaces and parentheses.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // Gone since the listing.
    }
  }
  const tree = new Map<number, string>();
  const visit = (pid: number): void => {
    try {
      tree.set(pid, fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim());
    } catch {
      return;
    }
    for (const [child, parent] of parents) if (parent === pid) visit(child);
  };
  visit(root);
  return tree;
}

describe('github-token', () => {
  it('is in the environment of neither packer validate nor packer build', async () => {
    const token = 'ghs_token_for_init_only';
    const { runner, gate, action } = startGatedBuild(
      gatedTemplate([`echo gate=${hclInterpolation('local.gate')}`]),
      { 'github-token': token },
      { GITHUB_SERVER_URL: 'https://github.com' },
    );
    // Packer's environment in each phase, read while Packer waits at the gate.
    const seen: Record<string, Record<string, string>> = {};
    await holdEachReader(gate, action, () => {
      const running = runningPacker(runner);
      if (running !== undefined) seen[running.phase] = environOf(running.pid);
      return `${running?.phase} may go on`;
    });
    const run = await action.done;

    expect(run.exitCode).toBe(0);
    expect(Object.keys(seen)).toEqual(['validate', 'build']);
    for (const env of Object.values(seen)) {
      // The environment read is Packer's: the action's settings are there, the token is not.
      expect(env.CHECKPOINT_DISABLE).toBe('1');
      expect(env.GITHUB_SERVER_URL).toBe('https://github.com');
      expect(env).not.toHaveProperty('PACKER_GITHUB_API_TOKEN');
      expect(Object.values(env).filter((value) => value.includes(token))).toEqual([]);
    }
    expect(run.stdout).toContain('null.x: gate=build may go on');
  });
});

describe('variables', () => {
  it('are on no command line of the action, Packer, its plugins or its provisioners', async () => {
    const secret = 'value-that-no-command-line-shows';
    const { runner, gate, action } = startGatedBuild(
      gatedTemplate(
        [`echo 'got ${hclInterpolation('var.secret')}'`, 'cat gate'],
        'variable "secret" {\n  type = string\n}\n\n',
      ),
      { variables: `secret = ${secret}` },
    );
    const root = action.child.pid ?? 0;
    const trees: Map<number, string>[] = [];
    const variablesFiles: { mode: number; content: string }[] = [];
    // Each time something reads the gate (Packer evaluating its locals, the provisioner's cat),
    // the test looks at every process and at the variables file.
    await holdEachReader(gate, action, () => {
      trees.push(processTree(root));
      const [workDir] = fs
        .readdirSync(runner.temp)
        .filter((name) => name.startsWith('packer-run-'));
      const file = path.join(runner.temp, workDir ?? '', 'action-variables.pkrvars.json');
      try {
        variablesFiles.push({
          mode: fs.statSync(file).mode & 0o777,
          content: fs.readFileSync(file, 'utf8'),
        });
      } catch (error) {
        // A reader that got through before Packer exited, and the file went with that Packer.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      return `pass ${trees.length}`;
    });
    const run = await action.done;

    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`null.x: got ${secret}`);
    // The scans saw the whole tree: the action, Packer and, at the last gate, the provisioner.
    const commandLines = trees.flatMap((tree) => [...tree.values()]);
    expect(
      commandLines.filter((line) => line.includes(' validate -machine-readable ')),
    ).not.toEqual([]);
    expect(commandLines.filter((line) => line.includes(' build -machine-readable '))).not.toEqual(
      [],
    );
    expect(commandLines).toContain('cat gate');
    expect(commandLines.filter((line) => line.includes(secret))).toEqual([]);
    expect(variablesFiles.length).toBeGreaterThan(1);
    for (const file of variablesFiles) {
      expect(file).toEqual({ mode: 0o600, content: `{\n  "secret": "${secret}"\n}\n` });
    }
    // The work directory, and the file in it, are gone with the run.
    expect(fs.readdirSync(runner.temp).filter((name) => name.startsWith('packer-run-'))).toEqual(
      [],
    );
  });
});

describe("Packer's output", () => {
  // Lines a provisioner prints, each at the start of a line of the log once decoded: Packer does not
  // escape backslashes, so the two characters `\n` it prints come out as a line break.
  const INJECTED = [
    '::add-mask::visible-word',
    '::error::injected error',
    '::warning file=image.pkr.hcl,line=1::injected warning',
    '::set-output name=ami-id::ami-injected',
    '::stop-commands::injected-token',
    '::injected-token::',
    '::endgroup::',
    '::error::injected after the fake resume',
  ];
  const printing = (redirect: string) =>
    INJECTED.map((line) => `printf '%s\\n' 'visible-word\\n${line}'${redirect}`);

  it('can issue no workflow command, on stdout or stderr', async () => {
    const { action } = startNullBuild(packer, nullTemplate([...printing(''), ...printing(' >&2')]));
    const run = await action.done;

    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split('\n');
    // The injected lines are in the log, at the start of their lines, as text (stderr's in red).
    const uncoloured = lines.map((line) => stripVTControlCharacters(line));
    for (const line of INJECTED) {
      expect(uncoloured.filter((shown) => shown === line).length).toBeGreaterThanOrEqual(2);
    }
    // The runner would process only the action's own commands: none of them, and nothing after.
    expect(run.commands.filter((command) => /injected|visible-word/.test(command))).toEqual([]);
    expect(
      run.commands.filter((command) => /^::(add-mask|set-output|error|warning)/.test(command)),
    ).toEqual([]);
    expect(run.commands.filter((command) => /^::(end)?group::/.test(command))).toEqual([
      '::group::Install Packer',
      '::endgroup::',
      '::group::packer validate',
      '::endgroup::',
      '::group::packer build',
      '::endgroup::',
    ]);
    expect(run.outputs).toEqual({
      'packer-version': PACKER_VERSION,
      'artifact-id': 'Null',
      artifacts: JSON.stringify([{ buildName: 'null.x', builderId: 'fnoeding.null', id: 'Null' }]),
      'ami-id': '',
      'ami-ids': '{}',
    });
    // Each stop token appears twice, stopping and resuming: never inside what Packer printed.
    const tokens = lines.flatMap(
      (line) => /^::stop-commands::([0-9a-f]{32})$/.exec(line)?.[1] ?? [],
    );
    expect(tokens).toHaveLength(2);
    for (const token of tokens) {
      expect(lines.filter((line) => line.includes(token))).toEqual([
        `::stop-commands::${token}`,
        `::${token}::`,
      ]);
    }
  });
});
